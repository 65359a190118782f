package org.sitegen.internal.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.pages.View.Breadcrumb;
import org.sitegen.internal.pages.View.LedgerGroup;
import org.sitegen.internal.pages.View.LedgerPage;
import org.sitegen.internal.pages.View.LedgerRow;
import org.sitegen.internal.pages.View.Link;
import org.sitegen.internal.pages.View.MeasureView;
import org.sitegen.internal.pages.View.Pager;
import org.sitegen.internal.pages.View.PagerItem;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Site;
import org.sitegen.model.StatusCounts;

/**
 * The views of the 整改台账 (rectification ledger): {@code ledger.html}, the site's, and {@code
 * ledger/<inspection>.html}, each inspection's; one printable table, 1,000 rows a page. Made
 * once per render, beside {@link ViewFactory}; thread-safe.
 */
final class LedgerViews {
    private static final String TOP = ViewFactory.TOP;
    private static final String SUB = ViewFactory.SUB;

    private final ViewFactory views;
    private final Site site;
    private final PageBundle msg;

    LedgerViews(ViewFactory views) {
        this.views = views;
        this.site = views.site();
        this.msg = views.messages();
    }

    /** The title of the site's ledger page. */
    String title() {
        return msg.get("ledgerHeading");
    }

    /** The title of an inspection's ledger page. */
    String title(Inspection i) {
        return msg.format("ledgerOf", "inspection", i.title());
    }

    /**
     * Page {@code page} (1-based) of a ledger: the findings of an inspection, or of the whole site
     * when it is null, in reading order, grouped by category; see {@link SitePaths#ledger(int)}.
     */
    LedgerPage page(Inspection inspection, int page) {
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
                        ? msg.format("ledgerGroup", "inspection", current.inspection().title(), "category",
                                views.heading(current))
                        : views.heading(current);
                groups.add(new LedgerGroup(heading, rows));
            }
            rows.add(row(f, root, path(inspection, page)));
        }
        Pager pager = null;
        if (pages > 1) {
            List<PagerItem> numbers = new ArrayList<>(pages);
            for (int p = 1; p <= pages; p++) {
                numbers.add(new PagerItem(root + path(inspection, p), String.valueOf(p), p == page));
            }
            pager = new Pager(page > 1 ? root + path(inspection, page - 1) : null,
                    page < pages ? root + path(inspection, page + 1) : null, numbers,
                    msg.format("pageRange", "from", from + 1, "to", to, "count", all.size()));
        }
        List<Link> others = new ArrayList<>();
        if (inspection != null) {
            others.add(new Link(root + SitePaths.ledger(1), msg.get("ledgerHeading")));
        } else if (several) {
            for (Inspection i : site.inspections()) {
                others.add(new Link(root + SitePaths.ledger(i, 1), title(i)));
            }
        }
        String heading = inspection == null ? title() : title(inspection);
        String scope = inspection == null ? site.title() : inspection.title();
        String caption = site.asOf() == null ? heading
                : msg.format("ledgerCaption", "heading", heading, "date", msg.date(site.asOf()));
        // an inspection's ledger leads through its inspection's page when there are several, as its
        // categories and findings do: 首页 › 区审计局经济责任审计 › 整改台账
        Breadcrumb crumb = inspection != null && several ? views.inspectionCrumb(inspection, msg.get("ledgerHeading"))
                : views.homeCrumb(root, heading);
        return new LedgerPage(crumb, heading, scope, views.badges().headline(counts, inspection),
                caption, !groups.isEmpty(), groups, pager, !others.isEmpty(), others);
    }

    private static String path(Inspection inspection, int page) {
        return inspection == null ? SitePaths.ledger(page) : SitePaths.ledger(inspection, page);
    }

    private LedgerRow row(Finding f, String root, String page) {
        List<MeasureView> measures = views.measures(f, page);
        LocalDate changed = ViewFactory.changed(f);
        return new LedgerRow(root + SitePaths.finding(f), f.number(), f.title(), !measures.isEmpty(), measures,
                !f.units().isEmpty(), f.units(), views.date(f.deadline()), ViewFactory.iso(f.deadline()),
                views.badges().badge(f.status(), f.inspection()), f.isOverdue(site.asOf()), views.date(changed),
                ViewFactory.iso(changed));
    }
}
