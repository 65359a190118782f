package org.sitegen.internal.text;

/** Small text helpers used on hot paths, written without regular expressions. */
public final class PlainText {
    private PlainText() {}

    /**
     * The text on one line: {@code s.replaceAll("\\s+", " ").strip()} — every run of ASCII
     * whitespace becomes one space, then whitespace at the ends (any kind) goes.
     */
    public static String oneLine(String s) {
        int n = s.length();
        int i = 0;
        // copy only from the first place where something changes: most texts are on one line already
        while (i < n && (!isSpace(s.charAt(i)) || (s.charAt(i) == ' ' && (i + 1 == n || !isSpace(s.charAt(i + 1)))))) {
            i++;
        }
        if (i == n) {
            return s.strip();
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        boolean space = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (space) {
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    /** The characters of the regular expression {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    /** Whether the text starts with 1 to 9 digits and then '.' or ')': a Markdown ordered-list item. */
    public static boolean startsWithOrdinal(String s) {
        int i = 0;
        while (i < s.length() && i < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i >= 1 && i <= 9 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')');
    }
}
