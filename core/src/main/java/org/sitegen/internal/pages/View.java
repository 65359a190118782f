package org.sitegen.internal.pages;

import java.util.List;
import java.util.Map;

/**
 * What the templates see: one record per kind of page, and the small parts they share. Values
 * are plain text (the templates escape them) except fields named {@code …Html} or {@code …Svg},
 * which the renderer made safe and the templates write as they are.
 */
final class View {
    private View() {}

    /**
     * The parts of every page: language, the path back to the site's root ({@code ""} or {@code
     * "../"}), title, navigation and footer. Names differ from those of the page views, which
     * take precedence in the templates ({@code siteIssuer}, not {@code issuer}). No other view may
     * have a {@code msg}: the templates are compiled with {@code {{msg.key}}} written in (see
     * {@link TemplateSet#compile(java.nio.file.Path, Map)}).
     */
    record Chrome(
            String lang,
            String root,
            String documentTitle,
            String siteTitle,
            Map<String, String> msg,
            List<NavItem> nav,
            String siteIssuer,
            ContactView footerContact,
            String asOf,
            String asOfIso,
            String baseHref,
            List<Meta> meta,
            String pageDate,
            String pageDateIso,
            IdentityView identity) {}

    /** A {@code <meta name content>} of the government meta set. */
    record Meta(String name, String content) {}

    /**
     * The identity footer of a government website; absent parts are null. {@code …Href} are the
     * links, {@code …Image} the images' paths under {@code assets/}.
     */
    record IdentityView(
            String sponsor,
            String organizer,
            String siteCode,
            String icp,
            String icpHref,
            String publicSecurity,
            String publicSecurityHref,
            String publicSecurityIcon,
            boolean hasBadges,
            String conacHref,
            String conacImage,
            String errorReportHref,
            String errorReportImage) {}

    /** An entry of the main navigation. */
    record NavItem(String href, String label, boolean current) {}

    /** A link with its text. */
    record Link(String href, String label) {}

    /** Where a page sits: the links above it, and its own name. */
    record Breadcrumb(List<Link> crumbs, String here) {}

    /**
     * The contact details; absent parts are null. {@code emailHref} is the e-mail address as a
     * {@code mailto:} URL: percent-encoded, so that whatever site.yaml holds, the attribute is a
     * valid URL.
     */
    record ContactView(String phone, String address, String postcode, String email, String emailHref) {
        /** The contact details, with the e-mail address's URL made once for every page's footer. */
        static ContactView of(String phone, String address, String postcode, String email) {
            return new ContactView(phone, address, postcode, email,
                    email == null ? null : "mailto:" + org.sitegen.internal.build.SitePaths.encode(email));
        }
    }

    /** A status as shown: its text, and its colour as a CSS tone. */
    record Badge(String code, String label, String tone) {}

    /** A finding in a list. */
    record FindingItem(
            String href,
            int number,
            String title,
            Badge status,
            boolean showCategory,
            String categoryHeading,
            String deadline,
            String deadlineIso,
            boolean overdue) {}

    /** A status with the number of findings that have it. */
    record Count(Badge status, int count) {}

    /** index.html. */
    record IndexPage(
            List<InspectionView> inspections,
            Dashboard dashboard,
            List<CategoryCard> categories,
            NoticeItem latestNotice,
            ContactView contact) {}

    /** An inspection, with its dates as the language writes them and its ledger; absent parts are null. */
    record InspectionView(
            String id, String title, String inspector, String kind, String period, String feedback,
            String feedbackIso, String ledgerHref) {}

    /** The progress of the whole site. */
    record Dashboard(String headline, String chartSvg, List<StatusRow> rows, int total, String withheld) {}

    /** A row of the dashboard's table. */
    record StatusRow(Badge status, String href, int count, String percent) {}

    /** A category on the index, with its progress. */
    record CategoryCard(String href, String heading, String barSvg, String progress, List<Count> counts) {}

    /** A notice in a list. */
    record NoticeItem(String href, String title, String date, String dateIso, String excerpt) {}

    /** findings/&lt;id&gt;.html. */
    record FindingPage(
            Breadcrumb breadcrumb,
            int number,
            String title,
            Badge status,
            boolean overdue,
            String categoryHref,
            String categoryHeading,
            String inspection,
            boolean hasUnits,
            List<String> units,
            String deadline,
            String deadlineIso,
            boolean hasDocuments,
            List<String> documents,
            boolean hasMeasures,
            List<MeasureView> measures,
            boolean hasHistory,
            List<HistoryView> history,
            boolean hasPager,
            Link previous,
            Link next) {}

    /** A measure, rendered. */
    record MeasureView(int number, String html) {}

    /** A dated status of a finding's history. */
    record HistoryView(String date, String dateIso, Badge status, String note) {}

    /** categories/&lt;id&gt;.html. */
    record CategoryPage(
            Breadcrumb breadcrumb,
            String heading,
            String inspection,
            String introHtml,
            String barSvg,
            String progress,
            List<Count> counts,
            String findingsHeading,
            boolean hasFindings,
            List<FindingItem> findings,
            String withheld) {}

    /**
     * status/&lt;code&gt;.html. {@code otherWords}: how the inspections that name the status
     * otherwise call it (区审计局经济责任审计中称“已整改”), or null.
     */
    record StatusPage(
            Breadcrumb breadcrumb,
            String heading,
            String otherWords,
            Badge status,
            List<Link> others,
            boolean hasFindings,
            List<FindingItem> findings,
            Pager pager) {}

    /** Links between the pages of a long list; previous and next are null at the ends. */
    record Pager(String previous, String next, List<PagerItem> pages, String range) {}

    /** One page number of a pager. */
    record PagerItem(String href, String number, boolean current) {}

    /** notices.html. */
    record NoticesPage(boolean hasNotices, List<NoticeItem> notices) {}

    /** notices/&lt;id&gt;.html. */
    record NoticePage(
            Breadcrumb breadcrumb, String title, String date, String dateIso, String issuer, String inspection,
            String bodyHtml, boolean hasAttachments, List<AttachmentView> attachments, DisclosureView disclosure) {}

    /** A file a notice lists, with its type and size as the page shows them. */
    record AttachmentView(String href, String title, String details) {}

    /** The 信息公开 block of a notice; absent parts are null. */
    record DisclosureView(
            String indexNumber,
            String subject,
            String publisher,
            String written,
            String writtenIso,
            String documentNumber,
            String published,
            String publishedIso) {}

    /**
     * A 整改台账 page: the findings of the site or of one inspection in one table, grouped by
     * category; {@code pager} is null when the ledger fits one page.
     */
    record LedgerPage(
            Breadcrumb breadcrumb,
            String heading,
            String scope,
            String headline,
            String caption,
            boolean hasRows,
            List<LedgerGroup> groups,
            Pager pager,
            boolean hasOthers,
            List<Link> others) {}

    /** The rows of one category in a ledger, under its heading. */
    record LedgerGroup(String heading, List<LedgerRow> rows) {}

    /** A finding as a row of a ledger. */
    record LedgerRow(
            String href,
            int number,
            String title,
            boolean hasMeasures,
            List<MeasureView> measures,
            boolean hasUnits,
            List<String> units,
            String deadline,
            String deadlineIso,
            Badge status,
            boolean overdue,
            String statusDate,
            String statusDateIso) {}

    /** pages/&lt;id&gt;.html. */
    record FreePage(String title, String bodyHtml) {}

    /** search.html: the texts the search script shows, and links to browse without it. */
    /**
     * search.html: the interface strings for the script, the browse links shown without script, and
     * the version of the search index, or null when no index was written.
     */
    record SearchPage(List<DataAttribute> data, List<Link> browse, String version) {}

    /** A {@code data-} attribute of the search page, read by the search script. */
    record DataAttribute(String name, String value) {}

    /** 404.html. */
    record NotFoundPage() {}

    // ---- issue 13: several inspections, their words and their progress between notices

    /**
     * The words an inspection's pages use for it, each as a label where it labels a fact (巡察组：):
     * {@code noun} (巡察), {@code inspector}, {@code kind}, {@code period}, {@code feedback}, and
     * {@code inspection}, which labels the inspection a finding answers (巡察：).
     */
    record Words(String noun, String inspector, String kind, String period, String feedback, String inspection) {}

    /**
     * What the home page adds to {@link IndexPage}, given as a scope of its own: the words of the
     * site's inspection (of the first, when there are several), the contact invitation in those
     * words, and, when the site has more than one inspection, the inspections newest first and the
     * categories under their inspection.
     */
    record HomeInspections(
            Words words,
            String contactIntro,
            boolean several,
            String inspectionsHeading,
            List<InspectionCard> cards,
            List<CategoryGroup> categoryGroups) {}

    /** An inspection on the home page: its page, when and what it was, and its completion. */
    record InspectionCard(String href, String title, String facts, String barSvg, String progress, List<Count> counts) {}

    /** The categories of one inspection, under its title, on the home page. */
    record CategoryGroup(String id, String title, String href, List<CategoryCard> categories) {}

    /** What a finding's page adds to {@link FindingPage}: the inspection's word and page, its outcomes. */
    record FindingExtras(String inspectionLabel, String inspectionHref, boolean hasOutcomes, List<OutcomeView> outcomes) {}

    /** One outcome figure, e.g. 问责 / 12 人. */
    record OutcomeView(String label, String value) {}

    /**
     * What a notice's page adds to {@link NoticePage}: its inspection's page, and what it changed —
     * the history entries of its inspection's findings dated on its day, grouped by change.
     */
    record NoticeChanges(String inspectionHref, boolean hasChanges, String summary, List<ChangeGroup> groups) {}

    /**
     * The findings a notice moved from one status to another, e.g. 13 项由阶段性完成变为完成; on a
     * large site only the first of them, then {@code more} says how many are not listed and links
     * the findings that have the status now (null when all are listed).
     */
    record ChangeGroup(String heading, List<Link> findings, Link more) {}

    /** inspections/&lt;id&gt;.html. */
    record InspectionPage(
            Breadcrumb breadcrumb,
            String title,
            Words words,
            String inspector,
            String kind,
            String period,
            String feedback,
            String feedbackIso,
            Dashboard dashboard,
            boolean hasOutcomes,
            List<OutcomeView> outcomes,
            Progress progress,
            List<CategoryCard> categories,
            boolean hasNotices,
            List<NoticeItem> notices) {}

    /** Completion over time: a chart of the status shares at each notice, and the same as a table. */
    record Progress(String chartSvg, List<String> columns, List<ProgressRow> rows) {}

    /** One notice's date in the progress table: the count per column, and the share closed. */
    record ProgressRow(String date, String dateIso, List<String> cells, String rate) {}
}
