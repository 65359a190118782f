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
 * status, notice, inspection and free page, the notice list, search and 404. Templates are compiled once;
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
        Messages messages = Messages.of(site.locale());
        TemplateSet templates = TemplateSet.compile(overrides, messages.asMap());
        ViewFactory views = new ViewFactory(site, messages, new MarkdownHtml(), context.baseUrl());
        List<Job> jobs = jobs(site, views, new InspectionViews(views), templates,
                context.versions().get("assets/search.js"));
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

    private static List<Job> jobs(Site site, ViewFactory v, InspectionViews iv, TemplateSet t, String searchVersion) {
        String top = ViewFactory.TOP;
        String sub = ViewFactory.SUB;
        List<Job> jobs = new ArrayList<>(site.findings().size() + 64);
        jobs.add(new Job(SitePaths.INDEX,
                () -> t.renderUtf8(PageTemplate.INDEX, v.chrome(top, null, ViewFactory.NAV_HOME), v.index(), iv.home())));
        for (Category c : site.categories()) {
            List<Finding> findings = site.findingsIn(c);
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                Finding previous = i > 0 ? findings.get(i - 1) : null;
                Finding next = i + 1 < findings.size() ? findings.get(i + 1) : null;
                jobs.add(new Job(SitePaths.finding(f), () -> t.renderUtf8(PageTemplate.FINDING,
                        v.chrome(sub, v.findingTitle(f), null), v.finding(f, previous, next), iv.finding(f))));
            }
            jobs.add(new Job(SitePaths.category(c),
                    () -> t.renderUtf8(PageTemplate.CATEGORY, v.chrome(sub, v.heading(c), null), v.category(c))));
        }
        for (Status s : site.statuses().statuses()) {
            int pages = SitePaths.statusPageCount(site.findingsWith(s).size());
            for (int p = 1; p <= pages; p++) {
                int page = p;
                jobs.add(new Job(SitePaths.status(s, page),
                        () -> t.renderUtf8(PageTemplate.STATUS, v.chrome(sub, v.label(s), null), v.status(s, page))));
            }
        }
        jobs.add(new Job(SitePaths.NOTICES, () -> t.renderUtf8(PageTemplate.NOTICES,
                v.chrome(top, v.noticesTitle(), ViewFactory.NAV_NOTICES), v.notices())));
        for (Notice n : site.notices()) {
            jobs.add(new Job(SitePaths.notice(n),
                    () -> t.renderUtf8(PageTemplate.NOTICE, v.chrome(sub, n.title(), null), v.notice(n), iv.changes(n))));
        }
        for (Inspection i : site.inspections()) {
            jobs.add(new Job(SitePaths.inspection(i),
                    () -> t.renderUtf8(PageTemplate.INSPECTION, v.chrome(sub, iv.title(i), null), iv.inspection(i))));
        }
        for (Page p : site.pages()) {
            jobs.add(new Job(SitePaths.page(p), () -> t.renderUtf8(PageTemplate.PAGE,
                    v.chrome(sub, p.title(), ViewFactory.pageNavKey(p)), v.page(p))));
        }
        jobs.add(new Job(SitePaths.SEARCH, () -> t.renderUtf8(PageTemplate.SEARCH,
                v.chrome(top, v.searchTitle(), ViewFactory.NAV_SEARCH), v.search(searchVersion))));
        jobs.add(new Job(SitePaths.NOT_FOUND,
                () -> t.renderUtf8(PageTemplate.NOT_FOUND, v.notFoundChrome(), new View.NotFoundPage())));
        return jobs;
    }
}
