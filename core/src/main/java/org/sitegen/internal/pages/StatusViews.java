package org.sitegen.internal.pages;

import java.util.ArrayList;
import java.util.List;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.pages.View.FindingItem;
import org.sitegen.internal.pages.View.Link;
import org.sitegen.internal.pages.View.Pager;
import org.sitegen.internal.pages.View.PagerItem;
import org.sitegen.internal.pages.View.StatusPage;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Site;
import org.sitegen.model.Status;
import org.sitegen.model.StatusCounts;

/**
 * The views of the status pages, {@code status/<code>.html}: the site's findings with one status,
 * 1,000 a page, and links to the other statuses. Made once per render, beside {@link
 * ViewFactory}; thread-safe.
 */
final class StatusViews {
    private final ViewFactory views;
    private final Site site;
    private final PageBundle msg;
    private final StatusBadges badges;

    StatusViews(ViewFactory views) {
        this.views = views;
        this.site = views.site();
        this.msg = views.messages();
        this.badges = views.badges();
    }

    /** The title of a status's pages. */
    String title(Status s) {
        return badges.label(s);
    }

    /** Page {@code page} (1-based) of the findings with a status; see {@link SitePaths#status(Status, int)}. */
    StatusPage page(Status s, int page) {
        List<Finding> all = site.findingsWith(s);
        int pages = SitePaths.statusPageCount(all.size());
        int from = (page - 1) * SitePaths.STATUS_PAGE_SIZE;
        int to = Math.min(all.size(), from + SitePaths.STATUS_PAGE_SIZE);
        List<FindingItem> items = new ArrayList<>(to - from);
        for (Finding f : all.subList(from, to)) {
            items.add(views.item(f, true));
        }
        List<Link> others = new ArrayList<>();
        StatusCounts counts = site.statusCounts();
        for (Status o : site.statuses().statuses()) {
            if (!o.equals(s)) {
                others.add(new Link(fileName(o),
                        msg.format("statusWithCount", "label", badges.label(o), "count", counts.count(o))));
            }
        }
        String heading = msg.format("statusWithCount", "label", badges.label(s), "count", all.size());
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
        return new StatusPage(views.homeCrumb(badges.label(s)), heading, otherWords(s), badges.badge(s), others,
                !items.isEmpty(), items, pager);
    }

    /**
     * What the inspections that name a status otherwise call it (an audit's 已整改 for 完成), so
     * that a reader who knows it by their words finds it; null when every one uses the site's.
     */
    private String otherWords(Status s) {
        List<String> words = new ArrayList<>();
        for (Inspection i : site.inspections()) {
            String label = badges.badge(s, i).label();
            if (!label.equals(badges.label(s))) {
                words.add(msg.format("statusInWords", "inspection", i.title(), "label", label));
            }
        }
        return words.isEmpty() ? null : String.join(msg.get("listSeparator"), words);
    }

    private static String fileName(Status s) {
        return s.code() + ".html";
    }
}
