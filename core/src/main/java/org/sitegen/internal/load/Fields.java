package org.sitegen.internal.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final Pos pos;
    private final int lineOffset;
    private final ProblemList problems;
    private final String where;

    /**
     * @param node the mapping
     * @param lineOffset added to the YAML's 0-based lines to give the file's 1-based lines, minus 1
     * @param where how to name this mapping in messages, e.g. "the front matter" or "contact"
     */
    Fields(MappingNode node, int lineOffset, ProblemList problems, String where) {
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.where = where;
        this.pos = pos(node);
        for (NodeTuple t : node.getValue()) {
            Node key = t.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                problems.error(pos(key), "a key must be a plain word", "write key: value");
                continue;
            }
            String name = scalar.getValue();
            if (entries.containsKey(name)) {
                problems.error(
                        pos(key),
                        "the key '" + name + "' appears twice in " + where,
                        "keep one of them (the first is on line " + pos(entries.get(name).getKeyNode()).line() + ")");
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

    /** Reports every key not in {@code allowed}, suggesting a close one. */
    void rejectUnknownKeys(Collection<String> allowed) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                String suggestion = Suggestions.didYouMean(key, allowed);
                problems.error(
                        pos(e.getValue().getKeyNode()),
                        "unknown key '" + key + "' in " + where,
                        suggestion.isEmpty() ? "allowed keys: " + String.join(", ", allowed) : suggestion);
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
            wrongType(key, v, "a text", key + ": …");
            return null;
        }
        String value = s.getValue().strip();
        if (value.isEmpty()) {
            if (required) {
                problems.error(pos(v), "'" + key + "' is empty in " + where, "write a value after " + key + ":");
            }
            return null;
        }
        return value;
    }

    /** A whole number; null when absent or wrong. */
    Integer integer(String key, boolean required) {
        String raw = scalar(key, required, "a whole number", key + ": 6");
        if (raw == null) {
            return null;
        }
        if (!isInteger(raw)) {
            problems.error(
                    valuePos(key),
                    "'" + key + "' must be a whole number, not '" + raw + "'",
                    "write digits only, e.g. " + key + ": 6");
            return null;
        }
        return Integer.valueOf(raw.startsWith("+") ? raw.substring(1) : raw);
    }

    /** A date YYYY-MM-DD; null when absent or wrong. */
    LocalDate date(String key, boolean required) {
        String raw = scalar(key, required, "a date", key + ": 2023-12-26");
        return raw == null ? null : parseDate(key, raw, valuePos(key));
    }

    LocalDate parseDate(String key, String raw, Pos at) {
        if (!isIsoDate(raw)) {
            problems.error(
                    at,
                    "'" + key + "' must be a date written YYYY-MM-DD, not '" + raw + "'",
                    "e.g. " + key + ": 2023-12-26");
            return null;
        }
        try {
            return LocalDate.of(digits(raw, 0, 4), digits(raw, 5, 7), digits(raw, 8, 10));
        } catch (DateTimeException e) {
            problems.error(
                    at,
                    "'" + raw + "' is not a real date",
                    "check the month (01–12) and the day of the month, e.g. 2023-12-26");
            return null;
        }
    }

    /** [+-]?[0-9]{1,9}, checked by hand: this runs for every record. */
    private static boolean isInteger(String s) {
        int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        int n = s.length() - start;
        return n >= 1 && n <= 9 && allDigits(s, start, s.length());
    }

    /** [0-9]{4}-[0-9]{2}-[0-9]{2}. */
    private static boolean isIsoDate(String s) {
        return s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
                && allDigits(s, 0, 4) && allDigits(s, 5, 7) && allDigits(s, 8, 10);
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }

    /** true/false; null when absent or wrong. */
    Boolean bool(String key) {
        String raw = scalar(key, false, "true or false", key + ": true");
        if (raw == null) {
            return null;
        }
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.valueOf(raw);
        }
        problems.error(valuePos(key), "'" + key + "' must be true or false, not '" + raw + "'", "");
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
            wrongType(key, v, "a list of texts", key + ": [first, second]");
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
                problems.error(pos(item), "each item of '" + key + "' must be a text", "write " + key + ": [first, second]");
            }
        }
        return out;
    }

    /** A nested mapping; null when absent or wrong. */
    Fields mapping(String key, boolean required) {
        Node v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof MappingNode m)) {
            wrongType(key, v, "a group of keys", key + ":\\n  name: value");
            return null;
        }
        return new Fields(m, lineOffset, problems, "'" + key + "'");
    }

    /** A list of mappings, each as Fields; empty when absent or wrong. */
    List<Fields> mappings(String key, String itemName, String example) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (!(v instanceof SequenceNode seq)) {
            wrongType(key, v, "a list", example);
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                out.add(new Fields(m, lineOffset, problems, "this " + itemName));
            } else {
                problems.error(pos(item), "each item of '" + key + "' must be a group of keys", "e.g. " + example);
            }
        }
        return out;
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

    private String scalar(String key, boolean required, String what, String example) {
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
        problems.error(pos, "'" + key + "' is missing in " + where, "add a line " + key + ": …");
    }

    private void wrongType(String key, Node v, String what, String example) {
        String found =
                v instanceof SequenceNode ? "a list" : v instanceof MappingNode ? "a group of keys" : "a text";
        problems.error(pos(v), "'" + key + "' must be " + what + ", not " + found, "e.g. " + example);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    static Set<String> keys(String... keys) {
        return new java.util.LinkedHashSet<>(List.of(keys));
    }
}
