package org.sitegen.internal.pages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.internal.build.ParallelJobs;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.markdown.MarkdownHtml;
import org.sitegen.internal.build.Part;
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
 * status, notice, inspection and free page, the notice list, search, the ledgers (整改台账) of the
 * site and of each inspection, and 404. Templates are compiled once;
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
        List<Job> jobs = jobs(context, false);
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

    /**
     * Each page as a part of its own, keyed by what it shows that the records decide ({@link
     * PageKeys}): the chrome and the page's own content. What {@code site.yaml}, the templates and
     * the interface texts decide is left out: a change to those remakes every part. The templates
     * are compiled on the first plan and kept.
     */
    @Override
    public List<Part> plan(BuildContext context) throws IOException {
        List<Job> jobs = jobs(context, true);
        List<Part> parts = new ArrayList<>(context.site().findings().size() + jobs.size());
        for (Job job : jobs) {
            if (job.parts() != null) {
                parts.addAll(job.parts());
                continue;
            }
            Part part = Part.file(job.path(), job.key().get(), out -> out.write(job.path(), job.html().get()));
            parts.add(job.path().equals(SitePaths.SEARCH) ? part.needs(SEARCH_VERSION) : part);
        }
        keys.planned();
        lastKeys = keys;
        current = planRender;
        return parts;
    }

    /**
     * What the finding pages of the last plan render with. Their parts are kept from one plan to
     * the next while their key stays the same ({@link PageKeys#pages}), so they hold no views of
     * their own: a part made after a newer plan renders with the newer views, which give the same
     * bytes for the same key.
     */
    private volatile Render current;
    private Render planRender;

    private record Render(TemplateSet templates, ViewFactory views, PageFactsFactory facts, InspectionViews inspections) {}

    private void renderFinding(PageKeys.CategoryPages pages, int i, OutputSink out) throws IOException {
        Render r = current;
        Finding f = pages.finding(i);
        Finding previous = pages.finding(i - 1);
        Finding next = pages.finding(i + 1);
        ViewFactory v = r.views();
        out.write(pages.path(i), r.templates().renderUtf8(PageTemplate.FINDING,
                v.chrome(ViewFactory.SUB, v.findingTitle(f), null, r.facts().of(f)), v.finding(f, previous, next),
                r.inspections().finding(f)));
    }

    /** The version of the search script, which search.html adds to its address. */
    private static final String SEARCH_VERSION = "assets/search.js";

    /**
     * A page to write: its path, the key of what it depends on (made only when asked for, so that a
     * full build does not pay for it), and how to render it.
     */
    private record Job(String path, Supplier<Object> key, Supplier<List<ByteBuffer>> html, List<Part> parts) {
        Job(String path, Supplier<Object> key, Supplier<List<ByteBuffer>> html) {
            this(path, key, html, null);
        }
    }

    /** What a plan of this stage keeps: the site's templates and texts, compiled once. */
    private record Compiled(Path overrides, Locale locale, PageBundle messages, TemplateSet templates,
            MarkdownHtml markdown) {}

    private Compiled compiled;
    /** The keys of the last plan and of the jobs made last, for the next plan to hand out again. */
    private PageKeys lastKeys;
    private PageKeys keys;

    private Compiled compiled(BuildContext context) throws IOException {
        Site site = context.site();
        Path overrides = site.sourceDirectory() == null ? null : site.sourceDirectory().resolve("templates");
        for (String name : TemplateSet.unknownOverrides(overrides)) {
            context.warn("render.unknownTemplate", "template", name,
                    "known", TemplateSet.NAMES.stream().sorted().map(n -> n + ".mustache").toList());
        }
        Compiled c = compiled;
        if (c == null || !java.util.Objects.equals(c.overrides(), overrides) || !c.locale().equals(site.locale())) {
            boolean builtIn = overrides == null || !Files.isDirectory(overrides);
            c = builtIn ? BUILT_IN.computeIfAbsent(site.locale(), locale -> compile(null, locale))
                    : compile(overrides, site.locale());
            compiled = c;
        }
        return c;
    }

    /**
     * The built-in templates, compiled once per language in this JVM and kept: they are the same
     * for every site without a {@code templates/} folder, and a freshly compiled set renders its
     * first pages several times slower while the engine finds its way through the views.
     */
    private static final Map<Locale, Compiled> BUILT_IN = new ConcurrentHashMap<>();

    private static Compiled compile(Path overrides, Locale locale) {
        PageBundle messages = PageBundle.of(locale);
        return new Compiled(overrides, locale, messages, TemplateSet.compile(overrides, messages.asMap()),
                new MarkdownHtml());
    }

    /** @param planning whether the jobs' keys will be asked for (a live plan), not only their pages (a build) */
    private List<Job> jobs(BuildContext context, boolean planning) throws IOException {
        Site site = context.site();
        Compiled c = compiled(context);
        ViewFactory v = new ViewFactory(site, c.messages(), c.markdown(), context.baseUrl());
        TemplateSet t = c.templates();
        LedgerViews lv = new LedgerViews(v);
        StatusViews sv = new StatusViews(v);
        String top = ViewFactory.TOP;
        String sub = ViewFactory.SUB;
        PageKeys keys = new PageKeys(site, v, lastKeys);
        this.keys = keys;
        // a plan dates its pages from the previous plan's dates, looking only at what changed
        PageFactsFactory facts = planning ? new PageFactsFactory(v, keys::newest) : new PageFactsFactory(v);
        InspectionViews iv = new InspectionViews(v);
        if (planning) {
            planRender = new Render(t, v, facts, iv);
        }
        List<Job> jobs = new ArrayList<>(site.findings().size() + 64);
        // what lifecycle's views add (inspections, outcomes, a notice's changes) is in the keys as
        // the view itself: its records are equal exactly when they show the same
        jobs.add(new Job(SitePaths.INDEX, () -> Part.key(keys.index(), facts.home(), iv.home()),
                () -> t.renderUtf8(PageTemplate.INDEX, v.chrome(top, null, ViewFactory.NAV_HOME, facts.home()),
                        v.index(), iv.home())));
        for (Category cat : site.categories()) {
            List<Finding> findings = site.findingsIn(cat);
            // the keys, paths and parts of a category's pages are made together, and only for a plan
            PageKeys.CategoryPages planned = planning ? keys.pages(cat, () -> facts.of(cat), (pages, i) ->
                    Part.file(pages.path(i), pages.key(i), out -> renderFinding(pages, i, out))) : null;
            if (planned != null) {
                jobs.add(new Job(null, null, null, planned.parts()));
            }
            for (int i = 0; planned == null && i < findings.size(); i++) {
                Finding f = findings.get(i);
                Finding previous = i > 0 ? findings.get(i - 1) : null;
                Finding next = i + 1 < findings.size() ? findings.get(i + 1) : null;
                int at = i;
                jobs.add(new Job(planned != null ? planned.path(i) : SitePaths.finding(f), () -> planned.key(at),
                        () -> t.renderUtf8(PageTemplate.FINDING, v.chrome(sub, v.findingTitle(f), null, facts.of(f)),
                                v.finding(f, previous, next), iv.finding(f))));
            }
            jobs.add(new Job(SitePaths.category(cat), () -> planned.key(),
                    () -> t.renderUtf8(PageTemplate.CATEGORY, v.chrome(sub, v.heading(cat), null, facts.of(cat)),
                            v.category(cat))));
        }
        for (Status s : site.statuses().statuses()) {
            int pages = SitePaths.statusPageCount(site.findingsWith(s).size());
            for (int p = 1; p <= pages; p++) {
                int page = p;
                jobs.add(new Job(SitePaths.status(s, page), () -> keys.status(s, page, () -> facts.of(s, page)),
                        () -> t.renderUtf8(PageTemplate.STATUS, v.chrome(sub, sv.title(s), null, facts.of(s, page)),
                                sv.page(s, page))));
            }
        }
        jobs.add(new Job(SitePaths.NOTICES, () -> Part.key(keys.notices(), facts.notices()),
                () -> t.renderUtf8(PageTemplate.NOTICES,
                        v.chrome(top, v.noticesTitle(), ViewFactory.NAV_NOTICES, facts.notices()), v.notices())));
        for (Notice n : site.notices()) {
            jobs.add(new Job(SitePaths.notice(n), () -> Part.key(keys.of(n), facts.of(n), iv.changes(n)),
                    () -> t.renderUtf8(PageTemplate.NOTICE, v.chrome(sub, n.title(), null, facts.of(n)), v.notice(n),
                            iv.changes(n))));
        }
        for (Inspection i : site.inspections()) {
            jobs.add(new Job(SitePaths.inspection(i),
                    () -> Part.key(keys.chrome(), iv.title(i), iv.inspection(i), facts.of(i)),
                    () -> t.renderUtf8(PageTemplate.INSPECTION, v.chrome(sub, iv.title(i), null, facts.of(i)),
                            iv.inspection(i))));
        }
        for (Page p : site.pages()) {
            jobs.add(new Job(SitePaths.page(p), () -> Part.key(keys.of(p), facts.of(p)), () -> t.renderUtf8(PageTemplate.PAGE,
                    v.chrome(sub, p.title(), ViewFactory.pageNavKey(p), facts.of(p)), v.page(p))));
        }
        // the search index is made before the pages (or, in the live build, before this page), so
        // its version is read when the page is rendered
        jobs.add(new Job(SitePaths.SEARCH, () -> Part.key(keys.search(), facts.search()),
                () -> t.renderUtf8(PageTemplate.SEARCH,
                        v.chrome(top, v.searchTitle(), ViewFactory.NAV_SEARCH, facts.search()),
                        new SearchViews(v).search(context.versions().get(SEARCH_VERSION)))));
        // a ledger's key is the findings it lists, as they are: building its view for every plan
        // would render the measures of every finding
        for (int p = 1, n = SitePaths.ledgerPageCount(site.findings().size()); p <= n; p++) {
            int page = p;
            jobs.add(new Job(SitePaths.ledger(page),
                    () -> keys.ledger(null, page, () -> facts.ledger(null, page)),
                    () -> t.renderUtf8(PageTemplate.LEDGER,
                            v.chrome(top, lv.title(), page == 1 ? ViewFactory.NAV_LEDGER : null,
                                    facts.ledger(null, page)),
                            lv.page(null, page))));
        }
        for (Inspection i : site.inspections()) {
            for (int p = 1, n = SitePaths.ledgerPageCount(site.findingsOf(i).size()); p <= n; p++) {
                int page = p;
                jobs.add(new Job(SitePaths.ledger(i, page),
                        () -> keys.ledger(i, page, () -> facts.ledger(i, page)),
                        () -> t.renderUtf8(PageTemplate.LEDGER,
                                v.chrome(sub, lv.title(i), null, facts.ledger(i, page)), lv.page(i, page))));
            }
        }
        jobs.add(new Job(SitePaths.NOT_FOUND, keys::chrome,
                () -> t.renderUtf8(PageTemplate.NOT_FOUND, v.notFoundChrome(facts.notFound()), new View.NotFoundPage())));
        return jobs;
    }
}
