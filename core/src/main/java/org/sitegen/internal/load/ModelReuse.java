package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.internal.load.RawRecords.RawFinding;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;

/**
 * The model objects (categories, notices, pages, inspections by kind and id; findings by their
 * file's place) of the last load of a live build, handed out again when a load makes one equal to the last: then an unchanged record
 * is the same object from one load to the next, and what a live build compares (the keys of its
 * parts, which hold these objects) is compared by identity, not field by field. A load's objects
 * are equal to the last ones whether or not they are reused; only the cost of comparing changes.
 *
 * <p>Kept by a {@link RecordCache}; for one load at a time.
 */
final class ModelReuse {
    /** The kinds of record, each with maps of its own: ids of different kinds do not meet. */
    private static final String KINDS = "cfnpi";

    private final List<Map<String, Object>> last = new ArrayList<>();
    private final List<Map<String, Object>> next = new ArrayList<>();

    ModelReuse() {
        for (int i = 0; i < KINDS.length(); i++) {
            last.add(new HashMap<>());
            next.add(new HashMap<>());
        }
    }

    /**
     * The object the last load made for this record if it equals the fresh one, else the fresh one.
     *
     * @param kind {@code c}ategory, {@code f}inding, {@code n}otice, {@code p}age or {@code i}nspection
     */
    @SuppressWarnings("unchecked")
    <T> T same(char kind, String id, T fresh) {
        int k = KINDS.indexOf(kind);
        Object old = last.get(k).get(id);
        T chosen = old != null && old.equals(fresh) ? (T) old : fresh;
        next.get(k).put(id, chosen);
        return chosen;
    }

    /**
     * What a finding file's record resolved to: the finding, made with this category and the
     * statuses of this vocabulary, without a problem.
     *
     * @param numberKey the key of its number among its inspection's ({@link ReferenceResolver})
     */
    record ResolvedFinding(Category category, Object statuses, Finding finding, String numberKey) {}

    /**
     * The raw records the last load resolved, in the order it took them (file order), and what
     * each became: a file not read again gives the same raw record, mostly at the same place, so
     * that each is found by a look at the place after the last one found, not by a hash (a
     * preview of 100,000 findings resolves them all at every edit).
     */
    private List<RawFinding> lastRaw = new ArrayList<>();
    private List<ResolvedFinding> lastResolved = new ArrayList<>();
    private List<RawFinding> nextRaw = new ArrayList<>();
    private List<ResolvedFinding> nextResolved = new ArrayList<>();
    /** Where the next look starts in the last load's lists. */
    private int cursor;

    /**
     * What the last load resolved this raw record to, if it made a finding of it; the resolver
     * hands the finding out again only if its category and statuses are the same objects as then.
     */
    ResolvedFinding resolved(RawFinding raw) {
        int at = near(lastRaw, cursor, raw);
        if (at < 0) {
            return null;
        }
        cursor = at + 1;
        return lastResolved.get(at);
    }

    /** How many places either way an object is looked for ({@link #near}). */
    private static final int NEAR = 4;

    /**
     * The place of an object in the last load's list, looked for by identity at the place expected
     * and a few either way (a file added or deleted moves the rest by a place); -1 when not found
     * there, which costs only the time of making what it was anew.
     */
    static int near(List<?> last, int expected, Object wanted) {
        for (int d = 0; d <= NEAR; d++) {
            int after = expected + d;
            if (after < last.size() && last.get(after) == wanted) {
                return after;
            }
            int before = expected - d - 1;
            if (before >= 0 && before < last.size() && last.get(before) == wanted) {
                return before;
            }
        }
        return -1;
    }

    /**
     * The finding the last load made at the place of the raw record being resolved, when that
     * record was not found ({@link #resolved(RawFinding)}): for a file changed in place, what it was
     * before; handed out again when equal to the new one.
     */
    Finding atPlace() {
        return cursor < lastResolved.size() ? lastResolved.get(cursor).finding() : null;
    }

    /** Notes what this load resolved a raw record to, for the next load. */
    void resolved(RawFinding raw, ResolvedFinding resolved) {
        nextRaw.add(raw);
        nextResolved.add(resolved);
    }

    /**
     * Whether these records of a kind, by id, are the same objects as the last load's, and no others.
     */
    boolean sameAsLast(char kind, Map<String, ?> now) {
        Map<String, Object> was = last.get(KINDS.indexOf(kind));
        if (was.size() != now.size()) {
            return false;
        }
        for (Map.Entry<String, ?> e : now.entrySet()) {
            if (was.get(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Ends a load: what it made is what the next one compares with. */
    void loaded() {
        lastRaw = nextRaw;
        lastResolved = nextResolved;
        nextRaw = new ArrayList<>(lastRaw.size() + 16);
        nextResolved = new ArrayList<>(lastRaw.size() + 16);
        cursor = 0;
        for (int k = 0; k < KINDS.length(); k++) {
            Map<String, Object> made = next.get(k);
            last.set(k, made);
            next.set(k, new HashMap<>(made.size() * 4 / 3 + 16));
        }
    }
}
