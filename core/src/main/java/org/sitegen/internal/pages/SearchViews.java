package org.sitegen.internal.pages;

import java.util.ArrayList;
import java.util.List;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.pages.View.DataAttribute;
import org.sitegen.internal.pages.View.Link;
import org.sitegen.internal.pages.View.SearchPage;
import org.sitegen.internal.text.Json;
import org.sitegen.model.Category;
import org.sitegen.model.Inspection;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * The view of search.html: the interface strings, status labels and tones its scripts read from
 * its data- attributes (with each inspection's own words for a status, for the results' badges),
 * and the categories and statuses it lets one browse. Made beside {@link ViewFactory}; thread-safe.
 */
final class SearchViews {
    private final ViewFactory views;
    private final Site site;
    private final PageBundle msg;
    private final StatusBadges badges;
    private final Wording wording;

    SearchViews(ViewFactory views) {
        this.views = views;
        this.site = views.site();
        this.msg = views.messages();
        this.badges = views.badges();
        this.wording = views.wording();
    }

    /**
     * @param version the search index's version, added to the script's address so that a browser
     *     loads the index of this build; null for none
     */
    SearchPage search(String version) {
        List<DataAttribute> data = new ArrayList<>();
        for (String key : List.of("searching", "no-results", "results-count", "browse-hint", "load-error",
                "filter-status", "filter-category", "filter-inspection", "filter-all", "clear-filters")) {
            // the inspection filter is named as the site's inspections are: 巡视, 巡察, 巡视、审计…
            data.add(new DataAttribute(key, key.equals("filter-inspection") ? wording.siteNoun() : msg.get("search." + key)));
        }
        StringBuilder labels = new StringBuilder("{");
        for (Status s : site.statuses().statuses()) {
            if (labels.length() > 1) {
                labels.append(',');
            }
            labels.append(Json.string(s.code())).append(':').append(Json.string(badges.label(s)));
        }
        data.add(new DataAttribute("status-labels", labels.append('}').toString()));
        StringBuilder tones = new StringBuilder("{");
        for (Status s : site.statuses().statuses()) {
            if (tones.length() > 1) {
                tones.append(',');
            }
            tones.append(Json.string(s.code())).append(':').append(Json.string(badges.badge(s).tone()));
        }
        data.add(new DataAttribute("status-tones", tones.append('}').toString()));
        String own = inspectionStatusLabels();
        if (own != null) {
            data.add(new DataAttribute("inspection-status-labels", own));
        }
        List<Link> browse = new ArrayList<>();
        for (Category c : site.categories()) {
            browse.add(new Link(SitePaths.category(c), views.heading(c)));
        }
        for (Status s : site.statuses().statuses()) {
            browse.add(new Link(SitePaths.status(s), badges.label(s)));
        }
        return new SearchPage(data, browse, version);
    }

    /**
     * The statuses each inspection names otherwise than the site, as search.html gives them to its
     * script for the results' badges: {@code {"2024-audit": {"completed": "已整改", …}}}, in the
     * site's language; null when no inspection names any so.
     */
    String inspectionStatusLabels() {
        StringBuilder json = new StringBuilder("{");
        for (Inspection i : site.inspections()) {
            StringBuilder own = new StringBuilder();
            for (Status s : site.statuses().statuses()) {
                String label = wording.statusLabel(s, i);
                if (label != null) {
                    own.append(own.length() > 0 ? "," : "").append(Json.string(s.code())).append(':')
                            .append(Json.string(label));
                }
            }
            if (own.length() > 0) {
                json.append(json.length() > 1 ? "," : "").append(Json.string(i.id())).append(":{").append(own).append('}');
            }
        }
        return json.length() > 1 ? json.append('}').toString() : null;
    }
}
