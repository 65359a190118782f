package org.sitegen.internal.importer;

/**
 * Compares the title a later notice gives a problem with the title its record has: the same, a
 * small difference (a typo fixed, a word added), or another problem.
 *
 * <p>Titles are compared without spaces and punctuation, full-width characters as half-width. A
 * difference is small when one title holds the other, or when at most a third of the longer
 * title's characters (at least two) must be changed to turn one into the other.
 */
final class Titles {
    /** How two titles compare. */
    enum Likeness { SAME, SIMILAR, DIFFERENT }

    private Titles() {}

    static Likeness compare(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x.equals(y)) {
            return Likeness.SAME;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return Likeness.DIFFERENT;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= 4 && longer.contains(shorter)) {
            return Likeness.SIMILAR;
        }
        int allowed = Math.max(2, longer.length() / 3);
        return distance(x, y, allowed) <= allowed ? Likeness.SIMILAR : Likeness.DIFFERENT;
    }

    /** The title as compared: no spaces or punctuation, full-width ASCII as ASCII. */
    static String normal(String title) {
        String key = NoticeLine.key(title == null ? "" : title);
        StringBuilder sb = new StringBuilder(key.length());
        key.codePoints().filter(c -> Character.isLetterOrDigit(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The edit distance of two texts, or {@code limit + 1} once it is known to exceed the limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
