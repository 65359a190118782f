package org.sitegen.internal.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.internal.pages.View.Badge;
import org.sitegen.internal.pages.View.Count;
import org.sitegen.model.Inspection;
import org.sitegen.model.Site;
import org.sitegen.model.Status;
import org.sitegen.model.StatusCounts;

/**
 * The statuses as pages show them, in the site's language: a badge (label and tone) for each
 * status of the site's vocabulary, and for an inspection that names a status otherwise (an
 * audit's 已整改) its own; and counts of statuses as a sentence, as a bar's parts and as a list.
 * Made once per render; thread-safe.
 */
final class StatusBadges {
    private final Site site;
    private final PageBundle msg;
    private final Map<Status, Badge> badges = new HashMap<>();
    /** Badges of statuses an inspection labels otherwise (an audit's 已整改), by inspection. */
    private final Map<Inspection, Map<Status, Badge>> ownBadges = new HashMap<>();

    StatusBadges(Site site, PageBundle msg, Wording wording) {
        this.site = site;
        this.msg = msg;
        for (Status s : site.statuses().statuses()) {
            badges.put(s, new Badge(s.code(), msg.statusLabel(s), Tone.of(s, site.statuses()).cssName()));
        }
        for (Inspection i : site.inspections()) {
            for (Status s : site.statuses().statuses()) {
                String label = wording.statusLabel(s, i);
                if (label != null) {
                    ownBadges.computeIfAbsent(i, k -> new HashMap<>())
                            .put(s, new Badge(s.code(), label, badges.get(s).tone()));
                }
            }
        }
    }

    /** A status in the site's words. */
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

    /** A status as an inspection's pages show it: in its own words where they differ (an audit's 已整改). */
    Badge badge(Status s, Inspection i) {
        Map<Status, Badge> own = ownBadges.get(i);
        Badge b = own == null ? null : own.get(s);
        return b != null ? b : badge(s);
    }

    /** The sentence of the dashboard, e.g. 共23项问题：完成4项，基本完成1项，阶段性完成18项. */
    String headline(StatusCounts counts) {
        return headline(counts, null);
    }

    /** The sentence of a dashboard, the statuses in an inspection's words (null: the site's): 共4项问题：已整改1项…. */
    String headline(StatusCounts counts, Inspection inspection) {
        if (counts.total() == 0) {
            return msg.get("headlineEmpty");
        }
        return msg.format("headline", "total", counts.total(), "parts", parts(counts, "headlinePart", inspection));
    }

    String parts(StatusCounts counts, String key) {
        return parts(counts, key, null);
    }

    /** The counts as text, the statuses in an inspection's words (null: the site's). */
    String parts(StatusCounts counts, String key, Inspection inspection) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Status, Integer> e : counts.asMap().entrySet()) {
            if (e.getValue() > 0) {
                if (sb.length() > 0) {
                    sb.append(msg.get("listSeparator"));
                }
                String label = inspection == null ? label(e.getKey()) : badge(e.getKey(), inspection).label();
                sb.append(msg.format(key, "label", label, "count", e.getValue()));
            }
        }
        return sb.toString();
    }

    /** The counts as the parts of a stacked bar, each in its status's tone. */
    List<Charts.Part> chartParts(StatusCounts counts) {
        List<Charts.Part> parts = new ArrayList<>();
        for (Map.Entry<Status, Integer> e : counts.asMap().entrySet()) {
            parts.add(new Charts.Part(Tone.of(e.getKey(), site.statuses()), e.getValue()));
        }
        return parts;
    }

    List<Count> nonZero(StatusCounts cc) {
        return nonZero(cc, null);
    }

    /** The statuses that have findings, with their counts, in an inspection's words (null: the site's). */
    List<Count> nonZero(StatusCounts cc, Inspection i) {
        List<Count> list = new ArrayList<>();
        for (Map.Entry<Status, Integer> e : cc.asMap().entrySet()) {
            if (e.getValue() > 0) {
                list.add(new Count(i == null ? badge(e.getKey()) : badge(e.getKey(), i), e.getValue()));
            }
        }
        return list;
    }
}
