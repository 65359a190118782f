package org.sitegen.internal.importer;

import java.util.regex.Pattern;

/**
 * Plain notice text as Markdown that shows the same text: characters Markdown would read as
 * markup are escaped with a backslash, so a line cannot turn into a heading, a list, emphasis,
 * a link or raw HTML.
 */
final class MarkdownEscaping {
    private static final String INLINE = "\\`*_[]<>&";
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");

    private MarkdownEscaping() {}

    /** One line of text as a Markdown paragraph line. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String s = sb.toString();
        if (s.startsWith("#") || s.startsWith("+") || s.startsWith("-") || s.startsWith("=")) {
            return "\\" + s;
        }
        var m = ORDERED.matcher(s);
        if (m.find()) {
            return m.group(1) + "\\" + s.substring(m.group(1).length());
        }
        return s;
    }
}
