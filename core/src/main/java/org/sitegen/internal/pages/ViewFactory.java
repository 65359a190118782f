package org.sitegen.internal.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.sitegen.internal.pages.View.Breadcrumb;
import org.sitegen.internal.pages.View.CategoryCard;
import org.sitegen.internal.pages.View.CategoryPage;
import org.sitegen.internal.pages.View.Chrome;
import org.sitegen.internal.pages.View.ContactView;
import org.sitegen.internal.pages.View.Dashboard;
import org.sitegen.internal.pages.ChromeFactory.PageFacts;
import org.sitegen.internal.pages.View.DisclosureView;
import org.sitegen.internal.pages.View.FindingItem;
import org.sitegen.internal.pages.View.FindingPage;
import org.sitegen.internal.pages.View.FreePage;
import org.sitegen.internal.pages.View.HistoryView;
import org.sitegen.internal.pages.View.IndexPage;
import org.sitegen.internal.pages.View.InspectionView;
import org.sitegen.internal.pages.View.Link;
import org.sitegen.internal.pages.View.MeasureView;
import org.sitegen.internal.pages.View.NoticeItem;
import org.sitegen.internal.pages.View.NoticePage;
import org.sitegen.internal.pages.View.NoticesPage;
import org.sitegen.internal.pages.View.StatusRow;

/**
 * Builds the {@link View views} of a site's pages from its model, in the site's language: the
 * chrome, the home page, the pages of findings, categories, notices and free pages; and the
 * parts those share with the views beside it ({@link InspectionViews}, {@link LedgerViews},
 * {@link StatusViews}, {@link SearchViews}, {@link PageFactsFactory}): category headings, finding
 * items, measures, dates. Statuses are shown through its {@link StatusBadges}. Made once per
 * render; thread-safe, so finding pages may be built in parallel.
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
    private final Map<Category, String> headings = new HashMap<>();
    private final ChromeFactory chrome;
    private final ContactView contact;
    private final RecordHrefs hrefs;
    private final Wording wording;
    private final StatusBadges badges;

    /**
     * @param baseUrl the site's absolute address, or null; only 404.html uses it, since a server
     *     shows that page at any depth
     */
    ViewFactory(Site site, PageBundle msg, MarkdownHtml markdown, String baseUrl) {
        this.site = site;
        this.msg = msg;
        this.markdown = markdown;
        for (Category c : site.categories()) {
            // numbered as the notice numbers it: within its inspection, withheld ones counted
            headings.put(c, msg.format("categoryHeading", "n", msg.ordinal(site.categoryNumber(c)), "title", c.title()));
        }
        this.wording = new Wording(site, msg);
        this.badges = new StatusBadges(site, msg, wording);
        this.contact = ChromeFactory.contact(site);
        this.chrome = new ChromeFactory(site, msg, baseUrl, contact);
        this.hrefs = new RecordHrefs(site);
    }

    /** The day a finding last changed: its newest history date; null when it has no history. */
    static LocalDate changed(Finding f) {
        List<HistoryEntry> h = f.history();
        return h.isEmpty() ? null : h.get(h.size() - 1).date();
    }

    // ---- the parts every page has

    /** The chrome of a page; see {@link ChromeFactory#chrome}. */
    Chrome chrome(String root, String title, String current, PageFacts facts) {
        return chrome.chrome(root, title, current, facts);
    }

    /** The chrome of 404.html; see {@link ChromeFactory#notFoundChrome}. */
    Chrome notFoundChrome(PageFacts facts) {
        return chrome.notFoundChrome(facts);
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
            rows.add(new StatusRow(badges.badge(e.getKey()), SitePaths.status(e.getKey()), e.getValue(),
                    Percent.format(e.getValue(), counts.total())));
        }
        String headline = badges.headline(counts);
        Dashboard dashboard = new Dashboard(headline,
                Charts.stackedBar(badges.chartParts(counts), headline, "chart chart-bar", 32), rows, counts.total(),
                withheld(site.withheldFindings()));
        List<CategoryCard> cards = new ArrayList<>();
        for (Category c : site.categories()) {
            StatusCounts cc = site.statusCounts(c);
            cards.add(new CategoryCard(SitePaths.category(c), heading(c), categoryBar(c, cc), progress(cc), badges.nonZero(cc)));
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
        List<Link> crumbs = inspectionCrumbs(c.inspection());
        crumbs.add(new Link(SUB + SitePaths.category(c), heading(c)));
        Breadcrumb crumb = new Breadcrumb(crumbs, msg.format("findingNumber", "number", f.number()));
        List<MeasureView> measures = measures(f, SitePaths.finding(f));
        List<HistoryView> history = new ArrayList<>(f.history().size());
        for (HistoryEntry h : f.history()) {
            history.add(new HistoryView(msg.date(h.date()), iso(h.date()), badges.badge(h.status(), f.inspection()), h.note()));
        }
        boolean overdue = f.isOverdue(site.asOf());
        return new FindingPage(crumb, f.number(), f.title(), badges.badge(f.status(), f.inspection()), overdue, SUB + SitePaths.category(c),
                heading(c), c.inspection().title(), !f.units().isEmpty(), f.units(), date(f.deadline()),
                iso(f.deadline()), !f.documents().isEmpty(), f.documents(), !measures.isEmpty(), measures,
                !history.isEmpty(), history, previous != null || next != null, findingLink(previous),
                findingLink(next));
    }

    /** A finding's measures as HTML, their links to records relative to the page they are shown on. */
    List<MeasureView> measures(Finding f, String page) {
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
        return new CategoryPage(new Breadcrumb(inspectionCrumbs(c.inspection()), heading(c)), heading(c), c.inspection().title(), intro,
                categoryBar(c, cc), progress(cc), badges.nonZero(cc, c.inspection()),
                msg.format("findingsInCategory", "count", items.size()), !items.isEmpty(), items,
                withheld(site.withheldFindings(c)));
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

    FreePage page(Page p) {
        return new FreePage(p.title(), markdown.block(p.body(), hrefs.on(p.origin(), SitePaths.page(p))));
    }

    /** The sentence that says how many findings are not published; null when none is withheld. */
    String withheld(int count) {
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

    // ---- helpers

    /** The statuses as pages show them, in the site's or an inspection's words. */
    StatusBadges badges() {
        return badges;
    }

    /** The words of the site's inspections. */
    Wording wording() {
        return wording;
    }

    /** The site, for the views of its inspections. */
    Site site() {
        return site;
    }

    /** The interface texts. */
    PageBundle messages() {
        return msg;
    }

    String heading(Category c) {
        String h = headings.get(c);
        if (h == null) {
            throw new IllegalArgumentException("category " + c.id() + " is not one of the site's");
        }
        return h;
    }

    Breadcrumb homeCrumb(String here) {
        return homeCrumb(SUB, here);
    }

    Breadcrumb homeCrumb(String root, String here) {
        return new Breadcrumb(List.of(new Link(root + SitePaths.INDEX, msg.get("navHome"))), here);
    }

    /**
     * The breadcrumb of a page of an inspection's that is not one of its categories or findings
     * (its ledger): 首页 › its page › {@code here} when the site has several, else 首页 › {@code
     * here}.
     */
    Breadcrumb inspectionCrumb(Inspection i, String here) {
        return new Breadcrumb(inspectionCrumbs(i), here);
    }

    /**
     * The way from the home page to a page of an inspection's (a category, a finding), as far as
     * the inspection: 首页 › its page when the site has several, else 首页 alone.
     */
    private List<Link> inspectionCrumbs(Inspection i) {
        List<Link> crumbs = new ArrayList<>(3);
        crumbs.add(new Link(SUB + SitePaths.INDEX, msg.get("navHome")));
        if (site.inspections().size() > 1) {
            crumbs.add(new Link(SUB + SitePaths.inspection(i), i.title()));
        }
        return crumbs;
    }

    private Link findingLink(Finding f) {
        return f == null ? null : new Link(SUB + SitePaths.finding(f), findingTitle(f));
    }

    FindingItem item(Finding f, boolean showCategory) {
        return new FindingItem(SUB + SitePaths.finding(f), f.number(), f.title(), badges.badge(f.status(), f.inspection()),
                showCategory,
                itemCategory(f), date(f.deadline()), iso(f.deadline()), f.isOverdue(site.asOf()));
    }

    /** A finding's category in a list of several categories: with several inspections, whose it is too. */
    private String itemCategory(Finding f) {
        return site.inspections().size() > 1
                ? msg.format("categoryOfInspection", "heading", heading(f.category()), "inspection", f.inspection().title())
                : heading(f.category());
    }

    NoticeItem noticeItem(Notice n, String root, boolean excerpt) {
        return new NoticeItem(root + SitePaths.notice(n), n.title(), msg.date(n.date()), iso(n.date()),
                excerpt ? excerpt(n) : null);
    }

    /** The opening of a notice's text, as a list of notices and the page's description show it. */
    String excerpt(Notice n) {
        return markdown.excerpt(n.body(), EXCERPT_LENGTH);
    }

    String categoryBar(Category c, StatusCounts cc) {
        String label = cc.total() == 0 ? msg.format("categoryChartEmpty", "heading", heading(c))
                : msg.format("categoryChartLabel", "heading", heading(c), "parts", badges.parts(cc, "headlinePart", c.inspection()));
        return Charts.stackedBar(badges.chartParts(cc), label, "chart chart-mini", 12);
    }

    String progress(StatusCounts cc) {
        return msg.format("categoryProgress", "closed", cc.closed(), "total", cc.total());
    }

    String period(Inspection i) {
        if (i.start() != null && i.end() != null) {
            return msg.format("period", "start", msg.date(i.start()), "end", msg.date(i.end()));
        }
        return date(i.start() != null ? i.start() : i.end());
    }

    String date(LocalDate d) {
        return d == null ? null : msg.date(d);
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
