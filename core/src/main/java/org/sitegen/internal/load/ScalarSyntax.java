package org.sitegen.internal.load;

/**
 * The shapes a scalar of a record must have to be read as a whole number, a date or a month,
 * checked by hand rather than by regular expressions: {@link Fields} runs them for every record.
 */
final class ScalarSyntax {
    private ScalarSyntax() {}

    /** [+-]?[0-9]{1,9}. */
    static boolean isInteger(String s) {
        int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        int n = s.length() - start;
        return n >= 1 && n <= 9 && allDigits(s, start, s.length());
    }

    /** [0-9]{4}-[0-9]{2}: a month, as a deadline may give it. */
    static boolean isYearMonth(String s) {
        return s.length() == 7 && s.charAt(4) == '-' && allDigits(s, 0, 4) && allDigits(s, 5, 7);
    }

    /** [0-9]{4}-[0-9]{2}-[0-9]{2}. */
    static boolean isIsoDate(String s) {
        return s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
                && allDigits(s, 0, 4) && allDigits(s, 5, 7) && allDigits(s, 8, 10);
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number the digits from {@code from} to {@code to} write; they are digits. */
    static int digits(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }
}
