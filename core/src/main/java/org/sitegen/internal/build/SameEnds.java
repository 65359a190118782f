package org.sitegen.internal.build;

/**
 * How far two arrays hold the same objects, object for object, from their start and from their
 * end: between two plans of a live build, the unchanged head and tail of a list of records, so
 * that only what lies between them is looked at (an edit to one finding of 100,000 changes one
 * object of each list it is in; an added or removed one moves the rest by a place).
 *
 * @param head how many objects from the start are the same
 * @param tail how many objects from the end are the same, not overlapping the head
 * @param wasLength the length of the earlier array
 * @param nowLength the length of the later array
 */
public record SameEnds(int head, int tail, int wasLength, int nowLength) {
    /** Compares two arrays by object identity, from both ends. */
    public static SameEnds of(Object[] was, Object[] now) {
        int head = 0;
        while (head < was.length && head < now.length && was[head] == now[head]) {
            head++;
        }
        int tail = 0;
        while (tail < was.length - head && tail < now.length - head
                && was[was.length - 1 - tail] == now[now.length - 1 - tail]) {
            tail++;
        }
        return new SameEnds(head, tail, was.length, now.length);
    }

    /** Whether the two arrays hold the same objects throughout. */
    public boolean all() {
        return head == wasLength && head == nowLength;
    }

    /** The end (exclusive) of what changed in the later array; it starts at {@link #head}. */
    public int nowEnd() {
        return nowLength - tail;
    }

    /** The end (exclusive) of what changed in the earlier array; it starts at {@link #head}. */
    public int wasEnd() {
        return wasLength - tail;
    }

    /**
     * The place in the earlier array of the object at {@code i} of the later one, when it lies in
     * the same head or tail; else -1.
     */
    public int was(int i) {
        return i < head ? i : i >= nowEnd() ? wasLength - (nowLength - i) : -1;
    }
}
