package org.sitegen.internal.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.internal.load.ProblemList.Pos;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The keys of one YAML mapping, read as typed values. Every read reports what is wrong at the
 * value's position and returns null, so a record is checked completely in one pass.
 */
final class Fields {

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    /** Allowed keys that an unknown key was taken for: not reported again as missing. */
    private Set<String> misspelt = Set.of();
    private final Pos pos;
    private final int lineOffset;
    private final ProblemList problems;
    private final Message where;

    /**
     * @param node the mapping
     * @param lineOffset added to the YAML's 0-based lines to give the file's 1-based lines, minus 1
     * @param where how to name this mapping in messages, e.g. "the front matter" or "contact"
     */
    Fields(MappingNode node, int lineOffset, ProblemList problems, Message where) {
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.where = where;
        this.pos = pos(node);
        for (NodeTuple t : node.getValue()) {
            Node key = t.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                problems.error(pos(key), "key.notPlain");
                continue;
            }
            String name = scalar.getValue();
            if (entries.containsKey(name)) {
                problems.error(pos(key), "key.twice", "key", name, "where", where,
                        "line", pos(entries.get(name).getKeyNode()).line());
                continue;
            }
            entries.put(name, t);
        }
    }

    Pos pos() {
        return pos;
    }

    Pos pos(Node node) {
        return node.getStartMark()
                .map(m -> new Pos(m.getLine() + 1 + lineOffset, m.getColumn() + 1))
                .orElse(Pos.FILE);
    }

    /** The position of a key, or of the mapping when the key is absent. */
    Pos keyPos(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? pos : pos(t.getKeyNode());
    }

    /** The position of a key's value, or of the mapping when the key is absent. */
    Pos valuePos(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? pos : pos(t.getValueNode());
    }

    boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    /**
     * Reports every key not in {@code allowed}, suggesting a close one. A key so suggested that is
     * absent is then not reported as missing too: the misspelt line is the one place to fix.
     */
    void rejectUnknownKeys(Collection<String> allowed) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                String closest = Suggestions.closest(key, allowed).orElse(null);
                if (closest != null && !entries.containsKey(closest)) {
                    misspelt = new java.util.HashSet<>(misspelt);
                    misspelt.add(closest);
                }
                Message suggestion = closest == null ? null : Message.of("hint.didYouMean", "name", closest);
                problems.error(
                        pos(e.getValue().getKeyNode()),
                        Message.of("key.unknown", "key", key, "where", where),
                        suggestion == null ? Message.of("hint.allowedKeys", "keys", List.copyOf(allowed)) : suggestion);
            }
        }
    }

    /** A text value; null (with an error when required) when absent or empty. */
    String text(String key, boolean required) {
        Node v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s)) {
            wrongType(key, v, "type.text", key + ": …");
            return null;
        }
        String value = s.getValue().strip();
        if (value.isEmpty()) {
            if (required) {
                problems.error(pos(v), "value.empty", "key", key, "where", where);
            }
            return null;
        }
        return value;
    }

    /** A whole number; null when absent or wrong. */
    Integer integer(String key, boolean required) {
        String raw = scalar(key, required, "type.integer", key + ": 6");
        if (raw == null) {
            return null;
        }
        if (!ScalarSyntax.isInteger(raw)) {
            problems.error(valuePos(key), "value.notInteger", "key", key, "value", raw);
            return null;
        }
        return Integer.valueOf(raw.startsWith("+") ? raw.substring(1) : raw);
    }

    /** A date YYYY-MM-DD; null when absent or wrong. */
    LocalDate date(String key, boolean required) {
        String raw = scalar(key, required, "type.date", key + ": 2023-12-26");
        return raw == null ? null : parseDate(key, raw, valuePos(key));
    }

    /** What a deadline may say instead of a date: no fixed date (issue 17). */
    private static final Set<String> LONG_TERM = Set.of("长期坚持", "长期", "long-term");

    /**
     * A deadline: a date YYYY-MM-DD, a month YYYY-MM (its last day), or 长期坚持 (also 长期,
     * long-term: no date); null when absent, long-term or wrong.
     */
    LocalDate deadline(String key) {
        String raw = scalar(key, false, "type.date", key + ": 2023-12-26");
        if (raw == null || LONG_TERM.contains(raw)) {
            return null;
        }
        if (ScalarSyntax.isYearMonth(raw)) {
            int month = ScalarSyntax.digits(raw, 5, 7);
            if (month < 1 || month > 12) {
                problems.error(valuePos(key), "date.unreal", "value", raw);
                return null;
            }
            return java.time.YearMonth.of(ScalarSyntax.digits(raw, 0, 4), month).atEndOfMonth();
        }
        return parseDate(key, raw, valuePos(key));
    }

    /** The keys of the mapping, in their order. */
    Set<String> keys() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    LocalDate parseDate(String key, String raw, Pos at) {
        if (!ScalarSyntax.isIsoDate(raw)) {
            problems.error(at, "date.format", "key", key, "value", raw);
            return null;
        }
        try {
            return LocalDate.of(ScalarSyntax.digits(raw, 0, 4), ScalarSyntax.digits(raw, 5, 7),
                    ScalarSyntax.digits(raw, 8, 10));
        } catch (DateTimeException e) {
            problems.error(at, "date.unreal", "value", raw);
            return null;
        }
    }

    /** true/false; null when absent or wrong. */
    Boolean bool(String key) {
        String raw = scalar(key, false, "type.boolean", key + ": true");
        if (raw == null) {
            return null;
        }
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.valueOf(raw);
        }
        problems.error(valuePos(key), "value.notBoolean", "key", key, "value", raw);
        return null;
    }

    /** A list of texts; a single text is taken as a list of one. Never null. */
    List<String> textList(String key) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s) {
            String value = s.getValue().strip();
            return value.isEmpty() ? List.of() : List.of(value);
        }
        if (!(v instanceof SequenceNode seq)) {
            wrongType(key, v, "type.textList", Message.of("example.textList", "key", key));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !isNull(s)) {
                String value = s.getValue().strip();
                if (!value.isEmpty()) {
                    out.add(value);
                }
            } else if (!isNull(item)) {
                problems.error(pos(item), "list.itemNotText", "key", key);
            }
        }
        return out;
    }

    /** Whether a key's value is a mapping (and not a text or a list). */
    boolean isMapping(String key) {
        NodeTuple t = entries.get(key);
        return t != null && t.getValueNode() instanceof MappingNode;
    }

    /** A nested mapping; null when absent or wrong. */
    Fields mapping(String key, boolean required) {
        Node v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof MappingNode m)) {
            wrongType(key, v, "type.mapping", Message.of("example.mapping", "key", key));
            return null;
        }
        return new Fields(m, lineOffset, problems, Message.of("where.mapping", "key", key));
    }

    /** A list of mappings, each as Fields; empty when absent or wrong. */
    List<Fields> mappings(String key, Message itemName, String example) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (!(v instanceof SequenceNode seq)) {
            wrongType(key, v, "type.list", example);
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                out.add(new Fields(m, lineOffset, problems, itemName));
            } else {
                problems.error(pos(item), "mapping.itemNotMapping", "key", key, "example", example);
            }
        }
        return out;
    }

    /**
     * A list whose items are mappings or, for short, texts: a text item is read as a mapping of the
     * one key {@code textKey} to it ({@code attachments: [assets/a.pdf, {file: assets/b.pdf, title:
     * …}]}); a single text is taken as a list of one. Empty when absent or wrong.
     */
    List<Fields> mappingsOrTexts(String key, String textKey, Message itemName, String example) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return List.of();
        }
        Node v = t.getValueNode();
        List<Node> items = v instanceof SequenceNode seq ? seq.getValue() : v instanceof ScalarNode ? List.of(v) : null;
        if (items == null) {
            wrongType(key, v, "type.list", example);
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof MappingNode m) {
                out.add(new Fields(m, lineOffset, problems, itemName));
            } else if (item instanceof ScalarNode s && !isNull(s)) {
                ScalarNode k = new ScalarNode(Tag.STR, true, textKey, org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN,
                        s.getStartMark(), s.getEndMark());
                out.add(new Fields(new MappingNode(Tag.MAP, true, List.of(new NodeTuple(k, s)),
                        org.snakeyaml.engine.v2.common.FlowStyle.FLOW, s.getStartMark(), s.getEndMark()),
                        lineOffset, problems, itemName));
            } else if (!isNull(item)) {
                problems.error(pos(item), "mapping.itemNotMapping", "key", key, "example", example);
            }
        }
        return out;
    }

    /**
     * Every scalar value of the mapping, those of nested lists and mappings included, in order, but
     * for the keys skipped; keys are left out (issue 15: the text a record publishes).
     */
    List<ScalarNode> scalarValues(Set<String> skippedKeys) {
        List<ScalarNode> out = new ArrayList<>();
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!skippedKeys.contains(e.getKey())) {
                collectScalars(e.getValue().getValueNode(), out);
            }
        }
        return out;
    }

    private static void collectScalars(Node node, List<ScalarNode> out) {
        if (node instanceof ScalarNode s) {
            if (!isNull(s)) {
                out.add(s);
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(item -> collectScalars(item, out));
        } else if (node instanceof MappingNode m) {
            m.getValue().forEach(t -> collectScalars(t.getValueNode(), out));
        }
    }

    /** The position just after a node, or its start when the parser gave no end. */
    Pos endPos(Node node) {
        return node.getEndMark()
                .map(m -> new Pos(m.getLine() + 1 + lineOffset, m.getColumn() + 1))
                .orElse(pos(node));
    }

    /** The value of a key; null when the key is absent or null, reported when it is required. */
    private Node value(String key, boolean required) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            if (required) {
                missing(key);
            }
            return null;
        }
        return t.getValueNode();
    }

    private String scalar(String key, boolean required, String what, Object example) {
        Node v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s)) {
            wrongType(key, v, what, example);
            return null;
        }
        String raw = s.getValue().strip();
        if (raw.isEmpty()) {
            if (required) {
                missing(key);
            }
            return null;
        }
        return raw;
    }

    private void missing(String key) {
        if (misspelt.contains(key)) {
            return; // reported at the misspelt key, with this one suggested
        }
        problems.error(pos, "value.missing", "key", key, "where", where);
    }

    /**
     * @param what the key of the expected type's name, e.g. "type.text"
     * @param example a line to copy: a String, or a Message when it holds words of the language
     */
    private void wrongType(String key, Node v, String what, Object example) {
        String found = v instanceof SequenceNode ? "type.list" : v instanceof MappingNode ? "type.mapping" : "type.text";
        problems.error(pos(v), "value.wrongType", "key", key, "what", Message.of(what), "found", Message.of(found),
                "example", example);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    static Set<String> keys(String... keys) {
        return new java.util.LinkedHashSet<>(List.of(keys));
    }
}
