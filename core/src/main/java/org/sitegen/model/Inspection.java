package org.sitegen.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inspection, audit or review (巡视, 巡察, 审计) whose feedback the findings answer.
 *
 * @param id the id, {@code [a-z0-9][a-z0-9-]*}
 * @param title the display title, e.g. 省委第七巡视组专项巡视
 * @param inspector who inspected, e.g. 省委第七巡视组; {@code null} when not given
 * @param kind what kind of inspection, e.g. 专项巡视; {@code null} when not given
 * @param start first day on site; {@code null} when not given
 * @param end last day on site; {@code null} when not given
 * @param feedback the day the inspectors gave their feedback; {@code null} when not given
 */
public record Inspection(
        String id,
        String title,
        String inspector,
        String kind,
        LocalDate start,
        LocalDate end,
        LocalDate feedback) {
    /**
     * Checks the inspection.
     *
     * @param id the id, {@code [a-z0-9][a-z0-9-]*}
     * @param title the display title, e.g. 省委第七巡视组专项巡视
     * @param inspector who inspected, e.g. 省委第七巡视组; {@code null} when not given
     * @param kind what kind of inspection, e.g. 专项巡视; {@code null} when not given
     * @param start first day on site; {@code null} when not given
     * @param end last day on site; {@code null} when not given
     * @param feedback the day the inspectors gave their feedback; {@code null} when not
     *     given
     * @throws NullPointerException if the id or the title is null
     */
    public Inspection {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
    }
}
