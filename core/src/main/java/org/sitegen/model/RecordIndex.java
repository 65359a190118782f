package org.sitegen.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A site's records by id, and its findings grouped by category, status and inspection, each group
 * in reading order; what {@link Site#finding(String)}, {@link Site#findingsIn(Category)} and the
 * like look up.
 */
final class RecordIndex {
    final Map<String, Finding> findingsById;
    final Map<String, Category> categoriesById = new HashMap<>();
    final Map<String, Inspection> inspectionsById = new HashMap<>();
    final Map<Category, List<Finding>> byCategory = new HashMap<>();
    final Map<Status, List<Finding>> byStatus = new HashMap<>();
    final Map<Inspection, List<Finding>> byInspection = new HashMap<>();

    /** The newest date of any finding's history, when asked for; null when none or not asked. */
    LocalDate newestHistory;

    /**
     * Indexes the records, each list already in reading order.
     *
     * @param newest whether to find the newest date of the findings' histories ({@link
     *     #newestHistory}), in the same pass
     * @throws IllegalArgumentException if a finding id repeats
     */
    RecordIndex(List<Inspection> inspections, List<Category> categories, StatusVocabulary statuses,
            List<Finding> findings, boolean newest) {
        findingsById = new HashMap<>(findings.size() * 4 / 3 + 16);
        for (Inspection i : inspections) {
            inspectionsById.put(i.id(), i);
            byInspection.put(i, List.of());
        }
        for (Category c : categories) {
            categoriesById.put(c.id(), c);
            byCategory.put(c, List.of());
        }
        for (Status s : statuses.statuses()) {
            byStatus.put(s, new ArrayList<>());
        }
        for (Finding f : findings) {
            if (findingsById.putIfAbsent(f.id(), f) != null) {
                throw new IllegalArgumentException("finding id '" + f.id() + "' is not unique");
            }
            byStatus.computeIfAbsent(f.status(), k -> new ArrayList<>()).add(f);
            if (newest) {
                for (HistoryEntry h : f.history()) {
                    if (newestHistory == null || h.date().isAfter(newestHistory)) {
                        newestHistory = h.date();
                    }
                }
            }
        }
        // in reading order, a category's findings, and an inspection's, follow each other: each is
        // a run of the list, kept as a view of it
        runs(findings, Finding::category, byCategory);
        runs(findings, Finding::inspection, byInspection);
        byStatus.replaceAll((k, v) -> Collections.unmodifiableList(v));
    }

    /**
     * Groups the findings by a key into runs of the list; a group whose findings do not follow each
     * other (a site made by hand, out of reading order) is copied together.
     */
    private static <K> void runs(List<Finding> findings, Function<Finding, K> key, Map<K, List<Finding>> groups) {
        Map<K, List<Finding>> runs = new HashMap<>();
        int start = 0;
        K current = null;
        for (int i = 0; i <= findings.size(); i++) {
            boolean end = i == findings.size();
            K k = end ? null : key.apply(findings.get(i));
            if (i > start && (end || k != current && !k.equals(current))) {
                List<Finding> run = findings.subList(start, i);
                List<Finding> before = runs.get(current);
                if (before == null) {
                    runs.put(current, run);
                } else {
                    List<Finding> joined = new ArrayList<>(before);
                    joined.addAll(run);
                    runs.put(current, joined);
                }
                start = i;
            }
            current = k;
        }
        runs.forEach((k, run) -> groups.put(k, Collections.unmodifiableList(run)));
    }
}
