package org.sitegen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a site keeps of the records it withholds from publication ({@code public: false}): only how
 * many findings each category and inspection withholds, and which files of {@code assets/} only
 * they name.
 */
final class WithheldRecords {
    /** Withheld findings by the id of their category; what they are is not kept. */
    private final Map<String, Integer> byCategory;
    private final Map<Inspection, Integer> byInspection = new HashMap<>();
    private final int total;
    private final Set<String> assets;

    /**
     * Counts the withheld findings.
     *
     * @param byCategory withheld findings by the id of their category
     * @param allCategories the site's categories and its withheld ones
     * @param assets the files only withheld records name
     */
    WithheldRecords(Map<String, Integer> byCategory, List<Category> allCategories, Set<String> assets) {
        this.byCategory = Map.copyOf(byCategory);
        this.total = byCategory.values().stream().mapToInt(Integer::intValue).sum();
        this.assets = Set.copyOf(assets);
        for (Category c : allCategories) {
            int n = this.byCategory.getOrDefault(c.id(), 0);
            if (n > 0) {
                byInspection.merge(c.inspection(), n, Integer::sum);
            }
        }
    }

    int total() {
        return total;
    }

    int in(Inspection inspection) {
        return byInspection.getOrDefault(inspection, 0);
    }

    int in(Category category) {
        return byCategory.getOrDefault(category.id(), 0);
    }

    Set<String> assets() {
        return assets;
    }
}
