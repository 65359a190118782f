package org.sitegen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number of each category of a site among its inspection's categories, withheld ones included,
 * as the notice numbers them: each inspection's start at （一）, and a withheld category leaves a
 * gap.
 */
final class CategoryNumbers {
    private final Map<Category, Integer> numbers = new HashMap<>();

    /**
     * Numbers the categories.
     *
     * @param allCategories the site's categories and its withheld ones, by order
     * @param categoriesById the site's categories by id: only these get a number
     */
    CategoryNumbers(List<Category> allCategories, Map<String, Category> categoriesById) {
        Map<Inspection, Integer> numbered = new HashMap<>();
        for (Category c : allCategories) {
            int n = numbered.merge(c.inspection(), 1, Integer::sum);
            if (c.equals(categoriesById.get(c.id()))) {
                numbers.put(c, n);
            }
        }
    }

    /** {@return the 1-based number of a category, or {@code null} for a category of another site} */
    Integer of(Category category) {
        return numbers.get(category);
    }
}
