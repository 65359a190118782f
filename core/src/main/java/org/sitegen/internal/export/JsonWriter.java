package org.sitegen.internal.export;

import java.time.LocalDate;

/**
 * Writes JSON into a {@link Utf8Buffer}, pretty-printed with a 2-space indent, keys in the order
 * they are written. Strings are escaped so that the text is safe wherever it is embedded: besides
 * {@code "}, {@code \} and the control characters, {@code <}, {@code >}, {@code &}, U+2028,
 * U+2029, the invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069), U+FEFF and DEL
 * are written as {@code \}{@code uXXXX}. An unpaired surrogate, which has no UTF-8 form and which
 * many JSON parsers refuse, becomes U+FFFD.
 *
 * <p>Not thread-safe; the caller keeps the nesting balanced.
 */
final class JsonWriter {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The ASCII characters a string cannot hold as they are. */
    private static final boolean[] STOPS = stops();

    private final Utf8Buffer out;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    JsonWriter(Utf8Buffer out) {
        this.out = out;
    }

    JsonWriter beginObject() {
        beforeValue();
        out.rawByte('{');
        depth++;
        first = true;
        return this;
    }

    JsonWriter endObject() {
        return end('}');
    }

    JsonWriter beginArray() {
        beforeValue();
        out.rawByte('[');
        depth++;
        first = true;
        return this;
    }

    JsonWriter endArray() {
        return end(']');
    }

    /** Writes a key; the next call writes its value. */
    JsonWriter name(String name) {
        beforeValue();
        string(name);
        out.rawByte(':').rawByte(' ');
        afterName = true;
        return this;
    }

    /** Writes a string, or {@code null}. */
    JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.text("null");
        } else {
            string(value);
        }
        return this;
    }

    /** Writes an ISO date {@code YYYY-MM-DD}, or {@code null}. */
    JsonWriter value(LocalDate date) {
        if (date == null) {
            return value((String) null);
        }
        beforeValue();
        out.rawByte('"').date(date).rawByte('"');
        return this;
    }

    JsonWriter value(long value) {
        beforeValue();
        out.number(value);
        return this;
    }

    JsonWriter value(boolean value) {
        beforeValue();
        out.text(value ? "true" : "false");
        return this;
    }

    /** Ends the document with a line break. */
    void finish() {
        if (depth != 0) {
            throw new IllegalStateException("unbalanced JSON: depth " + depth + " at the end");
        }
        out.rawByte('\n');
    }

    private JsonWriter end(char close) {
        depth--;
        if (!first) {
            newline();
        }
        out.rawByte(close);
        first = false;
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (!first) {
                out.rawByte(',');
            }
            newline();
        }
        first = false;
    }

    private void newline() {
        out.newline(2 * depth);
    }

    private void string(String s) {
        out.rawByte('"');
        int n = s.length();
        int i = 0;
        while ((i = out.textUntil(s, i, STOPS)) < n) {
            char c = s.charAt(i++);
            switch (c) {
                case '"' -> out.rawByte('\\').rawByte('"');
                case '\\' -> out.rawByte('\\').rawByte('\\');
                case '\n' -> out.rawByte('\\').rawByte('n');
                case '\r' -> out.rawByte('\\').rawByte('r');
                case '\t' -> out.rawByte('\\').rawByte('t');
                case '\b' -> out.rawByte('\\').rawByte('b');
                case '\f' -> out.rawByte('\\').rawByte('f');
                default -> {
                    if (c < 0x80 || isInvisible(c)) {
                        unicodeEscape(c);
                    } else {
                        out.codePoint(c);
                    }
                }
            }
        }
        out.rawByte('"');
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

    private void unicodeEscape(char c) {
        out.rawByte('\\').rawByte('u');
        out.rawByte(HEX[(c >> 12) & 0xF]).rawByte(HEX[(c >> 8) & 0xF]).rawByte(HEX[(c >> 4) & 0xF]).rawByte(HEX[c & 0xF]);
    }
}
