package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The part of {@link SimpleYaml} that reads what stands on the rest of one line: keys, flow lists
 * and flow mappings of scalars, and plain, single- and double-quoted scalars. Leaves the fast path
 * ({@link SimpleYaml#unsupported()}) at anything else.
 */
final class InlineValues {
    private final YamlLines lines;
    private final String text;
    private final ScalarResolver resolver;

    InlineValues(YamlLines lines, ScalarResolver resolver) {
        this.lines = lines;
        this.text = lines.text;
        this.resolver = resolver;
    }

    /** A value that fits on the rest of one line: a flow collection or a scalar. */
    Node value(int line, int from, int to, boolean flow) {
        int end = lines.trimEnd(from, to);
        if (end <= from) {
            throw SimpleYaml.unsupported(); // an empty value here is rare: snakeyaml-engine places its mark
        }
        int[] pos = {from};
        Node node = flowOrScalar(line, pos, end, flow);
        if (lines.skipSpaces(pos[0], end) != end) {
            throw SimpleYaml.unsupported();
        }
        return node;
    }

    /** A plain key, tagged as snakeyaml-engine tags it (a key "1" is an int). */
    ScalarNode key(String value, int line, int column, int endLine, int endColumn) {
        return lines.scalar(ImplicitTags.of(value, resolver), value, ScalarStyle.PLAIN, line, column, endLine,
                endColumn);
    }

    private Node flowOrScalar(int line, int[] pos, int end, boolean flow) {
        int lineStart = lines.line(line)[0];
        int p = pos[0];
        char c = text.charAt(p);
        if (c == '[') {
            List<Node> items = new ArrayList<>();
            Mark start = lines.mark(line, p - lineStart);
            p = lines.skipSpaces(p + 1, end);
            if (p < end && text.charAt(p) == ']') {
                pos[0] = p + 1;
                return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, Optional.of(start), Optional.empty());
            }
            while (true) {
                pos[0] = p;
                items.add(flowScalar(line, pos, end));
                p = lines.skipSpaces(pos[0], end);
                if (p < end && text.charAt(p) == ',') {
                    p = lines.skipSpaces(p + 1, end);
                    if (p < end && text.charAt(p) == ']') {
                        throw SimpleYaml.unsupported(); // trailing comma
                    }
                    continue;
                }
                if (p < end && text.charAt(p) == ']') {
                    pos[0] = p + 1;
                    return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, Optional.of(start),
                            Optional.empty());
                }
                throw SimpleYaml.unsupported();
            }
        }
        if (c == '{') {
            List<NodeTuple> tuples = new ArrayList<>();
            Mark start = lines.mark(line, p - lineStart);
            p = lines.skipSpaces(p + 1, end);
            while (true) {
                int keyStart = p;
                while (p < end && (Character.isLetterOrDigit(text.charAt(p)) && text.charAt(p) < 128
                        || text.charAt(p) == '_' || (text.charAt(p) == '-' && p > keyStart))) {
                    p++;
                }
                if (p == keyStart || p + 1 >= end || text.charAt(p) != ':' || text.charAt(p + 1) != ' ') {
                    throw SimpleYaml.unsupported();
                }
                ScalarNode key = key(text.substring(keyStart, p), line, keyStart - lineStart, line, p - lineStart);
                pos[0] = lines.skipSpaces(p + 1, end);
                tuples.add(new NodeTuple(key, flowScalar(line, pos, end)));
                p = lines.skipSpaces(pos[0], end);
                if (p < end && text.charAt(p) == ',') {
                    p = lines.skipSpaces(p + 1, end);
                    continue;
                }
                if (p < end && text.charAt(p) == '}') {
                    pos[0] = p + 1;
                    return new MappingNode(Tag.MAP, true, tuples, FlowStyle.FLOW, Optional.of(start),
                            Optional.empty());
                }
                throw SimpleYaml.unsupported();
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
        checkPlainStart(p);
        for (int i = p; i < end; i++) {
            char x = text.charAt(i);
            if (x == '\t' || (x == ':' && (i + 1 == end || text.charAt(i + 1) == ' '))
                    || (x == '#' && text.charAt(i - 1) == ' ')) {
                throw SimpleYaml.unsupported();
            }
        }
        pos[0] = end;
        return plain(line, p, end);
    }

    /** A scalar inside [ ] or { }: ends at ',' ']' or '}'. */
    private ScalarNode flowScalar(int line, int[] pos, int end) {
        int p = pos[0];
        if (p >= end) {
            throw SimpleYaml.unsupported();
        }
        char c = text.charAt(p);
        if (c == '"' || c == '\'') {
            return quoted(line, pos, end);
        }
        checkPlainStart(p);
        int i = p;
        while (i < end) {
            char x = text.charAt(i);
            if (x == ',' || x == ']' || x == '}') {
                break;
            }
            if (x == '[' || x == '{' || x == '\t' || x == ':' || (x == '#' && text.charAt(i - 1) == ' ')) {
                throw SimpleYaml.unsupported();
            }
            i++;
        }
        int valueEnd = lines.trimEnd(p, i);
        if (valueEnd == p) {
            throw SimpleYaml.unsupported();
        }
        pos[0] = i;
        return plain(line, p, valueEnd);
    }

    private void checkPlainStart(int p) {
        char c = text.charAt(p);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0) {
            throw SimpleYaml.unsupported();
        }
    }

    private ScalarNode plain(int line, int from, int to) {
        int lineStart = lines.line(line)[0];
        String value = text.substring(from, to);
        return lines.scalar(ImplicitTags.of(value, resolver), value, ScalarStyle.PLAIN, line, from - lineStart, line,
                to - lineStart);
    }

    private ScalarNode quoted(int line, int[] pos, int end) {
        int lineStart = lines.line(line)[0];
        int p = pos[0];
        char q = text.charAt(p);
        StringBuilder sb = new StringBuilder();
        int i = p + 1;
        while (true) {
            if (i >= end) {
                throw SimpleYaml.unsupported(); // unclosed or multi-line: snakeyaml reports it
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
                    throw SimpleYaml.unsupported();
                }
                char e = text.charAt(i + 1);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    default -> throw SimpleYaml.unsupported();
                }
                i += 2;
                continue;
            }
            if (c == '\t') {
                throw SimpleYaml.unsupported();
            }
            sb.append(c);
            i++;
        }
        pos[0] = i + 1;
        return lines.scalar(Tag.STR, sb.toString(), q == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED,
                line, p - lineStart, line, i + 1 - lineStart);
    }
}
