package org.sitegen.internal.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.internal.build.Part;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Measure;
import org.sitegen.model.Notice;
import org.sitegen.model.Page;
import org.sitegen.model.Site;
import org.sitegen.model.Status;
import org.sitegen.model.StatusCounts;

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

    /** A finding page's key, with what it was made of. */
    private record FindingMemo(Finding previous, Finding next, String heading, Object links, Object key) {}

    private final Site site;
    private final ViewFactory views;
    private final Object chrome;
    /** The keys of the previous plan, to hand out again: equal keys the same objects. */
    private PageKeys before;
    private final Map<Finding, FindingMemo> findings = new IdentityHashMap<>();
    private final Map<Finding, Item> items = new IdentityHashMap<>();
    /** Whether a finding's measures may link to a record ({@link #mayLink}), by finding object. */
    private final Map<Finding, Boolean> linking = new IdentityHashMap<>();
    private Object targets;

    /**
     * @param before the keys of the previous plan of the same stage, or null: a finding that is the
     *     same object as then, with the same neighbours and heading, gets the same key object, so
     *     that comparing the two plans costs a reference comparison per page, and planning
     *     100,000 findings makes few new objects
     */
    PageKeys(Site site, ViewFactory views, PageKeys before) {
        this.site = site;
        this.views = views;
        List<Object> nav = new ArrayList<>(site.pages().size());
        for (Page p : site.pages()) {
            nav.add(Part.key(p.id(), p.title()));
        }
        Object fresh = Part.key(nav, site.asOf());
        this.chrome = before != null && before.chrome.equals(fresh) ? before.chrome : fresh;
        this.before = before != null && before.chrome == chrome ? before : null;
    }

    /** Ends the plan: the keys of the previous one are let go, so that plans do not hold on to each other. */
    void planned() {
        before = null;
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
        return Part.key(chrome, site.statusCounts().asMap(), cards, site.latestNotice().orElse(null),
                site.withheldFindings());
    }

    Object finding(Finding f, Finding previous, Finding next) {
        String heading = views.heading(f.category());
        Object links = mayLink(f) ? targets() : null;
        FindingMemo memo = before == null ? null : before.findings.get(f);
        if (memo == null || memo.previous() != previous || memo.next() != next || !memo.heading().equals(heading)
                || memo.links() != links) {
            memo = new FindingMemo(previous, next, heading, links,
                    Part.key(chrome, f, heading, link(previous), link(next), links));
        }
        findings.put(f, memo);
        return memo.key();
    }

    Object category(Category c) {
        return Part.key(chrome, c, views.heading(c), items(site.findingsIn(c)), site.withheldFindings(c),
                mayLink(c.introduction()) ? targets() : null);
    }

    /**
     * Page {@code page} of a ledger (of an inspection, or of the site when null): the findings it
     * lists, each as it is (the ledger shows most of a finding: measures, units, deadline, status,
     * last change), their categories' headings, and the counts of its headline.
     */
    Object ledger(Inspection inspection, int page) {
        List<Finding> all = inspection == null ? site.findings() : site.findingsOf(inspection);
        StatusCounts counts = inspection == null ? site.statusCounts() : site.statusCounts(inspection);
        int from = (page - 1) * SitePaths.LEDGER_PAGE_SIZE;
        int to = Math.min(all.size(), from + SitePaths.LEDGER_PAGE_SIZE);
        List<Finding> shown = all.subList(from, to);
        List<String> headings = new ArrayList<>();
        Category current = null;
        boolean links = false;
        for (Finding f : shown) {
            if (f.category() != current) {
                current = f.category();
                headings.add(views.heading(current));
            }
            links = links || mayLink(f);
        }
        return Part.key(chrome, inspection == null ? null : inspection.id(), page, all.size(), counts.asMap(),
                List.copyOf(shown), headings, links ? targets() : null);
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
        return Part.key(chrome, n, mayLink(n.body()) ? targets() : null);
    }

    Object of(Page p) {
        return Part.key(chrome, p, mayLink(p.body()) ? targets() : null);
    }

    /**
     * Whether a finding's measures may hold a link ({@link #mayLink(String)}): looked at once per
     * finding object, which an edit to another finding leaves as it was, so that planning 100,000
     * findings does not read every measure's text again.
     */
    private boolean mayLink(Finding f) {
        Boolean known = linking.get(f);
        if (known == null && before != null) {
            known = before.linking.get(f);
        }
        if (known == null) {
            known = false;
            for (Measure m : f.measures()) {
                if (mayLink(m.text())) {
                    known = true;
                    break;
                }
            }
        }
        linking.put(f, known);
        return known;
    }

    /**
     * Whether Markdown may hold a link, which could lead to another record's page ({@code
     * ../findings/18.md}, also written percent-escaped): then the page depends on where every
     * record's page is ({@link #targets}). A link needs a {@code ]} (inline or by reference) or a
     * {@code <} (raw HTML); text without either has none.
     */
    private static boolean mayLink(String markdown) {
        return markdown.indexOf(']') >= 0 || markdown.indexOf('<') >= 0;
    }

    /** Where the links of records lead ({@link RecordHrefs#targets}), the same object while equal. */
    private Object targets() {
        if (targets == null) {
            List<String> fresh = RecordHrefs.targets(site);
            targets = before != null && before.targets != null && before.targets.equals(fresh) ? before.targets : fresh;
        }
        return targets;
    }

    /**
     * search.html: the categories it lets one browse and the statuses each inspection names
     * otherwise (for its results' badges); its search index's version is a need of its own.
     */
    Object search() {
        List<Object> categories = new ArrayList<>(site.categories().size());
        for (Category c : site.categories()) {
            categories.add(Part.key(c.id(), views.heading(c), c.inspection().id()));
        }
        return Part.key(chrome, categories, new SearchViews(views).inspectionStatusLabels());
    }

    private List<Item> items(List<Finding> list) {
        List<Item> out = new ArrayList<>(list.size());
        for (Finding f : list) {
            String heading = views.heading(f.category());
            Item item = items.get(f);
            if (item == null && before != null) {
                item = before.items.get(f);
            }
            if (item == null || !item.heading().equals(heading)) {
                item = new Item(f.id(), f.number(), f.title(), f.status(), heading, f.deadline(),
                        f.inspection().id());
            }
            items.put(f, item);
            out.add(item);
        }
        return out;
    }

    private static FindingLink link(Finding f) {
        return f == null ? null : new FindingLink(f.id(), f.number(), f.title());
    }
}
