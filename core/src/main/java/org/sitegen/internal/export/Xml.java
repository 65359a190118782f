package org.sitegen.internal.export;

/**
 * Escapes text for XML 1.0 into a {@link Utf8Buffer}. Characters XML 1.0 does not allow (C0
 * controls other than tab, LF and CR; U+FFFE, U+FFFF; unpaired surrogates) are dropped, so no
 * input can make the document ill-formed. {@code &}, {@code <} and {@code >} are always escaped,
 * {@code "} in attributes; CR (and in attributes also tab and LF) as character references so that
 * parsers keep them.
 */
final class Xml {
    private Xml() {}

    /** Appends text for element content. */
    static void text(Utf8Buffer out, String s) {
        escape(out, s, false);
    }

    /** Appends text for a double-quoted attribute value. */
    static void attribute(Utf8Buffer out, String s) {
        escape(out, s, true);
    }

    /** Appends {@code <name>text</name>}. */
    static void element(Utf8Buffer out, String name, String text) {
        out.rawByte('<').text(name).rawByte('>');
        text(out, text);
        out.rawByte('<').rawByte('/').text(name).rawByte('>');
    }

    private static void escape(Utf8Buffer out, String s, boolean attribute) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.text("&amp;");
                case '<' -> out.text("&lt;");
                case '>' -> out.text("&gt;");
                case '"' -> out.text(attribute ? "&quot;" : "\"");
                case '\r' -> out.text("&#13;");
                case '\n' -> out.text(attribute ? "&#10;" : "\n");
                case '\t' -> out.text(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                        continue;
                    }
                    if (c < 0x80) {
                        out.rawByte(c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.codePoint(Character.toCodePoint(c, s.charAt(++i)));
                        }
                    } else if (!Character.isLowSurrogate(c)) {
                        out.codePoint(c);
                    }
                }
            }
        }
    }
}
