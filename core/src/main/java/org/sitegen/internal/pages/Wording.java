package org.sitegen.internal.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.pages.View.Words;
import org.sitegen.model.Inspection;
import org.sitegen.model.InspectionWords;
import org.sitegen.model.Site;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;

/**
 * The words each inspection's pages use, in the site's language: those its kind gives (巡视组,
 * 巡察组, 审计机关…, from the interface bundle), unless {@code site.yaml} replaces them; and the
 * labels of its statuses where its kind's notices differ (an audit's 已整改). Also the words of
 * the site as a whole: its inspections' noun when they share one (巡视), else their nouns listed.
 * Made once per render; thread-safe.
 */
final class Wording {
    private final PageBundle msg;
    private final Site site;
    private final Map<Inspection, Words> words = new HashMap<>();
    private final String siteNoun;
    private final String contactIntro;

    Wording(Site site, PageBundle msg) {
        this.msg = msg;
        this.site = site;
        Set<String> nouns = new LinkedHashSet<>();
        Set<InspectionWords.Base> bases = new LinkedHashSet<>();
        for (Inspection i : site.inspections()) {
            bases.add(i.words().base());
            Words w = words(i.words());
            words.put(i, w);
            nouns.add(w.noun());
        }
        if (nouns.isEmpty()) {
            nouns.add(msg.get("words.inspection.noun"));
        }
        this.siteNoun = String.join(msg.get("nounSeparator"), nouns);
        this.contactIntro = bases.size() > 1 ? msg.get("contactIntroMixed")
                : msg.get("words." + (bases.isEmpty() ? InspectionWords.Base.INSPECTION : bases.iterator().next()).key()
                        + ".contactIntro");
    }

    /** The invitation to comment, in the words of the site's inspections' kind (巡视整改, 巡察整改…). */
    String contactIntro() {
        return contactIntro;
    }

    private Words words(InspectionWords w) {
        String base = "words." + w.base().key() + ".";
        return new Words(
                w.words().getOrDefault("noun", msg.get(base + "noun")),
                label(w, "inspector", base),
                label(w, "kind", base),
                label(w, "period", base),
                label(w, "feedback", base),
                w.words().containsKey("noun") ? msg.format("wordLabel", "word", w.words().get("noun"))
                        : msg.get(base + "inspection"));
    }

    private String label(InspectionWords w, String key, String base) {
        String own = w.words().get(key);
        return own != null ? msg.format("wordLabel", "word", own) : msg.get(base + key);
    }

    /** The words of an inspection's pages. */
    Words of(Inspection i) {
        Words w = words.get(i);
        return w != null ? w : words(i.words());
    }

    /** What the site's inspections are called together: 巡视, or 巡视、巡察 when they differ. */
    String siteNoun() {
        return siteNoun;
    }

    /**
     * The label a status has on an inspection's pages when it differs from the site's: the one
     * {@code site.yaml} gives, else its kind's (for the default vocabulary); null when it is the
     * site's.
     */
    String statusLabel(Status s, Inspection i) {
        String own = i.words().statusLabels().get(s.code());
        if (own != null) {
            return own;
        }
        if (!site.statuses().equals(StatusVocabulary.defaults())) {
            return null;
        }
        String key = "words." + i.words().base().key() + ".status." + s.code();
        return msg.asMap().get(key);
    }

    /** The inspections, newest first: by start, else end, else feedback; undated ones last, in site.yaml's order. */
    List<Inspection> newestFirst() {
        List<Inspection> list = new ArrayList<>(site.inspections());
        List<Inspection> declared = site.inspections();
        list.sort((a, b) -> {
            java.time.LocalDate da = when(a);
            java.time.LocalDate db = when(b);
            if (da == null || db == null) {
                return da != null ? -1 : db != null ? 1 : Integer.compare(declared.indexOf(a), declared.indexOf(b));
            }
            int c = db.compareTo(da);
            return c != 0 ? c : Integer.compare(declared.indexOf(b), declared.indexOf(a));
        });
        return list;
    }

    private static java.time.LocalDate when(Inspection i) {
        return i.start() != null ? i.start() : i.end() != null ? i.end() : i.feedback();
    }
}
