package org.sitegen.model;

import java.util.Objects;

/**
 * A group of findings (反馈问题), shown in {@link #order()}.
 *
 * @param id the id, {@code [a-z0-9][a-z0-9-]*}
 * @param order the position among the categories, ascending
 * @param title the title, e.g. 资金安全风险较高
 * @param inspection the inspection whose feedback this category groups
 * @param introduction an optional introduction, Markdown source; empty when there is none
 * @param origin the record's file
 */
public record Category(
        String id, int order, String title, Inspection inspection, String introduction, Origin origin) {
    /**
     * Checks the category.
     *
     * @param id the id, {@code [a-z0-9][a-z0-9-]*}
     * @param order the position among the categories, ascending
     * @param title the title, e.g. 资金安全风险较高
     * @param inspection the inspection whose feedback this category groups
     * @param introduction an optional introduction, Markdown source; empty when there is
     *     none
     * @param origin the record's file
     * @throws NullPointerException if any component but the order is null
     */
    public Category {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(inspection, "inspection must not be null");
        Objects.requireNonNull(introduction, "introduction must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
    }
}
