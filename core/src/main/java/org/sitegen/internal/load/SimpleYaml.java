package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * A fast path for the plain front matter nearly every record has: {@code key: value} lines whose
 * values are plain or simply quoted scalars, flow lists and flow mappings of scalars, and block
 * lists of such mappings. It builds the same snakeyaml-engine node tree, with the same marks and
 * the same resolved tags, as snakeyaml-engine's composer would — and returns {@code null} for
 * anything else (comments, anchors, tags, block scalars, multi-line values, escapes it does not
 * know, anything ambiguous), which is then parsed, and reported on, by snakeyaml-engine itself.
 *
 * <p>Why: on a cold JVM snakeyaml-engine's general scanner costs most of the time of loading ten
 * thousand records. {@code SimpleYamlTest} checks node for node, mark for mark, that both agree.
 */
final class SimpleYaml {
    private static final String NAME = "front matter";

    private final String text;
    private final ScalarResolver resolver;
    private final List<int[]> lines = new ArrayList<>(); // {start, end} offsets

    private SimpleYaml(String text, ScalarResolver resolver) {
        this.text = text;
        this.resolver = resolver;
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

    /** The document's root mapping, or null when the text is not in the simple subset. */
    static MappingNode parse(String text, ScalarResolver resolver) {
        if (text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0) {
            return null; // tabs have subtle rules in YAML: leave them to snakeyaml-engine
        }
        try {
            return new SimpleYaml(text, resolver).document();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** Thrown to leave the fast path; carries no stack trace. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    private static Unsupported unsupported() {
        return Unsupported.INSTANCE;
    }

    private MappingNode document() {
        List<NodeTuple> tuples = new ArrayList<>();
        Mark start = null;
        int i = 0;
        while (i < lines.size()) {
            int[] l = lines.get(i);
            if (isBlank(l[0], l[1])) {
                i++;
                continue;
            }
            if (text.charAt(l[0]) == ' ' || text.charAt(l[0]) == '\t') {
                throw unsupported();
            }
            int colon = keyEnd(l[0], l[1]);
            ScalarNode key = key(text.substring(l[0], colon), ScalarStyle.PLAIN, i, 0, i, colon - l[0]);
            if (start == null) {
                start = key.getStartMark().get();
            }
            int v = skipSpaces(colon + 1, l[1]);
            if (v < l[1]) {
                tuples.add(new NodeTuple(key, inlineValue(i, v, l[1], false)));
                i++;
            } else {
                int next = nextContentLine(i + 1);
                if (next < lines.size() && startsBlockSequence(next)) {
                    int[] r = new int[1];
                    tuples.add(new NodeTuple(key, blockSequence(next, r)));
                    i = r[0];
                } else {
                    // "key:" with nothing after it is null; the mark is where the value would be
                    tuples.add(new NodeTuple(key, nullAt(i, colon + 1 - l[0])));
                    i++;
                }
            }
        }
        if (start == null) {
            throw unsupported();
        }
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, Optional.of(start), Optional.empty());
    }

    /** The end of a simple key followed by ':' and a space or the line end. */
    private int keyEnd(int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '_' || (c == '-' && i > from))) {
                break;
            }
            i++;
        }
        if (i == from || i >= to || text.charAt(i) != ':' || (i + 1 < to && text.charAt(i + 1) != ' ')) {
            throw unsupported();
        }
        return i;
    }

    private boolean startsBlockSequence(int line) {
        int[] l = lines.get(line);
        int s = skipSpaces(l[0], l[1]);
        return s < l[1] && text.charAt(s) == '-' && (s + 1 == l[1] || text.charAt(s + 1) == ' ');
    }

    private SequenceNode blockSequence(int line, int[] nextLine) {
        int[] first = lines.get(line);
        int indent = skipSpaces(first[0], first[1]) - first[0];
        List<Node> items = new ArrayList<>();
        Mark start = mark(line, indent);
        int i = line;
        while (i < lines.size()) {
            int[] l = lines.get(i);
            if (isBlank(l[0], l[1])) {
                i++;
                continue;
            }
            int s = skipSpaces(l[0], l[1]);
            if (s - l[0] != indent || text.charAt(s) != '-') {
                if (s - l[0] > indent || (s - l[0] == indent && indent > 0)) {
                    throw unsupported();
                }
                break; // back at the top level
            }
            if (s + 1 >= l[1] || text.charAt(s + 1) != ' ') {
                throw unsupported();
            }
            int c = skipSpaces(s + 1, l[1]);
            if (c != s + 2) {
                throw unsupported();
            }
            char first0 = text.charAt(c);
            if (first0 == '{' || first0 == '[' || first0 == '"' || first0 == '\'' || !looksLikeKey(c, l[1])) {
                items.add(inlineValue(i, c, l[1], false));
                i++;
            } else {
                int[] r = new int[1];
                items.add(blockMapping(i, c - l[0], c, r));
                i = r[0];
            }
        }
        nextLine[0] = i;
        return new SequenceNode(Tag.SEQ, true, items, FlowStyle.BLOCK, Optional.of(start), Optional.empty());
    }

    private boolean looksLikeKey(int from, int to) {
        int i = from;
        while (i < to && (Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128
                || text.charAt(i) == '_' || text.charAt(i) == '-')) {
            i++;
        }
        return i > from && i < to && text.charAt(i) == ':' && (i + 1 == to || text.charAt(i + 1) == ' ');
    }

    /** A block mapping inside a list item: its first key at column, further keys on lines at that column. */
    private MappingNode blockMapping(int line, int column, int firstKey, int[] nextLine) {
        List<NodeTuple> tuples = new ArrayList<>();
        int i = line;
        int from = firstKey;
        while (true) {
            int[] l = lines.get(i);
            int colon = keyEnd(from, l[1]);
            ScalarNode key = key(text.substring(from, colon), ScalarStyle.PLAIN, i, from - l[0], i,
                    colon - l[0]);
            int v = skipSpaces(colon + 1, l[1]);
            if (v >= l[1]) {
                throw unsupported(); // nested blocks are not in the subset
            }
            tuples.add(new NodeTuple(key, inlineValue(i, v, l[1], false)));
            int next = nextContentLine(i + 1);
            if (next >= lines.size()) {
                i = next;
                break;
            }
            int[] n = lines.get(next);
            int indent = skipSpaces(n[0], n[1]) - n[0];
            if (indent > column) {
                throw unsupported();
            }
            i = next;
            if (indent < column) {
                break; // the next item, or back at the top level
            }
            from = n[0] + indent;
        }
        nextLine[0] = i;
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, Optional.of(mark(line, column)),
                Optional.empty());
    }

    /** A value that fits on the rest of one line: a flow collection or a scalar. */
    private Node inlineValue(int line, int from, int to, boolean flow) {
        int end = trimEnd(from, to);
        if (end <= from) {
            throw unsupported(); // an empty value here is rare: snakeyaml-engine places its mark
        }
        int[] pos = {from};
        Node node = flowOrScalar(line, pos, end, flow);
        if (skipSpaces(pos[0], end) != end) {
            throw unsupported();
        }
        return node;
    }

    private Node flowOrScalar(int line, int[] pos, int end, boolean flow) {
        int lineStart = lines.get(line)[0];
        int p = pos[0];
        char c = text.charAt(p);
        if (c == '[') {
            List<Node> items = new ArrayList<>();
            Mark start = mark(line, p - lineStart);
            p = skipSpaces(p + 1, end);
            if (p < end && text.charAt(p) == ']') {
                pos[0] = p + 1;
                return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, Optional.of(start), Optional.empty());
            }
            while (true) {
                pos[0] = p;
                items.add(flowScalar(line, pos, end));
                p = skipSpaces(pos[0], end);
                if (p < end && text.charAt(p) == ',') {
                    p = skipSpaces(p + 1, end);
                    if (p < end && text.charAt(p) == ']') {
                        throw unsupported(); // trailing comma
                    }
                    continue;
                }
                if (p < end && text.charAt(p) == ']') {
                    pos[0] = p + 1;
                    return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, Optional.of(start),
                            Optional.empty());
                }
                throw unsupported();
            }
        }
        if (c == '{') {
            List<NodeTuple> tuples = new ArrayList<>();
            Mark start = mark(line, p - lineStart);
            p = skipSpaces(p + 1, end);
            while (true) {
                int keyStart = p;
                while (p < end && (Character.isLetterOrDigit(text.charAt(p)) && text.charAt(p) < 128
                        || text.charAt(p) == '_' || (text.charAt(p) == '-' && p > keyStart))) {
                    p++;
                }
                if (p == keyStart || p + 1 >= end || text.charAt(p) != ':' || text.charAt(p + 1) != ' ') {
                    throw unsupported();
                }
                ScalarNode key = key(text.substring(keyStart, p), ScalarStyle.PLAIN, line,
                        keyStart - lineStart, line, p - lineStart);
                pos[0] = skipSpaces(p + 1, end);
                tuples.add(new NodeTuple(key, flowScalar(line, pos, end)));
                p = skipSpaces(pos[0], end);
                if (p < end && text.charAt(p) == ',') {
                    p = skipSpaces(p + 1, end);
                    continue;
                }
                if (p < end && text.charAt(p) == '}') {
                    pos[0] = p + 1;
                    return new MappingNode(Tag.MAP, true, tuples, FlowStyle.FLOW, Optional.of(start),
                            Optional.empty());
                }
                throw unsupported();
            }
        }
        return flow ? flowScalar(line, pos, end) : blockScalar(line, pos, end);
    }

    /** A scalar in a block context: the rest of the line. */
    private ScalarNode blockScalar(int line, int[] pos, int end) {
        int p = pos[0];
        char c = text.charAt(p);
        if (c == '"' || c == '\'') {
            return quoted(line, pos, end);
        }
        checkPlainStart(p, end);
        for (int i = p; i < end; i++) {
            char x = text.charAt(i);
            if (x == '\t' || (x == ':' && (i + 1 == end || text.charAt(i + 1) == ' '))
                    || (x == '#' && text.charAt(i - 1) == ' ')) {
                throw unsupported();
            }
        }
        pos[0] = end;
        return plain(line, p, end);
    }

    /** A scalar inside [ ] or { }: ends at ',' ']' or '}'. */
    private ScalarNode flowScalar(int line, int[] pos, int end) {
        int p = pos[0];
        if (p >= end) {
            throw unsupported();
        }
        char c = text.charAt(p);
        if (c == '"' || c == '\'') {
            return quoted(line, pos, end);
        }
        checkPlainStart(p, end);
        int i = p;
        while (i < end) {
            char x = text.charAt(i);
            if (x == ',' || x == ']' || x == '}') {
                break;
            }
            if (x == '[' || x == '{' || x == '\t' || x == ':' || (x == '#' && text.charAt(i - 1) == ' ')) {
                throw unsupported();
            }
            i++;
        }
        int valueEnd = trimEnd(p, i);
        if (valueEnd == p) {
            throw unsupported();
        }
        pos[0] = i;
        return plain(line, p, valueEnd);
    }

    private void checkPlainStart(int p, int end) {
        char c = text.charAt(p);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0) {
            throw unsupported();
        }
    }

    private ScalarNode plain(int line, int from, int to) {
        int lineStart = lines.get(line)[0];
        String value = text.substring(from, to);
        return scalar(tag(value), value, ScalarStyle.PLAIN, line, from - lineStart, line, to - lineStart);
    }

    /**
     * The tag snakeyaml-engine's resolver gives a plain scalar. Every implicit tag other than str
     * (null, bool, int, float, in the JSON and core schemas) is written with ASCII characters from
     * this set only, so a value with any other character (a Chinese title, a unit) is a str
     * without running the resolver's regular expressions. Nor is a value a number when a sign
     * stands inside it other than after an exponent's e (a date: 2023-12-26), nor anything but a
     * str when it starts with a letter and is not a null or bool word (a key such as title, an id
     * such as f000821): numbers start with a sign, a digit or a dot. Only what may be a number,
     * null or bool is left to the resolver, whose regular expressions cost more than the rest of
     * a scalar.
     */
    private Tag tag(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (NON_STR.indexOf(c) < 0) {
                return Tag.STR;
            }
            if ((c == '-' || c == '+') && i > 0 && value.charAt(i - 1) != 'e' && value.charAt(i - 1) != 'E') {
                return Tag.STR;
            }
        }
        if (!value.isEmpty() && isAsciiLetter(value.charAt(0)) && !NULL_OR_BOOL.contains(value)) {
            return Tag.STR;
        }
        return resolver.resolve(value, true);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The words the JSON and core schemas read as null or bool. */
    private static final Set<String> NULL_OR_BOOL =
            Set.of("null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE");

    private static final String NON_STR = "0123456789+-._~oxXeEabcdfABCDFinINaAlLsSnNuUtTrRfF";

    private ScalarNode quoted(int line, int[] pos, int end) {
        int lineStart = lines.get(line)[0];
        int p = pos[0];
        char q = text.charAt(p);
        StringBuilder sb = new StringBuilder();
        int i = p + 1;
        while (true) {
            if (i >= end) {
                throw unsupported(); // unclosed or multi-line: snakeyaml reports it
            }
            char c = text.charAt(i);
            if (c == q) {
                if (q == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    sb.append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '\\' && q == '"') {
                if (i + 1 >= end) {
                    throw unsupported();
                }
                char e = text.charAt(i + 1);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    default -> throw unsupported();
                }
                i += 2;
                continue;
            }
            if (c == '\t') {
                throw unsupported();
            }
            sb.append(c);
            i++;
        }
        pos[0] = i + 1;
        return scalar(Tag.STR, sb.toString(), q == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED,
                line, p - lineStart, line, i + 1 - lineStart);
    }

    /** A plain key, tagged as snakeyaml-engine tags it (a key "1" is an int). */
    private ScalarNode key(String value, ScalarStyle style, int line, int column, int endLine, int endColumn) {
        return scalar(tag(value), value, style, line, column, endLine, endColumn);
    }

    private ScalarNode nullAt(int line, int column) {
        return scalar(Tag.NULL, "", ScalarStyle.PLAIN, line, column, line, column);
    }

    private ScalarNode scalar(Tag tag, String value, ScalarStyle style, int line, int column, int endLine,
            int endColumn) {
        return new ScalarNode(tag, true, value, style, Optional.of(mark(line, column)),
                Optional.of(mark(endLine, endColumn)));
    }

    private Mark mark(int line, int column) {
        return new Mark(NAME, 0, line, column, new int[0], 0);
    }

    private int nextContentLine(int from) {
        int i = from;
        while (i < lines.size() && isBlank(lines.get(i)[0], lines.get(i)[1])) {
            i++;
        }
        return i;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                throw unsupported(); // comments: snakeyaml-engine handles them
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private int skipSpaces(int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private int trimEnd(int from, int to) {
        int i = to;
        while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i;
    }
}
