package org.sitegen.internal.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.internal.text.Json;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.markdown.MarkdownHtml;
import org.sitegen.model.Attachment;
import org.sitegen.model.Category;
import org.sitegen.model.Disclosure;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.Measure;
import org.sitegen.model.Notice;
import org.sitegen.model.Page;
import org.sitegen.model.Site;
import org.sitegen.model.Status;
import org.sitegen.model.StatusCounts;
import org.sitegen.internal.pages.View.AttachmentView;
import org.sitegen.internal.pages.View.Badge;
import org.sitegen.internal.pages.View.Breadcrumb;
import org.sitegen.internal.pages.View.CategoryCard;
import org.sitegen.internal.pages.View.CategoryPage;
import org.sitegen.internal.pages.View.Chrome;
import org.sitegen.internal.pages.View.ContactView;
import org.sitegen.internal.pages.View.Count;
import org.sitegen.internal.pages.View.Dashboard;
import org.sitegen.internal.pages.ChromeFactory.PageFacts;
import org.sitegen.internal.pages.View.DataAttribute;
import org.sitegen.internal.pages.View.DisclosureView;
import org.sitegen.internal.pages.View.LedgerGroup;
import org.sitegen.internal.pages.View.LedgerPage;
import org.sitegen.internal.pages.View.LedgerRow;
import org.sitegen.internal.pages.View.FindingItem;
import org.sitegen.internal.pages.View.FindingPage;
import org.sitegen.internal.pages.View.FreePage;
import org.sitegen.internal.pages.View.HistoryView;
import org.sitegen.internal.pages.View.IndexPage;
import org.sitegen.internal.pages.View.InspectionView;
import org.sitegen.internal.pages.View.Link;
import org.sitegen.internal.pages.View.MeasureView;
import org.sitegen.internal.pages.View.NavItem;
import org.sitegen.internal.pages.View.NoticeItem;
import org.sitegen.internal.pages.View.NoticePage;
import org.sitegen.internal.pages.View.NoticesPage;
import org.sitegen.internal.pages.View.Pager;
import org.sitegen.internal.pages.View.PagerItem;
import org.sitegen.internal.pages.View.SearchPage;
import org.sitegen.internal.pages.View.StatusPage;
import org.sitegen.internal.pages.View.StatusRow;

/**
 * Builds the {@link View views} of a site's pages from its model, in the site's language. Made
 * once per render; thread-safe, so finding pages may be built in parallel.
 */
final class ViewFactory {
    /** Path prefix from the root folder and from a sub-folder back to the root. */
    static final String TOP = SitePaths.TOP;
    static final String SUB = SitePaths.UP;

    /** Keys of the navigation entries a page may be the current one of. */
    static final String NAV_HOME = "home";
    static final String NAV_LEDGER = "ledger";
    static final String NAV_NOTICES = "notices";
    static final String NAV_SEARCH = "search";

    private static final int EXCERPT_LENGTH = 140;

    private final Site site;
    private final PageBundle msg;
    private final MarkdownHtml markdown;
    private final Map<Status, Badge> badges = new HashMap<>();
    private final Map<Category, String> headings = new HashMap<>();
    private final ChromeFactory chrome;
    private final ContactView contact;
    private final RecordHrefs hrefs;
    /** The newest history date of the findings of a category, a status, an inspection; absent: none. */
    private final Map<Category, LocalDate> categoryDates = new HashMap<>();
    private final Map<Status, LocalDate> statusDates = new HashMap<>();
    private final Map<Inspection, LocalDate> inspectionDates = new HashMap<>();
    /** The newest history date of any finding; null when none has one. */
    private final LocalDate findingsDate;
    /** The newest publication date of a notice; null when there is none. */
    private final LocalDate noticesDate;

    /**
     * @param baseUrl the site's absolute address, or null; only 404.html uses it, since a server
     *     shows that page at any depth
     */
    ViewFactory(Site site, PageBundle msg, MarkdownHtml markdown, String baseUrl) {
        this.site = site;
        this.msg = msg;
        this.markdown = markdown;
        for (Status s : site.statuses().statuses()) {
            badges.put(s, new Badge(s.code(), msg.statusLabel(s), Tone.of(s, site.statuses()).cssName()));
        }
        List<Category> categories = site.categories();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            headings.put(c, msg.format("categoryHeading", "n", msg.ordinal(site.categoryNumber(c)), "title", c.title()));
        }
        this.contact = ChromeFactory.contact(site);
        this.chrome = new ChromeFactory(site, msg, baseUrl, contact);
        this.hrefs = new RecordHrefs(site);
        LocalDate newest = null;
        for (Finding f : site.findings()) {
            LocalDate d = changed(f);
            if (d != null) {
                categoryDates.merge(f.category(), d, ViewFactory::later);
                statusDates.merge(f.status(), d, ViewFactory::later);
                inspectionDates.merge(f.inspection(), d, ViewFactory::later);
                newest = later(newest, d);
            }
        }
        this.findingsDate = newest;
        LocalDate published = null;
        for (Notice n : site.notices()) {
            published = later(published, n.publicationDate());
        }
        this.noticesDate = published;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** The day a finding last changed: its newest history date; null when it has no history. */
    private static LocalDate changed(Finding f) {
        List<HistoryEntry> h = f.history();
        return h.isEmpty() ? null : h.get(h.size() - 1).date();
    }

    private LocalDate orAsOf(LocalDate d) {
        return d != null ? d : site.asOf();
    }

    // ---- the parts every page has

    /** The chrome of a page; see {@link ChromeFactory#chrome}. */
    Chrome chrome(String root, String title, String current, PageFacts facts) {
        return chrome.chrome(root, title, current, facts);
    }

    /** The chrome of 404.html; see {@link ChromeFactory#notFoundChrome}. */
    Chrome notFoundChrome() {
        return chrome.notFoundChrome(new PageFacts(null, msg.get("column.other"), msg.get("columnType.other"), null,
                site.asOf(), null, null, null));
    }

    // ---- what each page tells crawlers, and its date

    PageFacts homeFacts() {
        return column(SitePaths.INDEX, "home", site.asOf());
    }

    PageFacts facts(Finding f) {
        return new PageFacts(SitePaths.finding(f), msg.get("column.findings"), msg.get("columnType.findings"),
                f.title(), orAsOf(changed(f)),
                msg.format("findingDescription", "number", f.number(), "title", f.title(), "status", label(f.status())),
                null, f.category().title());
    }

    PageFacts facts(Category c) {
        return column(SitePaths.category(c), "findings", orAsOf(categoryDates.get(c)));
    }

    PageFacts facts(Status s, int page) {
        return column(SitePaths.status(s, page), "findings", orAsOf(statusDates.get(s)));
    }

    PageFacts noticesFacts() {
        return column(SitePaths.NOTICES, "notices", orAsOf(noticesDate));
    }

    PageFacts facts(Notice n) {
        return new PageFacts(SitePaths.notice(n), msg.get("column.notices"), msg.get("columnType.notices"), n.title(),
                n.publicationDate(), markdown.excerpt(n.body(), EXCERPT_LENGTH), n.disclosure().publisher(),
                n.disclosure().subject());
    }

    PageFacts facts(Page p) {
        return new PageFacts(SitePaths.page(p), p.title(), msg.get("columnType.other"), null, site.asOf(), null, null,
                null);
    }

    PageFacts searchFacts() {
        return column(SitePaths.SEARCH, "search", site.asOf());
    }

    /** @param inspection the inspection, or null for the site's ledger */
    PageFacts ledgerFacts(Inspection inspection, int page) {
        return inspection == null
                ? column(SitePaths.ledger(page), "ledger", orAsOf(findingsDate))
                : column(SitePaths.ledger(inspection, page), "ledger", orAsOf(inspectionDates.get(inspection)));
    }

    private PageFacts column(String path, String column, LocalDate date) {
        return new PageFacts(path, msg.get("column." + column), msg.get("columnType." + column), null, date, null,
                null, null);
    }

    static String pageNavKey(Page p) {
        return ChromeFactory.pageNavKey(p);
    }

    // ---- pages

    IndexPage index() {
        List<InspectionView> inspections = new ArrayList<>();
        for (Inspection i : site.inspections()) {
            inspections.add(new InspectionView(i.id(), i.title(), i.inspector(), i.kind(), period(i),
                    date(i.feedback()), iso(i.feedback()), SitePaths.ledger(i, 1)));
        }
        StatusCounts counts = site.statusCounts();
        List<StatusRow> rows = new ArrayList<>();
        for (Map.Entry<Status, Integer> e : counts.asMap().entrySet()) {
            rows.add(new StatusRow(badge(e.getKey()), SitePaths.status(e.getKey()), e.getValue(),
                    Percent.format(e.getValue(), counts.total())));
        }
        String headline = headline(counts);
        Dashboard dashboard = new Dashboard(headline,
                Charts.stackedBar(parts(counts), headline, "chart chart-bar", 32), rows, counts.total(),
                withheld(site.withheldFindings()));
        List<CategoryCard> cards = new ArrayList<>();
        for (Category c : site.categories()) {
            StatusCounts cc = site.statusCounts(c);
            cards.add(new CategoryCard(SitePaths.category(c), heading(c), categoryBar(c, cc), progress(cc), nonZero(cc)));
        }
        NoticeItem latest = site.latestNotice().map(n -> noticeItem(n, TOP, true)).orElse(null);
        return new IndexPage(inspections, dashboard, cards, latest, contact);
    }

    /**
     * A finding's page.
     *
     * @param previous the finding before it in its category, or null
     * @param next the finding after it in its category, or null
     */
    FindingPage finding(Finding f, Finding previous, Finding next) {
        Category c = f.category();
        Breadcrumb crumb = new Breadcrumb(
                List.of(new Link(SUB + SitePaths.INDEX, msg.get("navHome")), new Link(SUB + SitePaths.category(c), heading(c))),
                msg.format("findingNumber", "number", f.number()));
        List<MeasureView> measures = measures(f, SitePaths.finding(f));
        List<HistoryView> history = new ArrayList<>(f.history().size());
        for (HistoryEntry h : f.history()) {
            history.add(new HistoryView(msg.date(h.date()), iso(h.date()), badge(h.status()), h.note()));
        }
        boolean overdue = f.isOverdue(site.asOf());
        return new FindingPage(crumb, f.number(), f.title(), badge(f.status()), overdue, SUB + SitePaths.category(c),
                heading(c), c.inspection().title(), !f.units().isEmpty(), f.units(), date(f.deadline()),
                iso(f.deadline()), !f.documents().isEmpty(), f.documents(), !measures.isEmpty(), measures,
                !history.isEmpty(), history, previous != null || next != null, findingLink(previous),
                findingLink(next));
    }

    /** A finding's measures, rendered. */
    /** A finding's measures as HTML, their links to records relative to the page they are shown on. */
    private List<MeasureView> measures(Finding f, String page) {
        List<MeasureView> measures = new ArrayList<>(f.measures().size());
        var links = hrefs.on(f.origin(), page);
        for (Measure m : f.measures()) {
            measures.add(new MeasureView(m.number(), markdown.inline(m.text(), links)));
        }
        return measures;
    }

    /** The title of a finding's page: its number and title. */
    String findingTitle(Finding f) {
        return f.number() + ". " + f.title();
    }

    CategoryPage category(Category c) {
        StatusCounts cc = site.statusCounts(c);
        List<FindingItem> items = new ArrayList<>();
        for (Finding f : site.findingsIn(c)) {
            items.add(item(f, false));
        }
        String intro = c.introduction().isBlank() ? null
                : markdown.block(c.introduction(), hrefs.on(c.origin(), SitePaths.category(c)));
        return new CategoryPage(homeCrumb(heading(c)), heading(c), c.inspection().title(), intro,
                categoryBar(c, cc), progress(cc), nonZero(cc),
                msg.format("findingsInCategory", "count", items.size()), !items.isEmpty(), items,
                withheld(site.withheldFindings(c)));
    }

    /** Page {@code page} (1-based) of the findings with a status; see {@link SitePaths#status(Status, int)}. */
    StatusPage status(Status s, int page) {
        List<Finding> all = site.findingsWith(s);
        int pages = SitePaths.statusPageCount(all.size());
        int from = (page - 1) * SitePaths.STATUS_PAGE_SIZE;
        int to = Math.min(all.size(), from + SitePaths.STATUS_PAGE_SIZE);
        List<FindingItem> items = new ArrayList<>(to - from);
        for (Finding f : all.subList(from, to)) {
            items.add(item(f, true));
        }
        List<Link> others = new ArrayList<>();
        StatusCounts counts = site.statusCounts();
        for (Status o : site.statuses().statuses()) {
            if (!o.equals(s)) {
                others.add(new Link(statusFileName(o),
                        msg.format("statusWithCount", "label", label(o), "count", counts.count(o))));
            }
        }
        String heading = msg.format("statusWithCount", "label", label(s), "count", all.size());
        Pager pager = null;
        if (pages > 1) {
            List<PagerItem> numbers = new ArrayList<>(pages);
            for (int p = 1; p <= pages; p++) {
                numbers.add(new PagerItem(SitePaths.statusStem(s, p) + ".html", String.valueOf(p), p == page));
            }
            pager = new Pager(
                    page > 1 ? SitePaths.statusStem(s, page - 1) + ".html" : null,
                    page < pages ? SitePaths.statusStem(s, page + 1) + ".html" : null,
                    numbers,
                    msg.format("pageRange", "from", from + 1, "to", to, "count", all.size()));
        }
        return new StatusPage(homeCrumb(label(s)), heading, badge(s), others, !items.isEmpty(), items, pager);
    }

    private static String statusFileName(Status s) {
        return s.code() + ".html";
    }

    String noticesTitle() {
        return msg.get("noticesHeading");
    }

    String searchTitle() {
        return msg.get("searchHeading");
    }

    NoticesPage notices() {
        List<NoticeItem> items = new ArrayList<>();
        List<Notice> notices = site.notices();
        for (int i = notices.size() - 1; i >= 0; i--) {
            items.add(noticeItem(notices.get(i), TOP, false));
        }
        return new NoticesPage(!items.isEmpty(), items);
    }

    NoticePage notice(Notice n) {
        Breadcrumb crumb = new Breadcrumb(List.of(new Link(SUB + SitePaths.INDEX, msg.get("navHome")),
                new Link(SUB + SitePaths.NOTICES, msg.get("navNotices"))), n.title());
        Disclosure d = n.disclosure();
        DisclosureView block = new DisclosureView(d.indexNumber(), d.subject(), d.publisher(), date(d.written()),
                iso(d.written()), d.documentNumber(), date(d.published()), iso(d.published()));
        String page = SitePaths.notice(n);
        List<AttachmentView> attachments = new ArrayList<>();
        for (Attachment a : n.attachments()) {
            attachments.add(new AttachmentView(SitePaths.encode(SitePaths.relative(page, SitePaths.asset(a.path()))), a.title(),
                    msg.format("attachmentDetails", "type", a.type(), "size", size(a.size()))));
        }
        return new NoticePage(crumb, n.title(), msg.date(n.date()), iso(n.date()), n.issuer(),
                n.inspection().title(), markdown.block(n.body(), hrefs.on(n.origin(), page)),
                !attachments.isEmpty(), attachments, block);
    }

    String ledgerTitle() {
        return msg.get("ledgerHeading");
    }

    /** The title of an inspection's ledger page. */
    String ledgerTitle(Inspection i) {
        return msg.format("ledgerOf", "inspection", i.title());
    }

    /**
     * Page {@code page} (1-based) of a ledger: the findings of an inspection, or of the whole site
     * when it is null, in reading order, grouped by category; see {@link SitePaths#ledger(int)}.
     */
    LedgerPage ledger(Inspection inspection, int page) {
        List<Finding> all = inspection == null ? site.findings() : site.findingsOf(inspection);
        StatusCounts counts = inspection == null ? site.statusCounts() : site.statusCounts(inspection);
        String root = inspection == null ? TOP : SUB;
        int pages = SitePaths.ledgerPageCount(all.size());
        int from = (page - 1) * SitePaths.LEDGER_PAGE_SIZE;
        int to = Math.min(all.size(), from + SitePaths.LEDGER_PAGE_SIZE);
        boolean several = site.inspections().size() > 1;
        List<LedgerGroup> groups = new ArrayList<>();
        Category current = null;
        List<LedgerRow> rows = null;
        for (Finding f : all.subList(from, to)) {
            if (f.category() != current) {
                current = f.category();
                rows = new ArrayList<>();
                String heading = inspection == null && several
                        ? msg.format("ledgerGroup", "inspection", current.inspection().title(), "category", heading(current))
                        : heading(current);
                groups.add(new LedgerGroup(heading, rows));
            }
            rows.add(ledgerRow(f, root, ledgerPath(inspection, page)));
        }
        Pager pager = null;
        if (pages > 1) {
            List<PagerItem> numbers = new ArrayList<>(pages);
            for (int p = 1; p <= pages; p++) {
                numbers.add(new PagerItem(root + ledgerPath(inspection, p), String.valueOf(p), p == page));
            }
            pager = new Pager(page > 1 ? root + ledgerPath(inspection, page - 1) : null,
                    page < pages ? root + ledgerPath(inspection, page + 1) : null, numbers,
                    msg.format("pageRange", "from", from + 1, "to", to, "count", all.size()));
        }
        List<Link> others = new ArrayList<>();
        if (inspection != null) {
            others.add(new Link(root + SitePaths.ledger(1), msg.get("ledgerHeading")));
        } else if (several) {
            for (Inspection i : site.inspections()) {
                others.add(new Link(root + SitePaths.ledger(i, 1), ledgerTitle(i)));
            }
        }
        String heading = inspection == null ? ledgerTitle() : ledgerTitle(inspection);
        String scope = inspection == null ? site.title() : inspection.title();
        String caption = site.asOf() == null ? heading
                : msg.format("ledgerCaption", "heading", heading, "date", msg.date(site.asOf()));
        return new LedgerPage(homeCrumb(root, heading), heading, scope, headline(counts), caption, !groups.isEmpty(),
                groups, pager, !others.isEmpty(), others);
    }

    private static String ledgerPath(Inspection inspection, int page) {
        return inspection == null ? SitePaths.ledger(page) : SitePaths.ledger(inspection, page);
    }

    private LedgerRow ledgerRow(Finding f, String root, String page) {
        List<MeasureView> measures = measures(f, page);
        LocalDate changed = changed(f);
        return new LedgerRow(root + SitePaths.finding(f), f.number(), f.title(), !measures.isEmpty(), measures,
                !f.units().isEmpty(), f.units(), date(f.deadline()), iso(f.deadline()), badge(f.status()),
                f.isOverdue(site.asOf()), date(changed), iso(changed));
    }

    FreePage page(Page p) {
        return new FreePage(p.title(), markdown.block(p.body(), hrefs.on(p.origin(), SitePaths.page(p))));
    }

    /** The sentence that says how many findings are not published; null when none is withheld. */
    private String withheld(int count) {
        return count == 0 ? null : msg.format("withheldFindings", "count", count);
    }

    /** A file's size as a download list shows it: 512 B, 245 KB, 1.2 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * @param version the search index's version, added to the script's address so that a browser
     *     loads the index of this build; null for none
     */
    SearchPage search(String version) {
        List<DataAttribute> data = new ArrayList<>();
        for (String key : List.of("searching", "no-results", "results-count", "browse-hint", "load-error",
                "filter-status", "filter-category", "filter-inspection", "filter-all", "clear-filters")) {
            data.add(new DataAttribute(key, msg.get("search." + key)));
        }
        StringBuilder labels = new StringBuilder("{");
        for (Status s : site.statuses().statuses()) {
            if (labels.length() > 1) {
                labels.append(',');
            }
            labels.append(Json.string(s.code())).append(':').append(Json.string(label(s)));
        }
        data.add(new DataAttribute("status-labels", labels.append('}').toString()));
        StringBuilder tones = new StringBuilder("{");
        for (Status s : site.statuses().statuses()) {
            if (tones.length() > 1) {
                tones.append(',');
            }
            tones.append(Json.string(s.code())).append(':').append(Json.string(badge(s).tone()));
        }
        data.add(new DataAttribute("status-tones", tones.append('}').toString()));
        List<Link> browse = new ArrayList<>();
        for (Category c : site.categories()) {
            browse.add(new Link(SitePaths.category(c), heading(c)));
        }
        for (Status s : site.statuses().statuses()) {
            browse.add(new Link(SitePaths.status(s), label(s)));
        }
        return new SearchPage(data, browse, version);
    }

    // ---- helpers

    Badge badge(Status s) {
        Badge b = badges.get(s);
        if (b == null) {
            throw new IllegalArgumentException("status " + s.code() + " is not in the site's vocabulary");
        }
        return b;
    }

    String label(Status s) {
        return badge(s).label();
    }

    String heading(Category c) {
        String h = headings.get(c);
        if (h == null) {
            throw new IllegalArgumentException("category " + c.id() + " is not one of the site's");
        }
        return h;
    }

    private Breadcrumb homeCrumb(String here) {
        return homeCrumb(SUB, here);
    }

    private Breadcrumb homeCrumb(String root, String here) {
        return new Breadcrumb(List.of(new Link(root + SitePaths.INDEX, msg.get("navHome"))), here);
    }

    private Link findingLink(Finding f) {
        return f == null ? null : new Link(SUB + SitePaths.finding(f), findingTitle(f));
    }

    private FindingItem item(Finding f, boolean showCategory) {
        return new FindingItem(SUB + SitePaths.finding(f), f.number(), f.title(), badge(f.status()), showCategory,
                heading(f.category()), date(f.deadline()), iso(f.deadline()), f.isOverdue(site.asOf()));
    }

    private NoticeItem noticeItem(Notice n, String root, boolean excerpt) {
        return new NoticeItem(root + SitePaths.notice(n), n.title(), msg.date(n.date()), iso(n.date()),
                excerpt ? markdown.excerpt(n.body(), EXCERPT_LENGTH) : null);
    }

    /** The sentence of the dashboard, e.g. 共23项问题：完成4项，基本完成1项，阶段性完成18项. */
    String headline(StatusCounts counts) {
        if (counts.total() == 0) {
            return msg.get("headlineEmpty");
        }
        return msg.format("headline", "total", counts.total(), "parts", parts(counts, "headlinePart"));
    }

    private String parts(StatusCounts counts, String key) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Status, Integer> e : counts.asMap().entrySet()) {
            if (e.getValue() > 0) {
                if (sb.length() > 0) {
                    sb.append(msg.get("listSeparator"));
                }
                sb.append(msg.format(key, "label", label(e.getKey()), "count", e.getValue()));
            }
        }
        return sb.toString();
    }

    private List<Charts.Part> parts(StatusCounts counts) {
        List<Charts.Part> parts = new ArrayList<>();
        for (Map.Entry<Status, Integer> e : counts.asMap().entrySet()) {
            parts.add(new Charts.Part(Tone.of(e.getKey(), site.statuses()), e.getValue()));
        }
        return parts;
    }

    private String categoryBar(Category c, StatusCounts cc) {
        String label = cc.total() == 0 ? msg.format("categoryChartEmpty", "heading", heading(c))
                : msg.format("categoryChartLabel", "heading", heading(c), "parts", parts(cc, "headlinePart"));
        return Charts.stackedBar(parts(cc), label, "chart chart-mini", 12);
    }

    private String progress(StatusCounts cc) {
        return msg.format("categoryProgress", "closed", cc.closed(), "total", cc.total());
    }

    private List<Count> nonZero(StatusCounts cc) {
        List<Count> list = new ArrayList<>();
        for (Map.Entry<Status, Integer> e : cc.asMap().entrySet()) {
            if (e.getValue() > 0) {
                list.add(new Count(badge(e.getKey()), e.getValue()));
            }
        }
        return list;
    }

    private String period(Inspection i) {
        if (i.start() != null && i.end() != null) {
            return msg.format("period", "start", msg.date(i.start()), "end", msg.date(i.end()));
        }
        return date(i.start() != null ? i.start() : i.end());
    }

    private String date(LocalDate d) {
        return d == null ? null : msg.date(d);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
