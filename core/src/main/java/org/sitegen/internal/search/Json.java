package org.sitegen.internal.search;

import java.util.List;

/**
 * Writes the JSON values of the index parts. Besides what JSON requires, escapes {@code <}, {@code
 * >}, {@code &}, U+2028 and U+2029 as {@code \}{@code uXXXX}, so that no record text can end a
 * script, start markup or break a line in a script file.
 */
final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    /** Appends a JSON string. */
    static StringBuilder string(StringBuilder out, String s) {
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
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c) && !wellFormedPair(s, i)) {
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
    static StringBuilder strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        return out.append(']');
    }

    private static boolean wellFormedPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
    }

    /**
     * A script that hands a value to the search script: {@code window.__sitegenSearch.add("name",
     * value);}.
     *
     * @param name the part's name, e.g. {@code b/12}: letters, digits and '/' only
     * @param json the value, written by this class
     */
    static String part(String name, CharSequence json) {
        if (!name.matches("[a-z0-9/]+")) {
            throw new IllegalArgumentException("part name '" + name + "' must be letters, digits and '/'");
        }
        return new StringBuilder(json.length() + name.length() + 40)
                .append("window.__sitegenSearch.add(\"").append(name).append("\",").append(json).append(");\n")
                .toString();
    }
}
