package org.sitegen.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated status of a finding, as reported on that day.
 *
 * @param date the day
 * @param status the status reported that day
 * @param note an optional remark; {@code null} when there is none
 */
public record HistoryEntry(LocalDate date, Status status, String note) {
    /**
     * Checks the entry.
     *
     * @param date the day
     * @param status the status reported that day
     * @param note an optional remark; {@code null} when there is none
     * @throws NullPointerException if the date or the status is null
     */
    public HistoryEntry {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(status, "status must not be null");
    }
}
