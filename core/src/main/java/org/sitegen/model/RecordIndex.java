package org.sitegen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A site's records by id, and its findings grouped by category, status and inspection, each group
 * in reading order; what {@link Site#finding(String)}, {@link Site#findingsIn(Category)} and the
 * like look up.
 */
final class RecordIndex {
    final Map<String, Finding> findingsById = new HashMap<>();
    final Map<String, Category> categoriesById = new HashMap<>();
    final Map<String, Inspection> inspectionsById = new HashMap<>();
    final Map<Category, List<Finding>> byCategory = new HashMap<>();
    final Map<Status, List<Finding>> byStatus = new HashMap<>();
    final Map<Inspection, List<Finding>> byInspection = new HashMap<>();

    /**
     * Indexes the records, each list already in reading order.
     *
     * @throws IllegalArgumentException if a finding id repeats
     */
    RecordIndex(List<Inspection> inspections, List<Category> categories, StatusVocabulary statuses,
            List<Finding> findings) {
        for (Inspection i : inspections) {
            inspectionsById.put(i.id(), i);
            byInspection.put(i, new ArrayList<>());
        }
        for (Category c : categories) {
            categoriesById.put(c.id(), c);
            byCategory.put(c, new ArrayList<>());
        }
        for (Status s : statuses.statuses()) {
            byStatus.put(s, new ArrayList<>());
        }
        for (Finding f : findings) {
            if (findingsById.putIfAbsent(f.id(), f) != null) {
                throw new IllegalArgumentException("finding id '" + f.id() + "' is not unique");
            }
            byCategory.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
            byStatus.computeIfAbsent(f.status(), k -> new ArrayList<>()).add(f);
            byInspection.computeIfAbsent(f.inspection(), k -> new ArrayList<>()).add(f);
        }
        freeze(byCategory);
        freeze(byStatus);
        freeze(byInspection);
    }

    private static <K> void freeze(Map<K, List<Finding>> map) {
        map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    }
}
