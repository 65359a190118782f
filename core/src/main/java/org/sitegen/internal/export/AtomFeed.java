package org.sitegen.internal.export;

import org.sitegen.internal.text.Utf8Bytes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.markdown.Markdown;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Notice;
import org.sitegen.model.Site;

/**
 * Writes {@code feed.xml}, an Atom 1.0 feed (RFC 4287) of the site's news: one entry per notice
 * and one per history entry of a finding (a status change), the newest {@link #MAX_ENTRIES}
 * only, newest first, ties by id.
 *
 * <p>A status change names the status in the words of the finding's inspection (an audit's
 * 已整改 where a 巡视's is 完成).
 *
 * <p>Each entry names the inspection it is about as its {@code category} (term: the
 * inspection's id, label: its title), so that a reader can follow one inspection.
 *
 * <p>Dates are days, written as midnight UTC. The feed's {@code updated} is the newest entry's
 * date (never the clock), or the site's as-of date when there is no entry, or 1970-01-01.
 *
 * <p>Ids depend only on content. With a base URL they are the entry's page URL, plus {@code
 * #<date>} for a status change ({@code #<date>-2}, {@code -3}… for further changes on one day);
 * without one they are {@code urn:sitegen:<h>:notice:<id>} and {@code
 * urn:sitegen:<h>:finding:<id>:<date>}, where {@code <h>} is the first 16 hex digits of the
 * SHA-256 of the site's title. Links are absolute with a base URL; without one they are relative
 * to the feed, which sits at the site's root, and no {@code xml:base} is written: feed readers
 * resolve them against the feed's own URL.
 */
final class AtomFeed {
    /** The most entries the feed holds, so that it stays small on a large site. */
    static final int MAX_ENTRIES = 200;

    static final String PATH = "feed.xml";
    private static final int SUMMARY_LENGTH = 400;

    private AtomFeed() {}

    /** One item of news before it is written: a notice, or a status change of a finding. */
    private record Entry(LocalDate date, String id, Notice notice, Finding finding, HistoryEntry change) {}

    private static final Comparator<Entry> FEED_ORDER =
            Comparator.comparing(Entry::date).reversed().thenComparing(Entry::id);

    /**
     * The feed of a site.
     *
     * @param base the encoded absolute base URL ending in '/', or null
     */
    static byte[] write(Site site, String base, ExportWords text) {
        String urnPrefix = base == null ? "urn:sitegen:" + titleHash(site.title()) + ":" : null;
        long oldest = oldestKept(site);
        PriorityQueue<Entry> newest = new PriorityQueue<>(MAX_ENTRIES + 1, FEED_ORDER.reversed());
        for (Notice n : site.notices()) {
            if (n.date().toEpochDay() >= oldest) {
                String id = base != null ? base + SitePaths.notice(n.id()) : urnPrefix + "notice:" + n.id();
                keep(newest, new Entry(n.date(), id, n, null, null));
            }
        }
        for (Finding f : site.findings()) {
            List<HistoryEntry> history = f.history();
            for (int i = 0; i < history.size(); i++) {
                HistoryEntry h = history.get(i);
                if (h.date().toEpochDay() < oldest) {
                    continue;
                }
                String day = h.date().toString();
                int sameDay = 1;
                for (int j = 0; j < i; j++) {
                    if (history.get(j).date().equals(h.date())) {
                        sameDay++;
                    }
                }
                if (sameDay > 1) {
                    day = day + "-" + sameDay;
                }
                String id = base != null
                        ? base + SitePaths.finding(f.id()) + "#" + day
                        : urnPrefix + "finding:" + f.id() + ":" + day;
                keep(newest, new Entry(h.date(), id, null, f, h));
            }
        }
        List<Entry> entries = new ArrayList<>(newest);
        entries.sort(FEED_ORDER);

        LocalDate updated = !entries.isEmpty() ? entries.get(0).date()
                : site.asOf() != null ? site.asOf() : LocalDate.EPOCH;
        String prefix = base != null ? base : "";
        StatusLabels labels = new StatusLabels(site);
        Utf8Bytes out = new Utf8Bytes();
        out.text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.text("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"");
        Xml.attribute(out, site.locale().toLanguageTag());
        out.text("\">\n  ");
        Xml.element(out, "title", site.title());
        out.text("\n  ");
        Xml.element(out, "id", base != null ? base + PATH : urnPrefix + "feed");
        out.text("\n  ");
        Xml.element(out, "updated", timestamp(updated));
        out.text("\n  ");
        link(out, "alternate", "text/html", base != null ? base : "index.html");
        out.text("\n  ");
        link(out, "self", "application/atom+xml", prefix + PATH);
        out.text("\n  <author>");
        Xml.element(out, "name", site.issuer() != null ? site.issuer() : site.title());
        out.text("</author>\n  <generator>site-gen</generator>\n");
        for (Entry e : entries) {
            String title;
            String href;
            String summary;
            if (e.notice() != null) {
                title = e.notice().title();
                href = SitePaths.notice(e.notice().id());
                summary = Markdown.firstParagraph(e.notice().body(), SUMMARY_LENGTH);
            } else {
                Finding f = e.finding();
                String label = labels.label(e.change().status(), f);
                title = text.statusChangeTitle(f.number(), f.title(), label);
                href = SitePaths.finding(f.id());
                summary = text.statusChangeSummary(f.category().title(), label, e.change().note());
            }
            out.text("  <entry>\n    ");
            Xml.element(out, "title", title);
            out.text("\n    ");
            Xml.element(out, "id", e.id());
            out.text("\n    ");
            Xml.element(out, "updated", timestamp(e.date()));
            out.text("\n    ");
            link(out, "alternate", "text/html", prefix + href);
            org.sitegen.model.Inspection inspection = e.notice() != null ? e.notice().inspection()
                    : e.finding().inspection();
            out.text("\n    <category term=\"");
            Xml.attribute(out, inspection.id());
            out.text("\" label=\"");
            Xml.attribute(out, inspection.title());
            out.text("\"/>");
            if (!summary.isEmpty()) {
                out.text("\n    ");
                Xml.element(out, "summary", summary);
            }
            out.text("\n  </entry>\n");
        }
        out.text("</feed>\n");
        return out.toByteArray();
    }

    /**
     * The day of the {@link #MAX_ENTRIES}-th newest item (as an epoch day), or the smallest long
     * when there are fewer: only items of that day or later can make the feed, so ids are built for
     * those alone.
     */
    private static long oldestKept(Site site) {
        int count = site.notices().size();
        for (Finding f : site.findings()) {
            count += f.history().size();
        }
        if (count <= MAX_ENTRIES) {
            return Long.MIN_VALUE;
        }
        long[] days = new long[count];
        int k = 0;
        for (Notice n : site.notices()) {
            days[k++] = n.date().toEpochDay();
        }
        for (Finding f : site.findings()) {
            for (HistoryEntry h : f.history()) {
                days[k++] = h.date().toEpochDay();
            }
        }
        Arrays.sort(days);
        return days[count - MAX_ENTRIES];
    }

    private static void keep(PriorityQueue<Entry> newest, Entry e) {
        newest.add(e);
        if (newest.size() > MAX_ENTRIES) {
            newest.poll();
        }
    }

    private static void link(Utf8Bytes out, String rel, String type, String href) {
        out.text("<link rel=\"").text(rel).text("\" type=\"").text(type).text("\" href=\"");
        Xml.attribute(out, href);
        out.text("\"/>");
    }

    static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    /** The first 16 hex digits of the SHA-256 of the title: a stable name for a site without a URL. */
    static String titleHash(String title) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(title.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", digest[i] & 0xFF));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
