package org.sitegen.internal.export;

import org.sitegen.internal.text.Utf8Bytes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Notice;
import org.sitegen.model.Page;
import org.sitegen.model.Site;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.model.Status;

/**
 * Writes {@code sitemap.xml} (sitemaps.org 0.9): the absolute URL of every HTML page of the site
 * except {@code 404.html}: the home page (the base URL itself), {@code notices.html}, {@code
 * search.html}, every category, every status of the vocabulary, every finding, notice and page,
 * and every page of the ledger (整改台账) of the site and of each inspection.
 *
 * <p>{@code <lastmod>} is given where a date is known: a finding's newest history date; for a
 * category or status page the newest of its findings'; a notice's date; the site's as-of date for
 * the home page; the newest notice's for {@code notices.html}; for a ledger the newest of its
 * findings'.
 *
 * <p>A sitemap holds at most {@link #MAX_URLS} URLs. A larger site gets {@code sitemap-1.xml},
 * {@code sitemap-2.xml}… and a sitemap index as {@code sitemap.xml}.
 */
final class Sitemap {
    /** The most URLs one sitemap file may hold (sitemaps.org). */
    static final int MAX_URLS = 50_000;

    static final String PATH = "sitemap.xml";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** The base URL, escaped for XML. */
    private final byte[] base;
    private final int maxUrls;
    private final boolean split;
    private final List<ExportFile> files = new ArrayList<>();
    private final List<LocalDate> partLastmods = new ArrayList<>();
    private Utf8Bytes part;
    private int inPart;
    private LocalDate partLastmod;

    private Sitemap(String base, int maxUrls, boolean split) {
        Utf8Bytes b = new Utf8Bytes();
        Xml.text(b, base);
        this.base = b.toByteArray();
        this.maxUrls = maxUrls;
        this.split = split;
    }

    /**
     * The sitemap files of a site: {@code sitemap.xml} alone, or the parts and their index.
     *
     * @param base the encoded absolute base URL ending in '/'
     * @param maxUrls the most URLs per file, {@link #MAX_URLS} but for tests
     */
    static List<ExportFile> write(Site site, String base, int maxUrls) {
        if (maxUrls < 1) {
            throw new IllegalArgumentException("maxUrls " + maxUrls + " must be >= 1");
        }
        long total = urls(site);
        Sitemap map = new Sitemap(base, maxUrls, total > maxUrls);

        Map<Category, LocalDate> byCategory = new HashMap<>();
        Map<Status, LocalDate> byStatus = new HashMap<>();
        Map<Inspection, LocalDate> byInspection = new HashMap<>();
        LocalDate newest = null;
        List<Finding> findings = site.findings();
        LocalDate[] findingDates = new LocalDate[findings.size()];
        for (int i = 0; i < findingDates.length; i++) {
            Finding f = findings.get(i);
            LocalDate d = FindingsCsv.latest(f.history());
            findingDates[i] = d;
            if (d != null) {
                byCategory.merge(f.category(), d, Sitemap::later);
                byStatus.merge(f.status(), d, Sitemap::later);
                byInspection.merge(f.inspection(), d, Sitemap::later);
                newest = newest == null ? d : later(newest, d);
            }
        }
        map.url("", site.asOf());
        map.url(SitePaths.NOTICES, site.latestNotice().map(Notice::date).orElse(null));
        map.url(SitePaths.SEARCH, null);
        for (Category c : site.categories()) {
            map.url(SitePaths.category(c), byCategory.get(c));
        }
        for (Status s : site.statuses().statuses()) {
            for (int p = 1, n = SitePaths.statusPageCount(site.findingsWith(s).size()); p <= n; p++) {
                map.url(SitePaths.status(s, p), byStatus.get(s));
            }
        }
        for (int i = 0; i < findingDates.length; i++) {
            map.url(SitePaths.finding(findings.get(i)), findingDates[i]);
        }
        for (Notice n : site.notices()) {
            map.url(SitePaths.notice(n), n.date());
        }
        for (Page p : site.pages()) {
            map.url(SitePaths.page(p), null);
        }
        for (int p = 1, n = SitePaths.ledgerPageCount(site.findings().size()); p <= n; p++) {
            map.url(SitePaths.ledger(p), newest);
        }
        for (Inspection i : site.inspections()) {
            for (int p = 1, n = SitePaths.ledgerPageCount(site.findingsOf(i).size()); p <= n; p++) {
                map.url(SitePaths.ledger(i, p), byInspection.get(i));
            }
        }
        return map.finish();
    }

    /**
     * The names of the files {@link #write} makes, in its order, without making them: {@code
     * sitemap.xml} alone, or the parts and then their index.
     */
    static List<String> paths(Site site, int maxUrls) {
        long total = urls(site);
        if (total <= maxUrls) {
            return List.of(PATH);
        }
        List<String> paths = new ArrayList<>();
        for (long i = 1, parts = (total + maxUrls - 1) / maxUrls; i <= parts; i++) {
            paths.add("sitemap-" + i + ".xml");
        }
        paths.add(PATH);
        return paths;
    }

    /** How many URLs the sitemap lists: every HTML page but 404.html. */
    private static long urls(Site site) {
        long statusPages = 0;
        for (Status s : site.statuses().statuses()) {
            statusPages += SitePaths.statusPageCount(site.findingsWith(s).size());
        }
        long ledgerPages = SitePaths.ledgerPageCount(site.findings().size());
        for (Inspection i : site.inspections()) {
            ledgerPages += SitePaths.ledgerPageCount(site.findingsOf(i).size());
        }
        return 3L + site.categories().size() + statusPages + site.findings().size()
                + site.notices().size() + site.pages().size() + ledgerPages;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    /** Adds the URL base + path, the path as {@link SitePaths} makes it ("" for the home page). */
    private void url(String path, LocalDate lastmod) {
        if (part == null) {
            part = new Utf8Bytes();
            part.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n");
            inPart = 0;
            partLastmod = null;
        }
        part.text("  <url><loc>").bytes(base);
        Xml.text(part, path);
        part.text("</loc>");
        if (lastmod != null) {
            part.text("<lastmod>").date(lastmod).text("</lastmod>");
            partLastmod = partLastmod == null ? lastmod : later(partLastmod, lastmod);
        }
        part.text("</url>\n");
        if (++inPart == maxUrls) {
            endPart();
        }
    }

    private void endPart() {
        part.text("</urlset>\n");
        String name = split ? "sitemap-" + (files.size() + 1) + ".xml" : PATH;
        files.add(new ExportFile(name, part.toByteArray()));
        partLastmods.add(partLastmod);
        part = null;
    }

    private List<ExportFile> finish() {
        if (part != null) {
            endPart();
        }
        if (!split) {
            return files;
        }
        Utf8Bytes index = new Utf8Bytes();
        index.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NS + "\">\n");
        for (int i = 0; i < files.size(); i++) {
            index.text("  <sitemap><loc>").bytes(base);
            Xml.text(index, files.get(i).path());
            index.text("</loc>");
            if (partLastmods.get(i) != null) {
                index.text("<lastmod>").date(partLastmods.get(i)).text("</lastmod>");
            }
            index.text("</sitemap>\n");
        }
        index.text("</sitemapindex>\n");
        List<ExportFile> all = new ArrayList<>(files);
        all.add(new ExportFile(PATH, index.toByteArray()));
        return all;
    }
}
