package org.sitegen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many findings have each status: over the whole site, in each of its categories and in each
 * of its inspections; all zero for a category or inspection of another site.
 */
final class StatusTallies {
    private final StatusVocabulary statuses;
    private final StatusCounts all;
    private final Map<Category, StatusCounts> byCategory = new HashMap<>();
    private final Map<Inspection, StatusCounts> byInspection = new HashMap<>();

    StatusTallies(StatusVocabulary statuses, List<Inspection> inspections, List<Category> categories,
            List<Finding> findings, RecordIndex index) {
        this.statuses = statuses;
        for (Category c : categories) {
            byCategory.put(c, new StatusCounts(statuses, index.byCategory.get(c)));
        }
        for (Inspection i : inspections) {
            byInspection.put(i, new StatusCounts(statuses, index.byInspection.get(i)));
        }
        this.all = new StatusCounts(statuses, findings);
    }

    StatusCounts all() {
        return all;
    }

    StatusCounts of(Category category) {
        StatusCounts c = byCategory.get(category);
        return c != null ? c : new StatusCounts(statuses, List.of());
    }

    StatusCounts of(Inspection inspection) {
        StatusCounts c = byInspection.get(inspection);
        return c != null ? c : new StatusCounts(statuses, List.of());
    }
}
