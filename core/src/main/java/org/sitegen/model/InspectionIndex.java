package org.sitegen.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a site holds for each of its inspections besides its findings: its categories, the notices
 * that report on it, and the results of its rectification.
 */
final class InspectionIndex {
    private final Map<Inspection, List<Category>> categories = new HashMap<>();
    private final Map<Inspection, List<Notice>> notices = new HashMap<>();
    private final Map<Inspection, Outcomes> outcomes = new ConcurrentHashMap<>();
    private final RecordIndex index;

    /** Groups the categories and notices, each list in reading order, by the inspection they answer. */
    InspectionIndex(List<Inspection> inspections, List<Category> categories, List<Notice> notices,
            RecordIndex index) {
        for (Category c : categories) {
            this.categories.computeIfAbsent(c.inspection(), k -> new ArrayList<>()).add(c);
        }
        for (Notice n : notices) {
            this.notices.computeIfAbsent(n.inspection(), k -> new ArrayList<>()).add(n);
        }
        this.index = index;
        for (Inspection i : inspections) {
            this.categories.computeIfAbsent(i, k -> new ArrayList<>());
            this.notices.computeIfAbsent(i, k -> new ArrayList<>());
        }
        this.categories.replaceAll((k, v) -> List.copyOf(v));
        this.notices.replaceAll((k, v) -> List.copyOf(v));
    }

    List<Category> categoriesOf(Inspection inspection) {
        return categories.getOrDefault(inspection, List.of());
    }

    List<Notice> noticesOf(Inspection inspection) {
        return notices.getOrDefault(inspection, List.of());
    }

    /**
     * Each figure the inspection declares as a whole, else the sum of its findings' figures; summed
     * when first asked for (a live preview makes a site for every edit, and most pages never ask).
     */
    Outcomes outcomes(Inspection inspection) {
        List<Finding> findings = index.byInspection.get(inspection);
        if (findings == null) {
            return Outcomes.NONE;
        }
        return outcomes.computeIfAbsent(inspection, i -> {
            Outcomes sum = Outcomes.NONE;
            for (Finding f : findings) {
                sum = sum.plus(f.outcomes());
            }
            return i.outcomes().orElse(sum);
        });
    }
}
