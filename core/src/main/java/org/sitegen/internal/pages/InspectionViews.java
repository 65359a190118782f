package org.sitegen.internal.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.pages.View.CategoryCard;
import org.sitegen.internal.pages.View.CategoryGroup;
import org.sitegen.internal.pages.View.ChangeGroup;
import org.sitegen.internal.pages.View.Dashboard;
import org.sitegen.internal.pages.View.FindingExtras;
import org.sitegen.internal.pages.View.HomeInspections;
import org.sitegen.internal.pages.View.InspectionCard;
import org.sitegen.internal.pages.View.InspectionPage;
import org.sitegen.internal.pages.View.Link;
import org.sitegen.internal.pages.View.NoticeChanges;
import org.sitegen.internal.pages.View.NoticeItem;
import org.sitegen.internal.pages.View.OutcomeView;
import org.sitegen.internal.pages.View.StatusRow;
import org.sitegen.internal.pages.View.Words;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.Notice;
import org.sitegen.model.Outcomes;
import org.sitegen.model.Site;
import org.sitegen.model.Status;
import org.sitegen.model.StatusCounts;

/**
 * The views of a site that lives for years (issue 13): the page of each inspection, what the home
 * page shows of several inspections, the words and outcomes a finding's page adds, and what each
 * notice changed. Made once per render, beside {@link ViewFactory}; thread-safe.
 */
final class InspectionViews {
    private static final String TOP = ViewFactory.TOP;
    private static final String SUB = ViewFactory.SUB;
    /** The most findings a notice's page lists per change: a notice of 100,000 findings stays a page. */
    static final int MAX_LISTED_CHANGES = 200;

    private final ViewFactory views;
    private final Site site;
    private final PageBundle msg;
    private final Wording wording;
    private final StatusBadges badges;
    private final boolean several;

    InspectionViews(ViewFactory views) {
        this.views = views;
        this.site = views.site();
        this.msg = views.messages();
        this.wording = views.wording();
        this.badges = views.badges();
        this.several = site.inspections().size() > 1;
    }

    /** What the home page adds to its view. */
    HomeInspections home() {
        Words words = site.inspections().isEmpty() ? wording.of(new Inspection("x", "x", null, null, null, null, null))
                : wording.of(site.inspections().get(0));
        String intro = wording.contactIntro();
        List<InspectionCard> cards = new ArrayList<>();
        List<CategoryGroup> groups = new ArrayList<>();
        if (several) {
            for (Inspection i : wording.newestFirst()) {
                StatusCounts counts = site.statusCounts(i);
                List<String> facts = new ArrayList<>();
                if (i.kind() != null) {
                    facts.add(i.kind());
                }
                String period = views.period(i);
                if (period != null) {
                    facts.add(period);
                }
                String href = TOP + SitePaths.inspection(i);
                cards.add(new InspectionCard(href, i.title(), facts.isEmpty() ? null : String.join(" · ", facts),
                        bar(i.title(), counts, i, "chart chart-mini", 12), views.progress(counts),
                        badges.nonZero(counts, i)));
                groups.add(new CategoryGroup(i.id(), i.title(), href, cards(i, TOP)));
            }
        }
        return new HomeInspections(words, intro, several, msg.format("inspectionsHeading", "nouns", wording.siteNoun()),
                cards, groups);
    }

    /** inspections/&lt;id&gt;.html. */
    InspectionPage inspection(Inspection i) {
        StatusCounts counts = site.statusCounts(i);
        List<StatusRow> rows = new ArrayList<>();
        for (Map.Entry<Status, Integer> e : counts.asMap().entrySet()) {
            // the status pages list the whole site's findings: linked only when they are this inspection's
            rows.add(new StatusRow(badges.badge(e.getKey(), i), several ? null : SUB + SitePaths.status(e.getKey()),
                    e.getValue(), Percent.format(e.getValue(), counts.total())));
        }
        String headline = badges.headline(counts, i);
        Dashboard dashboard = new Dashboard(headline,
                Charts.stackedBar(badges.chartParts(counts), headline, "chart chart-bar", 32), rows, counts.total(),
                views.withheld(site.withheldFindings(i)));
        List<OutcomeView> outcomes = outcomes(site.outcomes(i));
        List<NoticeItem> notices = new ArrayList<>();
        List<Notice> ns = site.noticesOf(i);
        for (int k = ns.size() - 1; k >= 0; k--) {
            notices.add(views.noticeItem(ns.get(k), SUB, false));
        }
        return new InspectionPage(views.homeCrumb(i.title()), i.title(), wording.of(i), i.inspector(), i.kind(),
                views.period(i), views.date(i.feedback()), ViewFactory.iso(i.feedback()), dashboard,
                !outcomes.isEmpty(), outcomes, ProgressChart.of(i, views), cards(i, SUB), !notices.isEmpty(), notices);
    }

    /** The document title of an inspection's page. */
    String title(Inspection i) {
        return i.title();
    }

    /** What a finding's page adds to its view. */
    FindingExtras finding(Finding f) {
        List<OutcomeView> outcomes = outcomes(f.outcomes());
        return new FindingExtras(wording.of(f.inspection()).inspection(),
                several ? SUB + SitePaths.inspection(f.inspection()) : null, !outcomes.isEmpty(), outcomes);
    }

    /**
     * What a notice changed: the findings of its inspection with a history entry on its day,
     * grouped by the change (from the entry before it, if any, to it).
     */
    NoticeChanges changes(Notice n) {
        Inspection i = n.inspection();
        Map<String, List<Finding>> byChange = new LinkedHashMap<>();
        Map<String, Status[]> pairs = new LinkedHashMap<>();
        List<Object[]> groupsByObjects = new ArrayList<>();
        Map<List<Finding>, int[]> counts = new java.util.IdentityHashMap<>();
        for (Finding f : site.findingsOf(i)) {
            List<HistoryEntry> history = f.history();
            int at = -1;
            for (int k = 0; k < history.size(); k++) {
                if (history.get(k).date().equals(n.date())) {
                    at = k;
                }
            }
            if (at < 0) {
                continue;
            }
            Status to = history.get(at).status();
            Status from = null;
            for (int k = at - 1; k >= 0 && from == null; k--) {
                if (history.get(k).date().isBefore(n.date())) {
                    from = history.get(k).status();
                }
            }
            // the change's group, found by the statuses' objects first: a notice of 100,000
            // findings must not make a string for each; a group lists its first findings and
            // counts the rest
            Object[] entry = null;
            for (Object[] seen : groupsByObjects) {
                if (seen[0] == from && seen[1] == to) {
                    entry = seen;
                    break;
                }
            }
            if (entry == null) {
                String key = (from == null ? "" : from.code()) + "\u0000" + to.code();
                List<Finding> group = byChange.computeIfAbsent(key, x -> new ArrayList<>());
                pairs.put(key, new Status[] {from, to});
                int[] count = counts.computeIfAbsent(group, x -> new int[1]);
                entry = new Object[] {from, to, group, count};
                groupsByObjects.add(entry);
            }
            @SuppressWarnings("unchecked")
            List<Finding> group = (List<Finding>) entry[2];
            if (group.size() < MAX_LISTED_CHANGES) {
                group.add(f);
            }
            ((int[]) entry[3])[0]++;
        }
        List<String> keys = new ArrayList<>(byChange.keySet());
        List<Status> order = site.statuses().statuses();
        keys.sort((a, b) -> {
            Status[] x = pairs.get(a);
            Status[] y = pairs.get(b);
            int c = Integer.compare(kind(x), kind(y));
            if (c == 0) {
                c = Integer.compare(order.indexOf(x[1]), order.indexOf(y[1]));
            }
            if (c == 0 && x[0] != null && y[0] != null) {
                c = Integer.compare(order.indexOf(x[0]), order.indexOf(y[0]));
            }
            return c;
        });
        List<ChangeGroup> groups = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String key : keys) {
            Status[] p = pairs.get(key);
            List<Finding> fs = byChange.get(key);
            int count = counts.get(fs)[0];
            String to = badges.badge(p[1], i).label();
            String heading = p[0] == null ? msg.format("changeFirst", "count", count, "to", to)
                    : p[0].equals(p[1]) ? msg.format("changeSame", "count", count, "to", to)
                    : msg.format("changeMoved", "count", count, "from", badges.badge(p[0], i).label(), "to", to);
            parts.add(heading);
            List<Link> links = new ArrayList<>();
            for (Finding f : fs.subList(0, Math.min(count, MAX_LISTED_CHANGES))) {
                links.add(new Link(SUB + SitePaths.finding(f), views.findingTitle(f)));
            }
            Link more = count <= MAX_LISTED_CHANGES ? null : new Link(SUB + SitePaths.status(p[1]),
                    msg.format("changeMore", "count", count - MAX_LISTED_CHANGES, "label", badges.badge(p[1], i).label()));
            groups.add(new ChangeGroup(heading, links, more));
        }
        String summary = parts.isEmpty() ? null
                : msg.format("noticeChangesSummary", "parts", String.join(msg.get("listSeparator"), parts));
        return new NoticeChanges(SUB + SitePaths.inspection(i), !groups.isEmpty(), summary, groups);
    }

    /** Moves first, then confirmations, then first reports. */
    private static int kind(Status[] pair) {
        return pair[0] == null ? 2 : pair[0].equals(pair[1]) ? 1 : 0;
    }

    // ---- helpers

    private List<CategoryCard> cards(Inspection i, String root) {
        List<CategoryCard> cards = new ArrayList<>();
        for (Category c : site.categoriesOf(i)) {
            StatusCounts cc = site.statusCounts(c);
            cards.add(new CategoryCard(root + SitePaths.category(c), views.heading(c), views.categoryBar(c, cc),
                    views.progress(cc), badges.nonZero(cc, i)));
        }
        return cards;
    }

    private String parts(StatusCounts counts, Inspection i) {
        return badges.parts(counts, "headlinePart", i);
    }

    private String bar(String title, StatusCounts counts, Inspection i, String cssClass, int height) {
        String label = counts.total() == 0 ? msg.format("categoryChartEmpty", "heading", title)
                : msg.format("categoryChartLabel", "heading", title, "parts", parts(counts, i));
        return Charts.stackedBar(badges.chartParts(counts), label, cssClass, height);
    }

    /** The figures given, each with its label and unit. */
    private List<OutcomeView> outcomes(Outcomes o) {
        List<OutcomeView> list = new ArrayList<>();
        for (String key : Outcomes.KEYS) {
            Number n = o.get(key);
            if (n == null) {
                continue;
            }
            String unit = switch (key) {
                case "accountable", "disciplined" -> "outcomePersons";
                case "rules" -> "outcomeItems";
                default -> "outcomeAmount";
            };
            String value = n instanceof BigDecimal d ? d.toPlainString() : n.toString();
            list.add(new OutcomeView(msg.format("wordLabel", "word", msg.get("outcome." + key)),
                    msg.format(unit, "n", value)));
        }
        return list;
    }
}
