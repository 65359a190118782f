package org.sitegen.internal.pages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.internal.build.ParallelJobs;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.markdown.MarkdownHtml;
import org.sitegen.internal.build.Stage;
import org.sitegen.internal.output.OutputSink;
import org.sitegen.internal.pages.TemplateSet.PageTemplate;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Notice;
import org.sitegen.model.Page;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * Writes the HTML pages (DESIGN.md, "Output layout"): index, one page per finding, category,
 * status, notice and free page, the notice list, search, the ledgers (整改台账) of the site and of
 * each inspection, and 404. Templates are compiled once;
 * pages are rendered in parallel.
 */
public final class PageStage implements Stage {
    /** How many pages between two progress lines, by default. */
    static final int PROGRESS_EVERY = 10_000;

    private final int progressEvery;

    public PageStage() {
        this(PROGRESS_EVERY);
    }

    /** @param progressEvery how many pages between two progress lines */
    PageStage(int progressEvery) {
        if (progressEvery < 1) {
            throw new IllegalArgumentException("progressEvery " + progressEvery + " must be >= 1");
        }
        this.progressEvery = progressEvery;
    }

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public void run(BuildContext context, OutputSink out) throws IOException {
        Site site = context.site();
        Path overrides = site.sourceDirectory() == null ? null : site.sourceDirectory().resolve("templates");
        for (String name : TemplateSet.unknownOverrides(overrides)) {
            context.warn("render.unknownTemplate", "template", name,
                    "known", TemplateSet.NAMES.stream().sorted().map(n -> n + ".mustache").toList());
        }
        PageBundle messages = PageBundle.of(site.locale());
        TemplateSet templates = TemplateSet.compile(overrides, messages.asMap());
        ViewFactory views = new ViewFactory(site, messages, new MarkdownHtml(), context.baseUrl());
        List<Job> jobs = jobs(site, views, templates, context.versions().get("assets/search.js"));
        int total = jobs.size();
        ParallelJobs.runAll(jobs.stream().map(job -> (ParallelJobs.Job) () -> out.write(job.path(), job.html().get()))
                .toList(), n -> {
                    if (n % progressEvery == 0) {
                        context.progress().accept("pages: " + n + "/" + total);
                    }
                });
        if (total >= progressEvery) {
            context.progress().accept("pages: " + total + "/" + total + " written");
        }
    }

    /** A page to write: its path and how to render it. */
    private record Job(String path, Supplier<List<ByteBuffer>> html) {}

    private static List<Job> jobs(Site site, ViewFactory v, TemplateSet t, String searchVersion) {
        String top = ViewFactory.TOP;
        String sub = ViewFactory.SUB;
        List<Job> jobs = new ArrayList<>(site.findings().size() + 64);
        jobs.add(new Job(SitePaths.INDEX,
                () -> t.renderUtf8(PageTemplate.INDEX, v.chrome(top, null, ViewFactory.NAV_HOME, v.homeFacts()),
                        v.index())));
        for (Category c : site.categories()) {
            List<Finding> findings = site.findingsIn(c);
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                Finding previous = i > 0 ? findings.get(i - 1) : null;
                Finding next = i + 1 < findings.size() ? findings.get(i + 1) : null;
                jobs.add(new Job(SitePaths.finding(f), () -> t.renderUtf8(PageTemplate.FINDING,
                        v.chrome(sub, v.findingTitle(f), null, v.facts(f)), v.finding(f, previous, next))));
            }
            jobs.add(new Job(SitePaths.category(c),
                    () -> t.renderUtf8(PageTemplate.CATEGORY, v.chrome(sub, v.heading(c), null, v.facts(c)),
                            v.category(c))));
        }
        for (Status s : site.statuses().statuses()) {
            int pages = SitePaths.statusPageCount(site.findingsWith(s).size());
            for (int p = 1; p <= pages; p++) {
                int page = p;
                jobs.add(new Job(SitePaths.status(s, page),
                        () -> t.renderUtf8(PageTemplate.STATUS, v.chrome(sub, v.label(s), null, v.facts(s, page)),
                                v.status(s, page))));
            }
        }
        jobs.add(new Job(SitePaths.NOTICES, () -> t.renderUtf8(PageTemplate.NOTICES,
                v.chrome(top, v.noticesTitle(), ViewFactory.NAV_NOTICES, v.noticesFacts()), v.notices())));
        for (Notice n : site.notices()) {
            jobs.add(new Job(SitePaths.notice(n),
                    () -> t.renderUtf8(PageTemplate.NOTICE, v.chrome(sub, n.title(), null, v.facts(n)), v.notice(n))));
        }
        for (Page p : site.pages()) {
            jobs.add(new Job(SitePaths.page(p), () -> t.renderUtf8(PageTemplate.PAGE,
                    v.chrome(sub, p.title(), ViewFactory.pageNavKey(p), v.facts(p)), v.page(p))));
        }
        jobs.add(new Job(SitePaths.SEARCH, () -> t.renderUtf8(PageTemplate.SEARCH,
                v.chrome(top, v.searchTitle(), ViewFactory.NAV_SEARCH, v.searchFacts()), v.search(searchVersion))));
        for (int p = 1, n = SitePaths.ledgerPageCount(site.findings().size()); p <= n; p++) {
            int page = p;
            jobs.add(new Job(SitePaths.ledger(page), () -> t.renderUtf8(PageTemplate.LEDGER,
                    v.chrome(top, v.ledgerTitle(), page == 1 ? ViewFactory.NAV_LEDGER : null, v.ledgerFacts(null, page)),
                    v.ledger(null, page))));
        }
        for (Inspection i : site.inspections()) {
            for (int p = 1, n = SitePaths.ledgerPageCount(site.findingsOf(i).size()); p <= n; p++) {
                int page = p;
                jobs.add(new Job(SitePaths.ledger(i, page), () -> t.renderUtf8(PageTemplate.LEDGER,
                        v.chrome(sub, v.ledgerTitle(i), null, v.ledgerFacts(i, page)), v.ledger(i, page))));
            }
        }
        jobs.add(new Job(SitePaths.NOT_FOUND,
                () -> t.renderUtf8(PageTemplate.NOT_FOUND, v.notFoundChrome(), new View.NotFoundPage())));
        return jobs;
    }
}
