package org.sitegen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many findings have each status, in the order of the vocabulary (statuses with no finding
 * count 0).
 */
public final class StatusCounts {
    private final Map<Status, Integer> counts;
    private final int total;

    /**
     * Counts of groups that together hold the findings counted (the categories of an inspection),
     * added up.
     */
    static StatusCounts sum(StatusVocabulary vocabulary, List<StatusCounts> parts) {
        Map<Status, Integer> map = new LinkedHashMap<>();
        for (Status s : vocabulary.statuses()) {
            map.put(s, 0);
        }
        int total = 0;
        for (StatusCounts c : parts) {
            c.counts.forEach((s, n) -> map.merge(s, n, Integer::sum));
            total += c.total;
        }
        return new StatusCounts(Collections.unmodifiableMap(map), total);
    }

    private StatusCounts(Map<Status, Integer> counts, int total) {
        this.counts = counts;
        this.total = total;
    }

    StatusCounts(StatusVocabulary vocabulary, List<Finding> findings) {
        // counted by the status's place in the vocabulary, found by identity first: a status's hash
        // reads every field of it, and a site counts 100,000 findings three times
        List<Status> known = vocabulary.statuses();
        int[] counted = new int[known.size()];
        Map<Status, Integer> others = null;
        for (Finding f : findings) {
            Status s = f.status();
            int k = place(known, s);
            if (k >= 0) {
                counted[k]++;
            } else {
                others = others == null ? new LinkedHashMap<>() : others;
                others.merge(s, 1, Integer::sum);
            }
        }
        Map<Status, Integer> map = new LinkedHashMap<>();
        for (int k = 0; k < counted.length; k++) {
            map.merge(known.get(k), counted[k], Integer::sum);
        }
        if (others != null) {
            others.forEach((s, n) -> map.merge(s, n, Integer::sum));
        }
        this.counts = Collections.unmodifiableMap(map);
        this.total = findings.size();
    }

    /** The place of a status in the vocabulary: by identity, else by equality. */
    private static int place(List<Status> known, Status s) {
        for (int k = 0; k < known.size(); k++) {
            if (known.get(k) == s) {
                return k;
            }
        }
        return known.indexOf(s);
    }

    /** {@return every status of the vocabulary with its count, in vocabulary order} */
    public Map<Status, Integer> asMap() {
        return counts;
    }

    /**
     * {@return the number of findings with the given status; 0 for a status of another
     * vocabulary}
     *
     * @param status a status of the vocabulary
     */
    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    /** {@return the number of findings counted} */
    public int total() {
        return total;
    }

    /** {@return the number of findings whose status is {@link Status#closed() closed}} */
    public int closed() {
        int n = 0;
        for (Map.Entry<Status, Integer> e : counts.entrySet()) {
            if (e.getKey().closed()) {
                n += e.getValue();
            }
        }
        return n;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StatusCounts{total=").append(total);
        counts.forEach((s, n) -> sb.append(", ").append(s.code()).append('=').append(n));
        return sb.append('}').toString();
    }
}
