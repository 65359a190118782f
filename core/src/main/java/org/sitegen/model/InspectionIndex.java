package org.sitegen.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a site holds for each of its inspections besides its findings: its categories, the notices
 * that report on it, and the results of its rectification.
 */
final class InspectionIndex {
    private final Map<Inspection, List<Category>> categories = new HashMap<>();
    private final Map<Inspection, List<Notice>> notices = new HashMap<>();
    private final Map<Inspection, Outcomes> outcomes = new HashMap<>();

    /** Groups the categories and notices, each list in reading order, by the inspection they answer. */
    InspectionIndex(List<Inspection> inspections, List<Category> categories, List<Notice> notices,
            RecordIndex index) {
        for (Category c : categories) {
            this.categories.computeIfAbsent(c.inspection(), k -> new ArrayList<>()).add(c);
        }
        for (Notice n : notices) {
            this.notices.computeIfAbsent(n.inspection(), k -> new ArrayList<>()).add(n);
        }
        for (Inspection i : inspections) {
            // each figure the inspection declares as a whole, else the sum of its findings' figures
            Outcomes sum = Outcomes.NONE;
            for (Finding f : index.byInspection.get(i)) {
                sum = sum.plus(f.outcomes());
            }
            outcomes.put(i, i.outcomes().orElse(sum));
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

    Outcomes outcomes(Inspection inspection) {
        return outcomes.getOrDefault(inspection, Outcomes.NONE);
    }
}
