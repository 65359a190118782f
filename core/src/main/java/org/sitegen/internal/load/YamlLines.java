package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The text {@link SimpleYaml} reads, as lines: where each starts and ends, which are blank, and
 * the nodes and marks of positions in them, made as snakeyaml-engine makes them.
 */
final class YamlLines {
    private static final String NAME = "front matter";

    final String text;
    private final List<int[]> lines = new ArrayList<>(); // {start, end} offsets

    YamlLines(String text) {
        this.text = text;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
                if (start < end) {
                    lines.add(new int[] {start, end});
                }
                break;
            }
            lines.add(new int[] {start, end});
            start = end + 1;
        }
    }

    int size() {
        return lines.size();
    }

    /** Line i (0-based) as {start, end} offsets in the text, the end before its '\n'. */
    int[] line(int i) {
        return lines.get(i);
    }

    /** The first line from {@code from} on that is not blank, or {@link #size()}. */
    int nextContentLine(int from) {
        int i = from;
        while (i < lines.size() && isBlank(lines.get(i)[0], lines.get(i)[1])) {
            i++;
        }
        return i;
    }

    /** Whether text[from, to) holds only spaces and tabs; leaves the fast path at a comment. */
    boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                throw SimpleYaml.unsupported(); // comments: snakeyaml-engine handles them
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    int skipSpaces(int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    int trimEnd(int from, int to) {
        int i = to;
        while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i;
    }

    /** A scalar from (line, column) to (endLine, endColumn), all 0-based, with its marks. */
    ScalarNode scalar(Tag tag, String value, ScalarStyle style, int line, int column, int endLine, int endColumn) {
        return new ScalarNode(tag, true, value, style, Optional.of(mark(line, column)),
                Optional.of(mark(endLine, endColumn)));
    }

    /** The null of a "key:" with nothing after it; its mark is where the value would be. */
    ScalarNode nullAt(int line, int column) {
        return scalar(Tag.NULL, "", ScalarStyle.PLAIN, line, column, line, column);
    }

    Mark mark(int line, int column) {
        return new Mark(NAME, 0, line, column, new int[0], 0);
    }
}
