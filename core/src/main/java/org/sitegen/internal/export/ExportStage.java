package org.sitegen.internal.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.internal.build.ParallelJobs;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.output.OutputSink;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.internal.build.Part;
import org.sitegen.internal.build.Stage;
import org.sitegen.model.Site;

/**
 * Writes the site's open data and machine-readable files:
 *
 * <ul>
 *   <li>{@code data/findings.json}: every finding with every typed field (schema below);
 *   <li>{@code data/findings.csv}: the same as a table for spreadsheets ({@link FindingsCsv});
 *   <li>{@code feed.xml}: an Atom feed of notices and status changes ({@link AtomFeed});
 *   <li>{@code sitemap.xml}, and {@code robots.txt} naming it, only when a base URL is set
 *       ({@link Sitemap}); without one the stage warns once. A {@code robots.txt} is read by
 *       crawlers only at the root of a host: a site under a sub-path should have its line added to
 *       the host's own {@code robots.txt}.
 * </ul>
 *
 * <p>The output depends only on the site and the base URL: the same input gives the same bytes.
 *
 * <h2>{@code data/findings.json}, schema version 1</h2>
 *
 * UTF-8 without BOM, pretty-printed with a 2-space indent, keys always in the order below. Dates
 * are {@code "YYYY-MM-DD"}; an absent optional value is {@code null}. Strings escape {@code <},
 * {@code >}, {@code &}, U+2028, U+2029 and invisible bidirectional controls as {@code \}{@code
 * uXXXX}, so the file can be embedded in HTML or script as it is.
 *
 * <pre>
 * {
 *   "schemaVersion": 1,               raised when a field changes meaning or is removed
 *   "site": {
 *     "title": string, "issuer": string|null, "locale": "zh-CN"|"en",
 *     "asOf": date|null,              the day the data is as of
 *     "baseUrl": string               only when the site has a base URL
 *   },
 *   "statuses": [ {"code": string, "label": string, "closed": boolean} ],   vocabulary order
 *   "inspections": [ {"id", "title", "inspector"|null, "kind"|null,
 *                     "start": date|null, "end": date|null, "feedback": date|null,
 *                     "words": {"base": "巡视"|"巡察"|"审计", "noun"|null, "inspector"|null, "kind"|null,
 *                               "period"|null, "feedback"|null,     words site.yaml replaces
 *                               "statuses": {code: label}},          each status as its pages name it
 *                     "outcomes": OUTCOMES,         as site.yaml declares them for the whole inspection
 *                     "outcomeTotals": OUTCOMES} ], each declared figure, else the sum of its findings'
 *   OUTCOMES = {"accountable": number|null, "disciplined": number|null,   persons (问责, 处分)
 *               "collected": number|null, "refunded": number|null,        万元, decimals as written
 *               "retrieved": number|null, "rules": number|null}           万元; items (制度)
 *   "categories": [ {"id", "order": number, "title", "inspection": inspection id} ],
 *   "findings": [                     reading order: by inspection, category order, then number
 *     {
 *       "id": string, "number": number, "title": string,
 *       "status": {"code", "label"},  code: the vocabulary's; label: as the finding's inspection
 *                                     names it (words.statuses above: an audit's 已整改)
 *       "category": {"id", "title"},
 *       "inspection": inspection id,
 *       "units": [string], "deadline": date|null, "documents": [string],
 *       "measures": [ {"number": number, "text": string} ],     text is Markdown as written
 *       "history": [ {"date": date, "status": {"code", "label"}, "note": string|null} ],  oldest first;
 *                                     each label as the finding's inspection names it
 *       "url": "findings/&lt;id&gt;.html",     relative to the site's root
 *       "href": string                only with a base URL: the page's absolute URL
 *       "outcomes": OUTCOMES          the finding's own figures
 *     }
 *   ]
 * }
 * </pre>
 */
public final class ExportStage implements Stage {
    static final String JSON = "data/findings.json";
    static final String CSV = "data/findings.csv";
    static final String ROBOTS = "robots.txt";

    private final int maxSitemapUrls;

    /** A stage with the sitemap limit of sitemaps.org, 50,000 URLs per file. */
    public ExportStage() {
        this(Sitemap.MAX_URLS);
    }

    ExportStage(int maxSitemapUrls) {
        this.maxSitemapUrls = maxSitemapUrls;
    }

    @Override
    public String name() {
        return "exports";
    }

    @Override
    public void run(BuildContext context, OutputSink out) throws IOException {
        // The exports run beside each other (the JSON is the largest file), and each file is handed
        // to the sink as soon as it is made, so that its buffer can go.
        ParallelJobs.runAll(plan(context).stream().map(part -> (ParallelJobs.Job) () -> part.make(out)).toList(),
                n -> {});
    }

    /**
     * Each export as a part. Their keys are the records they are made of, whole: every one of them
     * lists every finding, so any change to a finding makes them again (when they are asked for).
     * The sitemap's names are known ahead from the number of pages.
     */
    @Override
    public List<Part> plan(BuildContext context) {
        Site site = context.site();
        String base = context.baseUrl() == null ? null : SitePaths.encode(context.baseUrl());
        ExportWords text = ExportWords.of(site.locale());
        if (base == null) {
            context.warn("render.noBaseUrl");
        }
        Object findings = Part.key(site.findings(), site.categories(), site.asOf());
        List<Part> parts = new ArrayList<>(List.of(
                Part.file(JSON, findings, out -> out.write(JSON, FindingsJson.write(site, base).toByteBuffers())),
                Part.file(CSV, findings, out -> out.write(CSV, FindingsCsv.write(site, base, text).toByteBuffers())),
                Part.file(AtomFeed.PATH, Part.key(findings, site.notices()),
                        out -> out.write(AtomFeed.PATH, AtomFeed.write(site, base, text)))));
        if (base != null) {
            List<String> sitemaps = Sitemap.paths(site, maxSitemapUrls);
            parts.add(Part.files(Sitemap.PATH, sitemaps, Part.key(findings, site.notices(), site.pages()), out -> {
                for (ExportFile f : Sitemap.write(site, base, maxSitemapUrls)) {
                    out.write(f.path(), f.content());
                }
            }));
            parts.add(Part.file(ROBOTS, ROBOTS, out -> out.write(ROBOTS, robots(base))));
        }
        return parts;
    }

    private static byte[] robots(String base) {
        return ("User-agent: *\nDisallow:\n\nSitemap: " + base + Sitemap.PATH + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
