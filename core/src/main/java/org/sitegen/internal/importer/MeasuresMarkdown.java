package org.sitegen.internal.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem's measures, as the lines of the notice give them, written as a finding's Markdown
 * body: a list when each line is numbered 1. 2. … or （1）（2）… or ①②…, else one paragraph (which
 * the loader splits at 一是…二是…).
 */
final class MeasuresMarkdown {
    private static final Pattern ENUMERATOR =
            Pattern.compile("^(?:\\(\\s*(\\d{1,2})\\s*\\)|(\\d{1,2})\\s*[.、)](?!\\d)|([①-⑳]))\\s*");

    private MeasuresMarkdown() {}

    /**
     * The body for the measures' lines.
     *
     * @param paragraphs whether each line is a measure of its own (a notice in prose, a table
     *     cell of several paragraphs): then lines that are not numbered, and do not run on as
     *     一是…二是…, are written as a list too
     */
    static String body(List<String> pieces, boolean paragraphs) {
        if (pieces.size() >= 2) {
            List<String> items = new ArrayList<>();
            for (String piece : pieces) {
                Matcher m = ENUMERATOR.matcher(NoticeLine.key(piece));
                if (!m.lookingAt() || enumeratorValue(m) != items.size() + 1) {
                    items = null;
                    break;
                }
                items.add((items.size() + 1) + ". " + MarkdownEscaping.escape(piece.substring(m.end())));
            }
            if (items != null) {
                return String.join("\n", items);
            }
            if (paragraphs && !NoticeLine.key(pieces.get(0)).startsWith("一是")) {
                List<String> list = new ArrayList<>();
                for (String piece : pieces) {
                    list.add((list.size() + 1) + ". " + MarkdownEscaping.escape(piece));
                }
                return String.join("\n", list);
            }
        }
        return MarkdownEscaping.escape(joined(pieces));
    }

    private static int enumeratorValue(Matcher m) {
        if (m.group(3) != null) {
            return m.group(3).charAt(0) - '①' + 1;
        }
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** Lines joined as one: without a space, except between two Latin letters or digits. */
    static String joined(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            if (sb.length() > 0 && !p.isEmpty() && latin(sb.charAt(sb.length() - 1)) && latin(p.charAt(0))) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
