package org.sitegen.internal;

import java.util.List;

/**
 * JSON string literals that are safe wherever they are embedded: in a script file, a {@code data-}
 * attribute or an HTML page. Besides what JSON requires, {@code <}, {@code >}, {@code &}, U+2028,
 * U+2029, the invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069), U+FEFF, DEL and
 * unpaired surrogates are written as {@code \}{@code uXXXX}, so no record text can end a script,
 * start markup, break a line of a script or reorder what a reader sees.
 *
 * <p>The open-data writer ({@code internal.export.JsonWriter}) streams UTF-8 bytes with the same
 * rules.
 */
public final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    /** The text as a JSON string literal, quotes included. */
    public static String string(String s) {
        return string(new StringBuilder(s.length() + 2), s).toString();
    }

    /** Appends a JSON string literal. */
    public static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(c) || Character.isSurrogate(c) && !wellFormedPair(s, i)) {
                        unicode(out, c);
                    } else {
                        out.append(c);
                        if (Character.isHighSurrogate(c)) {
                            out.append(s.charAt(++i));
                        }
                    }
                }
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

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x7f || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\ufeff';
    }

    private static boolean wellFormedPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                .append(HEX[c & 15]);
    }
}
