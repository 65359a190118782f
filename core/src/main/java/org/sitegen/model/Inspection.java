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
 * @param words the words its pages use, which follow its kind (巡视组, 巡察组, 审计机关…)
 * @param outcomes the results it declares as a whole (问责, 追缴…), which its findings' do not add
 *     up to; {@link Outcomes#NONE} when none
 */
public record Inspection(
        String id,
        String title,
        String inspector,
        String kind,
        LocalDate start,
        LocalDate end,
        LocalDate feedback,
        InspectionWords words,
        Outcomes outcomes) {
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
     * @param words the words its pages use
     * @param outcomes the results it declares as a whole; {@link Outcomes#NONE} when none
     * @throws NullPointerException if the id, the title, the words or the outcomes are null
     */
    public Inspection {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(words, "words must not be null");
        Objects.requireNonNull(outcomes, "outcomes must not be null");
    }

    /**
     * An inspection with the words its kind suggests ({@link InspectionWords.Base#of}) and no
     * outcomes.
     *
     * @param id the id, {@code [a-z0-9][a-z0-9-]*}
     * @param title the display title, e.g. 省委第七巡视组专项巡视
     * @param inspector who inspected; {@code null} when not given
     * @param kind what kind of inspection; {@code null} when not given
     * @param start first day on site; {@code null} when not given
     * @param end last day on site; {@code null} when not given
     * @param feedback the day of the feedback; {@code null} when not given
     */
    public Inspection(String id, String title, String inspector, String kind, LocalDate start, LocalDate end,
            LocalDate feedback) {
        this(id, title, inspector, kind, start, end, feedback,
                InspectionWords.of(InspectionWords.Base.of(kind, inspector, title)), Outcomes.NONE);
    }
}
