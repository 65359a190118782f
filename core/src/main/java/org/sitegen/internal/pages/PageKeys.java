package org.sitegen.internal.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.internal.build.Part;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Notice;
import org.sitegen.model.Page;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * The {@link Part#key() keys} of a site's pages: for each page, what it shows that the records
 * decide, as values that are equal exactly when the page's bytes are bound to be (see {@link
 * Part}). What {@code site.yaml}, the templates and the interface texts decide (title, issuer,
 * contact, statuses, inspections, base URL) is left out: a change to those remakes every page.
 *
 * <p>Every page has the chrome: the navigation, which lists the free pages, and the as-of date in
 * the footer, which the newest history or notice date sets when {@code site.yaml} does not; the
 * as-of date also decides which findings are overdue.
 */
final class PageKeys {
    /**
     * A finding as lists show it: its link, number, title, status, category heading and deadline,
     * and its inspection (whose words its status is in, and whose title a list of several shows).
     */
    private record Item(String id, int number, String title, Status status, String heading, LocalDate deadline,
            String inspection) {}

    /** A link to a finding, as the previous/next links of a finding page show it. */
    private record FindingLink(String id, int number, String title) {}

    private final Site site;
    private final ViewFactory views;
    private final Object chrome;

    PageKeys(Site site, ViewFactory views) {
        this.site = site;
        this.views = views;
        List<Object> nav = new ArrayList<>(site.pages().size());
        for (Page p : site.pages()) {
            nav.add(Part.key(p.id(), p.title()));
        }
        this.chrome = Part.key(nav, site.asOf());
    }

    /** What every page shows: the key of 404.html, which shows nothing else. */
    Object chrome() {
        return chrome;
    }

    Object index() {
        List<Object> cards = new ArrayList<>(site.categories().size());
        for (Category c : site.categories()) {
            cards.add(Part.key(c.id(), views.heading(c), site.statusCounts(c).asMap()));
        }
        return Part.key(chrome, site.statusCounts().asMap(), cards, site.latestNotice().orElse(null));
    }

    Object finding(Finding f, Finding previous, Finding next) {
        return Part.key(chrome, f, views.heading(f.category()), link(previous), link(next));
    }

    Object category(Category c) {
        return Part.key(chrome, c, views.heading(c), items(site.findingsIn(c)));
    }

    /** Page {@code page} of a status: its findings, and the counts of every status (in its links). */
    Object status(Status s, int page) {
        List<Finding> all = site.findingsWith(s);
        int from = (page - 1) * SitePaths.STATUS_PAGE_SIZE;
        int to = Math.min(all.size(), from + SitePaths.STATUS_PAGE_SIZE);
        return Part.key(chrome, s, page, site.statusCounts().asMap(), items(all.subList(from, to)));
    }

    Object notices() {
        return Part.key(chrome, site.notices());
    }

    Object of(Notice n) {
        return Part.key(chrome, n);
    }

    Object of(Page p) {
        return Part.key(chrome, p);
    }

    /** search.html: the categories it lets one browse; its search index's version is a need of its own. */
    Object search() {
        List<Object> categories = new ArrayList<>(site.categories().size());
        for (Category c : site.categories()) {
            categories.add(Part.key(c.id(), views.heading(c), c.inspection().id()));
        }
        return Part.key(chrome, categories);
    }

    private List<Item> items(List<Finding> findings) {
        List<Item> items = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            items.add(new Item(f.id(), f.number(), f.title(), f.status(), views.heading(f.category()), f.deadline(),
                    f.inspection().id()));
        }
        return items;
    }

    private static FindingLink link(Finding f) {
        return f == null ? null : new FindingLink(f.id(), f.number(), f.title());
    }
}
