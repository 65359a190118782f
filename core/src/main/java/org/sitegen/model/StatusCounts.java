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

    StatusCounts(StatusVocabulary vocabulary, List<Finding> findings) {
        Map<Status, Integer> map = new LinkedHashMap<>();
        for (Status s : vocabulary.statuses()) {
            map.put(s, 0);
        }
        for (Finding f : findings) {
            map.merge(f.status(), 1, Integer::sum);
        }
        this.counts = Collections.unmodifiableMap(map);
        this.total = findings.size();
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
