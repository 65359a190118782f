package org.sitegen.model;

import java.util.ArrayList;
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
        // an inspection's findings are those of its categories, and the site's those of every
        // category: their counts are added up rather than counted again (a live preview makes a
        // site of 100,000 findings at every edit); counted when a finding's category is not one of
        // the site's (a site made by hand)
        Map<Inspection, List<StatusCounts>> parts = new HashMap<>();
        int inCategories = 0;
        for (Category c : categories) {
            parts.computeIfAbsent(c.inspection(), k -> new ArrayList<>()).add(byCategory.get(c));
            inCategories += byCategory.get(c).total();
        }
        for (Inspection i : inspections) {
            List<Finding> of = index.byInspection.get(i);
            StatusCounts sum = StatusCounts.sum(statuses, parts.getOrDefault(i, List.of()));
            byInspection.put(i, sum.total() == of.size() ? sum : new StatusCounts(statuses, of));
        }
        this.all = inCategories == findings.size() ? StatusCounts.sum(statuses, categories.stream().map(byCategory::get).toList())
                : new StatusCounts(statuses, findings);
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
