package org.sitegen.internal.export;

import org.sitegen.internal.text.Utf8Bytes;

/**
 * Escapes text for XML 1.0 into a {@link Utf8Bytes}. Characters XML 1.0 does not allow (C0
 * controls other than tab, LF and CR; U+FFFE, U+FFFF) are dropped and unpaired surrogates become
 * U+FFFD, so no
 * input can make the document ill-formed. {@code &}, {@code <} and {@code >} are always escaped,
 * {@code "} in attributes; CR (and in attributes also tab and LF) as character references so that
 * parsers keep them.
 */
final class Xml {
    /** The ASCII characters that are escaped or dropped. */
    private static final boolean[] STOPS = stops();

    private Xml() {}

    /** Appends text for element content. */
    static void text(Utf8Bytes out, String s) {
        escape(out, s, false);
    }

    /** Appends text for a double-quoted attribute value. */
    static void attribute(Utf8Bytes out, String s) {
        escape(out, s, true);
    }

    /** Appends {@code <name>text</name>}. */
    static void element(Utf8Bytes out, String name, String text) {
        out.rawByte('<').text(name).rawByte('>');
        text(out, text);
        out.rawByte('<').rawByte('/').text(name).rawByte('>');
    }

    private static void escape(Utf8Bytes out, String s, boolean attribute) {
        int n = s.length();
        int i = 0;
        while ((i = out.textUntil(s, i, STOPS)) < n) {
            char c = s.charAt(i++);
            switch (c) {
                case '&' -> out.text("&amp;");
                case '<' -> out.text("&lt;");
                case '>' -> out.text("&gt;");
                case '"' -> out.text(attribute ? "&quot;" : "\"");
                case '\r' -> out.text("&#13;");
                case '\n' -> out.text(attribute ? "&#10;" : "\n");
                case '\t' -> out.text(attribute ? "&#9;" : "\t");
                default -> {
                    if (c >= 0x80 && c != '\uFFFE' && c != '\uFFFF') {
                        out.codePoint(c);
                    }
                }
            }
        }
    }

    private static boolean[] stops() {
        boolean[] stops = new boolean[128];
        for (int c = 0; c < 0x20; c++) {
            stops[c] = true;
        }
        for (char c : "&<>\"".toCharArray()) {
            stops[c] = true;
        }
        return stops;
    }
}
