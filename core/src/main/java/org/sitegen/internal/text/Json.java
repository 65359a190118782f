package org.sitegen.internal.text;

import java.util.List;

/**
 * The one JSON string escaper of the build, for the open data ({@code findings.json}), the search
 * index's script files and the search page's {@code data-} attributes. A string is safe wherever
 * it is embedded: besides {@code "}, {@code \} and the control characters (written {@code \n},
 * {@code \r}, {@code \t}, {@code \b}, {@code \f}, else {@code \}{@code u00XX}), {@code <}, {@code
 * >}, {@code &}, DEL, U+2028, U+2029, the invisible bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069) and U+FEFF are written as {@code \}{@code uXXXX}, so no record text can end a
 * script, start markup, break a line of a script or reorder what a reader sees. An unpaired
 * surrogate, which has no UTF-8 form and which many JSON parsers refuse, becomes U+FFFD.
 */
public final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The ASCII characters a string cannot hold as they are. */
    private static final boolean[] STOPS = stops();

    private Json() {}

    /** The text as a JSON string literal, quotes included. */
    public static String string(String s) {
        return string(new StringBuilder(s.length() + 2), s).toString();
    }

    /** Appends a JSON string literal. */
    public static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? STOPS[c] : isInvisible(c)) {
                escape(out, c);
            } else if (!Character.isSurrogate(c)) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append('\uFFFD');
            }
        }
        return out.append('"');
    }

    /** Appends a JSON array of strings. */
    public static StringBuilder strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        return out.append(']');
    }

    /** Appends a JSON string literal as UTF-8, by the same rules, with no intermediate string. */
    public static void string(Utf8Bytes out, String s) {
        out.rawByte('"');
        int n = s.length();
        int i = 0;
        // textUntil encodes up to the next ASCII stop or U+2028–U+2069/U+FEFF/U+FFFE/U+FFFF, pairs
        // surrogates and writes an unpaired one as U+FFFD
        while ((i = out.textUntil(s, i, STOPS)) < n) {
            char c = s.charAt(i++);
            if (c < 0x80 || isInvisible(c)) {
                StringBuilder e = new StringBuilder(6);
                escape(e, c);
                out.text(e);
            } else {
                out.codePoint(c);
            }
        }
        out.rawByte('"');
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15])
                    .append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
        }
    }

    private static boolean[] stops() {
        boolean[] stops = new boolean[128];
        for (int c = 0; c < 0x20; c++) {
            stops[c] = true;
        }
        for (char c : "\"\\<>&\u007F".toCharArray()) {
            stops[c] = true;
        }
        return stops;
    }

    /** Line and paragraph separators, bidirectional controls and the BOM: invisible, so escaped. */
    private static boolean isInvisible(char c) {
        return c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }
}
