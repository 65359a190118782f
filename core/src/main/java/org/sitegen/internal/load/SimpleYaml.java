package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
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
 * <p>This class reads the block structure (the top-level keys, block lists, the mappings in their
 * items); {@link InlineValues} reads what stands on the rest of a line, {@link ImplicitTags} tags
 * plain scalars, {@link YamlLines} holds the lines and makes the marks.
 *
 * <p>Why: on a cold JVM snakeyaml-engine's general scanner costs most of the time of loading ten
 * thousand records. {@code SimpleYamlTest} checks node for node, mark for mark, that both agree.
 */
final class SimpleYaml {
    private final YamlLines lines;
    private final String text;
    private final InlineValues values;

    private SimpleYaml(String text, ScalarResolver resolver) {
        this.lines = new YamlLines(text);
        this.text = text;
        this.values = new InlineValues(lines, resolver);
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

    /** What the readers of the fast path throw to leave it: {@link #parse} then returns null. */
    static RuntimeException unsupported() {
        return Unsupported.INSTANCE;
    }

    private MappingNode document() {
        List<NodeTuple> tuples = new ArrayList<>();
        Mark start = null;
        int i = 0;
        while (i < lines.size()) {
            int[] l = lines.line(i);
            if (lines.isBlank(l[0], l[1])) {
                i++;
                continue;
            }
            if (text.charAt(l[0]) == ' ' || text.charAt(l[0]) == '\t') {
                throw unsupported();
            }
            int colon = keyEnd(l[0], l[1]);
            ScalarNode key = values.key(text.substring(l[0], colon), i, 0, i, colon - l[0]);
            if (start == null) {
                start = key.getStartMark().get();
            }
            int v = lines.skipSpaces(colon + 1, l[1]);
            if (v < l[1]) {
                tuples.add(new NodeTuple(key, values.value(i, v, l[1], false)));
                i++;
            } else {
                int next = lines.nextContentLine(i + 1);
                if (next < lines.size() && startsBlockSequence(next)) {
                    int[] r = new int[1];
                    tuples.add(new NodeTuple(key, blockSequence(next, r)));
                    i = r[0];
                } else {
                    // "key:" with nothing after it is null; the mark is where the value would be
                    tuples.add(new NodeTuple(key, lines.nullAt(i, colon + 1 - l[0])));
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
        int[] l = lines.line(line);
        int s = lines.skipSpaces(l[0], l[1]);
        return s < l[1] && text.charAt(s) == '-' && (s + 1 == l[1] || text.charAt(s + 1) == ' ');
    }

    private SequenceNode blockSequence(int line, int[] nextLine) {
        int[] first = lines.line(line);
        int indent = lines.skipSpaces(first[0], first[1]) - first[0];
        List<Node> items = new ArrayList<>();
        Mark start = lines.mark(line, indent);
        int i = line;
        while (i < lines.size()) {
            int[] l = lines.line(i);
            if (lines.isBlank(l[0], l[1])) {
                i++;
                continue;
            }
            int s = lines.skipSpaces(l[0], l[1]);
            if (s - l[0] != indent || text.charAt(s) != '-') {
                if (s - l[0] > indent || (s - l[0] == indent && indent > 0)) {
                    throw unsupported();
                }
                break; // back at the top level
            }
            if (s + 1 >= l[1] || text.charAt(s + 1) != ' ') {
                throw unsupported();
            }
            int c = lines.skipSpaces(s + 1, l[1]);
            if (c != s + 2) {
                throw unsupported();
            }
            char first0 = text.charAt(c);
            if (first0 == '{' || first0 == '[' || first0 == '"' || first0 == '\'' || !looksLikeKey(c, l[1])) {
                items.add(values.value(i, c, l[1], false));
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
            int[] l = lines.line(i);
            int colon = keyEnd(from, l[1]);
            ScalarNode key = values.key(text.substring(from, colon), i, from - l[0], i, colon - l[0]);
            int v = lines.skipSpaces(colon + 1, l[1]);
            if (v >= l[1]) {
                throw unsupported(); // nested blocks are not in the subset
            }
            tuples.add(new NodeTuple(key, values.value(i, v, l[1], false)));
            int next = lines.nextContentLine(i + 1);
            if (next >= lines.size()) {
                i = next;
                break;
            }
            int[] n = lines.line(next);
            int indent = lines.skipSpaces(n[0], n[1]) - n[0];
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
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, Optional.of(lines.mark(line, column)),
                Optional.empty());
    }
}
