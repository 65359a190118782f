package org.sitegen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A problem an inspection found (问题) and how far its rectification has come.
 *
 * @param id the id, {@code [a-z0-9][a-z0-9-]*}; its page is {@code findings/<id>.html}
 * @param number the number the notice gives it, unique within its inspection
 * @param title the problem as stated
 * @param category the category it belongs to
 * @param status the current status (整改结果)
 * @param units responsible units, possibly empty
 * @param deadline the deadline; {@code null} when none is set
 * @param documents documents issued for it, possibly empty
 * @param history dated statuses, oldest first, possibly empty; the last one agrees with status
 * @param measures the measures taken (整改情况); empty only when the body is empty
 * @param body the Markdown body as written
 * @param origin the record's file
 * @param outcomes the results its rectification reports (问责, 追缴…); {@link Outcomes#NONE} when none
 */
public record Finding(
        String id,
        int number,
        String title,
        Category category,
        Status status,
        List<String> units,
        LocalDate deadline,
        List<String> documents,
        List<HistoryEntry> history,
        List<Measure> measures,
        String body,
        Origin origin,
        Outcomes outcomes) {
    /**
     * Checks the finding and copies its lists.
     *
     * @param id the id, {@code [a-z0-9][a-z0-9-]*}; its page is {@code findings/<id>.html}
     * @param number the number the notice gives it, unique within its inspection
     * @param title the problem as stated
     * @param category the category it belongs to
     * @param status the current status (整改结果)
     * @param units responsible units, possibly empty
     * @param deadline the deadline; {@code null} when none is set
     * @param documents documents issued for it, possibly empty
     * @param history dated statuses, oldest first, possibly empty; the last one agrees with
     *     status
     * @param measures the measures taken (整改情况); empty only when the body is empty
     * @param body the Markdown body as written
     * @param origin the record's file
     * @param outcomes the results its rectification reports; {@link Outcomes#NONE} when none
     * @throws NullPointerException if the id, title, category, status, body, origin, outcomes
     *     or a list is null
     */
    public Finding {
        Objects.requireNonNull(outcomes, "outcomes must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        units = List.copyOf(units);
        documents = List.copyOf(documents);
        history = List.copyOf(history);
        measures = List.copyOf(measures);
    }

    /**
     * A finding without outcomes.
     *
     * @param id the id
     * @param number the number, unique within its inspection
     * @param title the problem as stated
     * @param category the category it belongs to
     * @param status the current status
     * @param units responsible units, possibly empty
     * @param deadline the deadline; {@code null} when none is set
     * @param documents documents issued for it, possibly empty
     * @param history dated statuses, oldest first, possibly empty
     * @param measures the measures taken
     * @param body the Markdown body as written
     * @param origin the record's file
     */
    public Finding(String id, int number, String title, Category category, Status status, List<String> units,
            LocalDate deadline, List<String> documents, List<HistoryEntry> history, List<Measure> measures,
            String body, Origin origin) {
        this(id, number, title, category, status, units, deadline, documents, history, measures, body, origin,
                Outcomes.NONE);
    }

    /** {@return the inspection whose feedback this finding answers: the one of its category} */
    public Inspection inspection() {
        return category.inspection();
    }

    /**
     * {@return whether the deadline has passed on the given day while the finding is not closed;
     * false when there is no deadline or no day}
     *
     * @param asOf the day to judge on, usually {@link Site#asOf()}
     */
    public boolean isOverdue(LocalDate asOf) {
        return deadline != null && asOf != null && !status.closed() && deadline.isBefore(asOf);
    }
}
