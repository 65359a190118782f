package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers that identify a citizen in a text: a mainland resident ID-card number (18
 * characters whose last is the ISO 7064 MOD 11-2 check character, or 15 digits holding a birth
 * date), a mobile number (11 digits starting 13–19) and a bank-card number (16–19 digits passing
 * the Luhn check). A number is a run of digits, ASCII or full-width, that no other digit touches:
 * a run of another length is no such number, so an office number with its area code
 * ({@code 0730-8720988}) and a date are not. Nor is a run that is part of a decimal number.
 *
 * <p>One pass over the characters, no regular expression: this runs over every text of a site.
 * Stateless and thread-safe.
 */
final class PersonalNumbers {
    /** What a number is. */
    enum Kind {
        ID_CARD("idCard"),
        MOBILE("mobile"),
        BANK_CARD("bankCard");

        /** The last part of the bundle keys that name the kind, {@code personal.kind.<name>}. */
        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    /**
     * A number found.
     *
     * @param kind what it is
     * @param start its first character in the text
     * @param end the character after its last
     * @param digits its digits in ASCII, a final {@code X} upper-cased
     */
    record Hit(Kind kind, int start, int end, String digits) {
        /** The number with its middle hidden, as a message may show it: {@code 110105********002X}. */
        String masked() {
            return mask(kind, digits);
        }
    }

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PersonalNumbers() {}

    /** Every number in a text, in order; an empty list (shared) when there is none. */
    static List<Hit> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /** Every number in {@code text[from, to)}, in order; an empty list (shared) when there is none. */
    static List<Hit> find(CharSequence text, int from, int to) {
        List<Hit> hits = List.of();
        int i = from;
        while (i < to) {
            if (digit(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (end < to && digit(text.charAt(end)) >= 0) {
                end++;
            }
            int n = end - start;
            if (n >= 11 && n <= 19) {
                boolean x = n == 17 && end < to && isX(text.charAt(end))
                        && (end + 1 >= to || !isDigitOrLatin(text.charAt(end + 1)));
                if (!partOfDecimal(text, start, x ? end + 1 : end, from, to)) {
                    Hit hit = classify(text, start, end, x);
                    if (hit != null) {
                        if (hits.isEmpty()) {
                            hits = new ArrayList<>(2);
                        }
                        hits.add(hit);
                        end = hit.end();
                    }
                }
            }
            i = end;
        }
        return hits;
    }

    /** The kind of the digits text[start, end) (and a final X), or null when they are none of ours. */
    private static Hit classify(CharSequence text, int start, int end, boolean x) {
        int n = end - start;
        char[] d = new char[x ? 18 : n];
        for (int k = 0; k < n; k++) {
            d[k] = (char) ('0' + digit(text.charAt(start + k)));
        }
        if (x) {
            d[17] = 'X';
            // an ID card's shape: no bank card or mobile, whatever its digits
            return isIdCard18(d) ? new Hit(Kind.ID_CARD, start, end + 1, new String(d)) : null;
        }
        Kind kind = null;
        if (n == 18 && isIdCard18(d)) {
            kind = Kind.ID_CARD;
        } else if (n == 15 && isIdCard15(d)) {
            kind = Kind.ID_CARD;
        } else if (n == 11 && d[0] == '1' && d[1] >= '3') {
            kind = Kind.MOBILE;
        } else if (n >= 16 && isLuhn(d)) {
            kind = Kind.BANK_CARD;
        }
        return kind == null ? null : new Hit(kind, start, end, new String(d));
    }

    /** Whether 18 characters end in the ISO 7064 MOD 11-2 check character of the first 17. */
    static boolean isIdCard18(char[] d) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (d[k] - '0') * ID_WEIGHTS[k];
        }
        return ID_CHECK.charAt(sum % 11) == d[17];
    }

    /** The check character of the first 17 digits of an 18-character ID-card number. */
    static char idCheck(CharSequence first17) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * ID_WEIGHTS[k];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** A 15-digit number of the first generation: an area code not starting with 0, then YYMMDD. */
    private static boolean isIdCard15(char[] d) {
        int month = (d[8] - '0') * 10 + d[9] - '0';
        int day = (d[10] - '0') * 10 + d[11] - '0';
        return d[0] != '0' && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** The Luhn check: every second digit from the right doubled, the sum a multiple of 10. */
    static boolean isLuhn(char[] d) {
        int sum = 0;
        boolean twice = false;
        for (int k = d.length - 1; k >= 0; k--) {
            int v = d[k] - '0';
            if (twice) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * Whether the run is the integer or the fraction part of a decimal number: a dot with a digit
     * beyond it on either side.
     */
    private static boolean partOfDecimal(CharSequence text, int start, int end, int from, int to) {
        return start - 2 >= from && isDot(text.charAt(start - 1)) && digit(text.charAt(start - 2)) >= 0
                || end + 1 < to && isDot(text.charAt(end)) && digit(text.charAt(end + 1)) >= 0;
    }

    /** The value of an ASCII or full-width digit; -1 for any other character. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    private static boolean isX(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    private static boolean isDot(char c) {
        return c == '.' || c == '\uFF0E';
    }

    private static boolean isDigitOrLatin(char c) {
        return digit(c) >= 0 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');
    }

    /**
     * The digits of a number as a record's {@code reviewed:} entry writes it: digits (ASCII or
     * full-width) and a final X kept, spaces, hyphens and the like dropped; empty when it has none.
     */
    static String normalise(String written) {
        StringBuilder sb = new StringBuilder(written.length());
        for (int k = 0; k < written.length(); k++) {
            char c = written.charAt(k);
            int v = digit(c);
            if (v >= 0) {
                sb.append((char) ('0' + v));
            } else if (isX(c)) {
                sb.append('X');
            }
        }
        return sb.toString();
    }

    /** A number with its middle hidden: an ID card keeps 6 and 4, a mobile 3 and 4, a bank card 4 and 4. */
    static String mask(Kind kind, String digits) {
        int head = switch (kind) {
            case ID_CARD -> 6;
            case MOBILE -> 3;
            case BANK_CARD -> 4;
        };
        int tail = 4;
        if (digits.length() <= head + tail) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, head) + "*".repeat(digits.length() - head - tail)
                + digits.substring(digits.length() - tail);
    }

    /** A reviewed number masked without knowing its kind: as the kind it would be found as. */
    static String mask(String digits) {
        Kind kind = digits.length() == 11 ? Kind.MOBILE
                : digits.length() == 15 || digits.length() == 18 && (digits.endsWith("X")
                        || isIdCard18(digits.toCharArray())) ? Kind.ID_CARD : Kind.BANK_CARD;
        return mask(kind, digits);
    }
}
