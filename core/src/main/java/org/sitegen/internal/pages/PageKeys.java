package org.sitegen.internal.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitegen.internal.build.Part;
import org.sitegen.internal.build.SameEnds;
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

    /**
     * The paths and keys of a category's pages, its findings' and its own, with what they were
     * made of: the next plan hands them out again, as the same objects, for what is the same.
     */
    static final class CategoryPages {
        private final Category category;
        private final String heading;
        private final int withheld;
        private final Finding[] findings;
        /** Whether each finding's measures may link to a record ({@link #mayLink(String)}). */
        private final boolean[] linking;
        /** Where records' links lead, when a page of the category may link; else null. */
        private final Object links;
        private final String[] paths;
        private final Object[] keys;
        private final Object key;
        /** The parts of its finding pages, made by the stage ({@link PartMaker}). */
        private final Part[] parts;

        private CategoryPages(Category category, String heading, int withheld, Finding[] findings, boolean[] linking,
                Object links, String[] paths, Object[] keys, Object key) {
            this.category = category;
            this.heading = heading;
            this.withheld = withheld;
            this.findings = findings;
            this.linking = linking;
            this.links = links;
            this.paths = paths;
            this.keys = keys;
            this.key = key;
            this.parts = new Part[findings.length];
        }

        /** The category's finding {@code i} in reading order, or null before the first and after the last. */
        Finding finding(int i) {
            return i >= 0 && i < findings.length ? findings[i] : null;
        }

        /** The parts of its finding pages, in reading order. */
        List<Part> parts() {
            return java.util.Arrays.asList(parts);
        }

        /** The path of the page of the category's finding {@code i}, in reading order. */
        String path(int i) {
            return paths[i];
        }

        /** The key of the page of the category's finding {@code i}. */
        Object key(int i) {
            return keys[i];
        }

        /** The key of the category's page, with its facts. */
        Object key() {
            return key;
        }

    }

    private final Site site;
    private final ViewFactory views;
    private final Object chrome;
    /** The keys of the previous plan, to hand out again: equal keys the same objects. */
    private PageKeys before;
    /** Makes the part of a finding page: its path and key, and how it is rendered. */
    @FunctionalInterface
    interface PartMaker {
        Part part(CategoryPages pages, int i);
    }

    /** Each category's pages, by category id. */
    private final Map<String, CategoryPages> categories = new HashMap<>();
    /** Whether a finding's measures may link to a record ({@link #mayLink}), by finding object. */
    private final Map<Finding, Boolean> linking;
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
        this.linking = new IdentityHashMap<>();
        List<Object> nav = new ArrayList<>(site.pages().size());
        for (Page p : site.pages()) {
            nav.add(Part.key(p.id(), p.title()));
        }
        Object fresh = Part.key(nav, site.asOf());
        this.chrome = before != null && before.chrome.equals(fresh) ? before.chrome : fresh;
        this.before = before != null && before.chrome == chrome ? before : null;
        List<Object> shown = new ArrayList<>(site.categories().size());
        for (Category c : site.categories()) {
            shown.add(c);
            shown.add(views.heading(c));
        }
        this.headings = this.before != null && this.before.headings.equals(shown) ? this.before.headings : shown;
    }

    /**
     * The categories and their headings, the same object as in the previous plan while equal: a
     * page that lists the same finding objects as then, with the same headings, is the same.
     */
    private final List<Object> headings;

    /** What a page that lists findings listed, and its key, for the next plan. */
    private record Listing(Finding[] findings, boolean links, Object rest, Object key) {}

    /** The pages that list findings (status pages, ledgers), by path. */
    private final Map<String, Listing> listings = new HashMap<>();

    /** What a list of findings was, and the newest history date in it ({@link #newest}). */
    private record Dated(Finding[] findings, LocalDate newest) {}

    private final Map<String, Dated> dated = new HashMap<>();

    /**
     * The key of a page that lists findings: the previous plan's when it listed the same finding
     * objects and all else its key holds ({@code rest}, with the headings) is equal, so that an edit
     * to one finding remakes the keys of the pages that list it, not of every page.
     *
     * @param anyLinks whether a finding shown may link to a record (when the page shows measures)
     * @param rest what the key holds besides the chrome and the findings as listed; made with
     *     whether a finding shown may link to a record
     * @param key makes the key
     */
    private Object listing(String path, List<Finding> shown, Supplier<Boolean> anyLinks, Function<Boolean, Object> rest,
            BiFunction<Boolean, Object, Object> key) {
        Listing old = before == null ? null : before.listings.get(path);
        Finding[] now;
        boolean links;
        if (old != null && sameObjects(old.findings(), shown)) {
            now = old.findings();
            links = old.links();
        } else {
            old = null;
            now = shown.toArray(new Finding[0]);
            links = anyLinks.get();
        }
        Object r = Part.key(headings, rest.apply(links));
        Listing made = old != null && old.rest().equals(r) ? old : new Listing(now, links, r, key.apply(links, r));
        listings.put(path, made);
        if (made == old && before.itemRuns.containsKey(path)) {
            itemRuns.put(path, before.itemRuns.get(path)); // for the next plan's items of this page
        }
        return made.key();
    }

    /**
     * The newest history date of a list of findings, named (e.g. by a status's code) so that the
     * next plan finds it: when the list holds mostly the same objects as in the previous plan, only
     * the findings that differ are looked at (a preview of 100,000 findings dates its pages at
     * every edit). Null when none has a date.
     */
    synchronized LocalDate newest(String name, List<Finding> list) {
        Dated old = before == null ? null : before.dated.get(name);
        Finding[] now = list.toArray(new Finding[0]);
        LocalDate newest;
        if (old == null) {
            newest = newest(now, 0, now.length);
        } else {
            SameEnds same = SameEnds.of(old.findings(), now);
            if (same.all()) {
                dated.put(name, old);
                return old.newest();
            }
            LocalDate removed = newest(old.findings(), same.head(), same.wasEnd());
            if (removed != null && old.newest() != null && !removed.isBefore(old.newest())) {
                newest = newest(now, 0, now.length); // the newest may have gone
            } else {
                newest = later(old.newest(), newest(now, same.head(), same.nowEnd()));
            }
        }
        dated.put(name, new Dated(now, newest));
        return newest;
    }

    private static LocalDate newest(Finding[] findings, int from, int to) {
        LocalDate newest = null;
        for (int i = from; i < to; i++) {
            newest = later(newest, ViewFactory.changed(findings[i]));
        }
        return newest;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    /** Ends the plan: the keys of the previous one are let go, so that plans do not hold on to each other. */
    void planned() {
        for (Column c : columns.values()) {
            // what the previous plan found of each finding is carried on, then the plan let go
            if (c.old != null) {
                if (c.old.categories != null) {
                    c.categories();
                }
                if (c.old.links != null) {
                    c.anyLinks(0, 0);
                }
                if (c.old.items != null) {
                    c.items();
                }
                c.old = null;
            }
        }
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

    /**
     * The paths and keys of a category's pages. A finding page's key holds the chrome, the finding,
     * its category's heading, its neighbours' links, and where records' links lead when its
     * measures may link to one; its facts ({@code PageFactsFactory#of(Finding)}) and its
     * inspection's extras ({@code InspectionViews#finding}) are made of the finding itself, the
     * chrome's as-of date and what site.yaml and the inspections decide, so the key holds them too.
     *
     * <p>When the category, its heading, its count of withheld findings and its findings are the
     * same objects as in the previous plan (and where links lead, if a page may link), its pages are
     * those of the previous plan: an edit to one finding of 100,000 looks at the findings of its
     * own category, not at every finding. Else each finding page whose finding, neighbours and
     * heading are the same objects keeps its key and path.
     *
     * @param facts the category page's facts
     */
    CategoryPages pages(Category c, Supplier<Object> facts, PartMaker maker) {
        List<Finding> list = site.findingsIn(c);
        String heading = views.heading(c);
        int withheld = site.withheldFindings(c);
        CategoryPages old = before == null ? null : before.categories.get(c.id());
        if (old != null && old.category == c && old.heading.equals(heading) && old.withheld == withheld
                && sameObjects(old.findings, list) && (old.links == null || old.links == targets())) {
            categories.put(c.id(), old);
            ItemRun run = before.itemRuns.get("c:" + c.id());
            if (run != null) {
                itemRuns.put("c:" + c.id(), run);
            }
            return old;
        }
        Finding[] fs = list.toArray(new Finding[0]);
        Map<Finding, Integer> was = new IdentityHashMap<>(old == null ? 0 : old.findings.length);
        if (old != null) {
            for (int j = 0; j < old.findings.length; j++) {
                was.put(old.findings[j], j);
            }
        }
        boolean introLinks = mayLink(c.introduction());
        boolean any = introLinks;
        boolean[] linking = new boolean[fs.length];
        for (int i = 0; i < fs.length; i++) {
            Integer j = was.get(fs[i]);
            linking[i] = j != null ? old.linking[j] : mayLink(fs[i]);
            any |= linking[i];
        }
        Object links = any ? targets() : null;
        String[] paths = new String[fs.length];
        Object[] keys = new Object[fs.length];
        int[] reused = new int[fs.length];
        java.util.Arrays.fill(reused, -1);
        for (int i = 0; i < fs.length; i++) {
            Finding f = fs[i];
            Finding previous = i > 0 ? fs[i - 1] : null;
            Finding next = i + 1 < fs.length ? fs[i + 1] : null;
            Integer j = was.get(f);
            if (j != null && old.heading.equals(heading) && old.finding(j - 1) == previous
                    && old.finding(j + 1) == next && (!linking[i] || old.links == links)) {
                paths[i] = old.paths[j];
                keys[i] = old.keys[j];
                reused[i] = j;
            } else {
                paths[i] = j != null ? old.paths[j] : SitePaths.finding(f);
                keys[i] = Part.key(chrome, f, heading, link(previous), link(next), linking[i] ? links : null);
            }
        }
        Object key = Part.key(Part.key(chrome, c, heading, items("c:" + c.id(), list), withheld, introLinks ? links : null), facts.get());
        CategoryPages made = new CategoryPages(c, heading, withheld, fs, linking, links, paths, keys, key);
        for (int i = 0; i < fs.length; i++) {
            // a page with the same path and key as then keeps its part (which renders with the
            // stage's current views, so it holds no views of its own)
            made.parts[i] = reused[i] >= 0 ? old.parts[reused[i]] : maker.part(made, i);
        }
        categories.put(c.id(), made);
        return made;
    }

    /** Whether a list holds the same objects as an array, in the same order. */
    private static boolean sameObjects(Finding[] array, List<Finding> list) {
        if (array.length != list.size()) {
            return false;
        }
        for (int i = 0; i < array.length; i++) {
            if (array[i] != list.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Page {@code page} of a ledger (of an inspection, or of the site when null): the findings it
     * lists, each as it is (the ledger shows most of a finding: measures, units, deadline, status,
     * last change), their categories' headings, and the counts of its headline.
     */
    Object ledger(Inspection inspection, int page, Supplier<Object> facts) {
        List<Finding> all = inspection == null ? site.findings() : site.findingsOf(inspection);
        StatusCounts counts = inspection == null ? site.statusCounts() : site.statusCounts(inspection);
        int from = (page - 1) * SitePaths.LEDGER_PAGE_SIZE;
        int to = Math.min(all.size(), from + SitePaths.LEDGER_PAGE_SIZE);
        List<Finding> shown = all.subList(from, to);
        String id = inspection == null ? null : inspection.id();
        Column column = column(inspection == null ? "ledger" : "ledger:" + id, all);
        return listing(inspection == null ? SitePaths.ledger(page) : SitePaths.ledger(inspection, page), shown,
                () -> column.anyLinks(from, to),
                links -> Part.key(all.size(), counts.asMap(), facts.get(), links ? targets() : null),
                (links, rest) -> {
                    Category[] categories = column.categories();
                    List<String> headings = new ArrayList<>();
                    Category current = null;
                    for (int i = from; i < to; i++) {
                        if (categories[i] != current) {
                            current = categories[i];
                            headings.add(views.heading(current));
                        }
                    }
                    return Part.key(chrome, id, page, List.copyOf(shown), headings, rest);
                });
    }

    /** Page {@code page} of a status: its findings, and the counts of every status (in its links). */
    Object status(Status s, int page, Supplier<Object> facts) {
        List<Finding> all = site.findingsWith(s);
        int from = (page - 1) * SitePaths.STATUS_PAGE_SIZE;
        int to = Math.min(all.size(), from + SitePaths.STATUS_PAGE_SIZE);
        List<Finding> shown = all.subList(from, to);
        Column column = column("status:" + s.code(), all);
        return listing(SitePaths.status(s, page), shown, () -> false,
                links -> Part.key(site.statusCounts().asMap(), facts.get()),
                (links, rest) -> Part.key(chrome, s, page, java.util.Arrays.asList(column.items()).subList(from, to), rest));
    }

    /**
     * A whole list of findings that pages show a page at a time (a status's, a ledger's), with what
     * those pages need of each finding, found once per plan: from the previous plan's list where
     * the findings are the same objects at the same place from its start or end, so that a finding
     * added early in a list, which moves every later page by a row, costs a look at that finding.
     */
    private final class Column {
        private final Finding[] findings;
        /** The previous plan's column of the same name; let go when the plan ends ({@link #planned}). */
        private Column old;
        private final SameEnds same;
        private Category[] categories;
        private boolean[] links;
        private Item[] items;

        Column(Finding[] findings, Column old) {
            this.findings = findings;
            this.old = old;
            this.same = old == null ? null : SameEnds.of(old.findings, findings);
        }

        /** The place in the old list of the finding at {@code i}, when it is known to be the same there; else -1. */
        private int was(int i) {
            return old == null ? -1 : same.was(i);
        }

        Category[] categories() {
            if (categories == null) {
                Category[] c = new Category[findings.length];
                Category[] before = old == null ? null : old.categories;
                for (int i = 0; i < c.length; i++) {
                    int j = was(i);
                    c[i] = j >= 0 ? before[j] : findings[i].category();
                }
                categories = c;
            }
            return categories;
        }

        boolean anyLinks(int from, int to) {
            if (links == null) {
                boolean[] l = new boolean[findings.length];
                boolean[] before = old == null ? null : old.links;
                for (int i = 0; i < l.length; i++) {
                    int j = was(i);
                    l[i] = j >= 0 ? before[j] : mayLink(findings[i]);
                }
                links = l;
            }
            for (int i = from; i < to; i++) {
                if (links[i]) {
                    return true;
                }
            }
            return false;
        }

        /** Each finding as a list shows it; the old items only while the headings are as they were. */
        Item[] items() {
            if (items == null) {
                Item[] it = new Item[findings.length];
                PageKeys previous = PageKeys.this.before;
                Item[] kept = old == null || previous == null || previous.headings != headings ? null : old.items;
                for (int i = 0; i < it.length; i++) {
                    int j = kept == null ? -1 : was(i);
                    it[i] = j >= 0 ? kept[j] : item(findings[i]);
                }
                items = it;
            }
            return items;
        }
    }

    /** Each whole list of findings shown a page at a time, by name, for this plan and the next. */
    private final Map<String, Column> columns = new HashMap<>();

    private Column column(String name, List<Finding> list) {
        Column c = columns.get(name);
        if (c == null) {
            c = new Column(list.toArray(new Finding[0]), before == null ? null : before.columns.get(name));
            columns.put(name, c);
        }
        return c;
    }

    private Item item(Finding f) {
        return new Item(f.id(), f.number(), f.title(), f.status(), views.heading(f.category()), f.deadline(),
                f.inspection().id());
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

    /**
     * Where the links of records lead ({@link RecordHrefs#targets}), as a value that stays the same
     * object while they lead to the same pages: the previous plan's when the categories, notices
     * and pages lead where they did and the findings are the same objects, or between an
     * unchanged head and tail have the same files and ids; else a new one. A site of 100,000
     * findings with one link would otherwise list every record's page at every edit.
     */
    private Object targets() {
        if (targets == null) {
            Finding[] now = site.findings().toArray(new Finding[0]);
            List<String> others = RecordHrefs.otherTargets(site);
            if (before != null && before.targets != null && others.equals(before.otherTargets)
                    && sameTargets(before.targetFindings, now)) {
                targets = before.targets;
            } else {
                // a new value, equal to no other: the keys that hold it change, which is all it is for
                targets = new Object();
            }
            targetFindings = now;
            otherTargets = others;
        }
        return targets;
    }

    /** The findings when {@link #targets} was found, and the targets of the other records. */
    private Finding[] targetFindings;
    private List<String> otherTargets;

    /** Whether two lists of findings have the same files and ids, in the same order. */
    private static boolean sameTargets(Finding[] was, Finding[] now) {
        if (was.length != now.length) {
            return false;
        }
        SameEnds same = SameEnds.of(was, now);
        for (int i = same.head(); i < same.nowEnd(); i++) {
            if (!was[i].id().equals(now[i].id()) || !was[i].origin().file().equals(now[i].origin().file())) {
                return false;
            }
        }
        return true;
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

    /** A list of findings as a page showed them, for the next plan. */
    private record ItemRun(Finding[] findings, List<Item> items) {}

    /** The lists of findings shown, by the page that shows them. */
    private final Map<String, ItemRun> itemRuns = new HashMap<>();

    /**
     * A list of findings as a page shows them: the previous plan's items where the page showed the
     * same finding objects at the same place from its start or its end, and the headings are as
     * they were; the others are made.
     */
    private List<Item> items(String page, List<Finding> list) {
        ItemRun old = before == null || before.headings != headings ? null : before.itemRuns.get(page);
        Finding[] now = list.toArray(new Finding[0]);
        SameEnds same = old == null ? null : SameEnds.of(old.findings(), now);
        List<Item> out = new ArrayList<>(now.length);
        for (int i = 0; i < now.length; i++) {
            int j = same == null ? -1 : same.was(i);
            out.add(j >= 0 ? old.items().get(j) : item(now[i]));
        }
        itemRuns.put(page, new ItemRun(now, out));
        return out;
    }

    private static FindingLink link(Finding f) {
        return f == null ? null : new FindingLink(f.id(), f.number(), f.title());
    }
}
