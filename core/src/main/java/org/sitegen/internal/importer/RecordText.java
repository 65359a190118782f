package org.sitegen.internal.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a record, changed a line at a time: a top-level scalar's
 * value replaced, an item added to a top-level list. Every other byte stays as it was — the body,
 * comments, quoting, the order of keys, a BOM, CRLF line ends — so that a clerk's hand-written
 * record is changed only where an import must change it. Each change says whether it could be
 * made; one it cannot make safely (a value over several lines, a list in an unusual form) is left
 * to the clerk, never guessed.
 *
 * <p>Not thread-safe: one per file.
 */
final class RecordText {
    private static final Pattern TOP_KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(?=[ \\t]|$)");

    /** The lines, each with its own line end ({@code \n}, {@code \r\n}, {@code \r} or none at the end). */
    private final List<String> lines;
    /** The line end new lines get: the file's first. */
    private final String eol;
    /** The index of the first line of YAML, and of the line after the last. */
    private final int start;
    private int end;

    private RecordText(List<String> lines, int start, int end) {
        this.lines = lines;
        this.start = start;
        this.end = end;
        String first = lines.isEmpty() ? "\n" : lines.get(0);
        this.eol = first.endsWith("\r\n") ? "\r\n" : first.endsWith("\r") ? "\r" : "\n";
    }

    /**
     * A record: its front matter between the {@code ---} lines can be changed.
     *
     * @return the record's text, or null when it has no closed front matter
     */
    static RecordText record(byte[] bytes) {
        List<String> lines = lines(new String(bytes, StandardCharsets.UTF_8));
        if (lines.isEmpty() || !content(lines.get(0)).replace("\uFEFF", "").strip().equals("---")) {
            return null;
        }
        for (int i = 1; i < lines.size(); i++) {
            String l = content(lines.get(i)).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                return new RecordText(lines, 1, i);
            }
        }
        return null;
    }

    /** The text, as UTF-8. */
    byte[] bytes() {
        StringBuilder sb = new StringBuilder();
        lines.forEach(sb::append);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the front matter has a top-level key. */
    boolean has(String key) {
        return keyLine(key) >= 0;
    }

    /**
     * Replaces the value of a top-level {@code key: value} line, keeping what follows it (a
     * comment).
     *
     * @param value the new value, as YAML ({@link YamlQuoting#scalar})
     * @return false when there is no such line or its value is not a scalar on that line
     */
    boolean setScalar(String key, String value) {
        int k = keyLine(key);
        if (k < 0) {
            return false;
        }
        String line = lines.get(k);
        String text = content(line);
        Matcher m = TOP_KEY.matcher(text);
        if (!m.lookingAt()) {
            return false;
        }
        int from = m.end();
        while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        int to = scalarEnd(text, from);
        if (to < 0 || from == text.length() || isBlock(k)) {
            return false;
        }
        lines.set(k, text.substring(0, from) + value + text.substring(to) + line.substring(text.length()));
        return true;
    }

    /**
     * Adds an item to a top-level block list ({@code key:} then lines {@code - …}), or to a flow
     * list on the key's line ({@code key: [a, b]}); adds the key with the item at the end when it
     * is missing.
     *
     * @param item the item's text without its {@code - }: one line for a flow list or a new key,
     *     or lines joined by {@code \n}, the lines after the first indented as the first's content
     * @param position where among the {@code count} items of the list it goes, 0 for first
     * @param count how many items the list has, as the record was read; the text must agree
     * @return false when the list is in a form this cannot change safely
     */
    boolean addItem(String key, String item, int position, int count) {
        int k = keyLine(key);
        if (k < 0) {
            if (count != 0) {
                return false;
            }
            int at = lastContentLine(start - 1, end) + 1;
            insert(at, key + ":", "  - " + item.replace("\n", "\n    "));
            return true;
        }
        String text = content(lines.get(k));
        Matcher m = TOP_KEY.matcher(text);
        if (!m.lookingAt()) {
            return false;
        }
        String rest = withoutComment(text.substring(m.end())).strip();
        if (rest.startsWith("[")) {
            return addToFlowList(k, text, m.end(), item, position, count);
        }
        if (!rest.isEmpty()) {
            return false;
        }
        int blockEnd = blockEnd(k);
        List<Integer> items = new ArrayList<>();
        String indent = null;
        for (int i = k + 1; i < blockEnd; i++) {
            String l = content(lines.get(i));
            String stripped = l.stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            String lead = l.substring(0, l.length() - stripped.length());
            if (indent == null && (stripped.startsWith("- ") || stripped.equals("-"))) {
                indent = lead;
            }
            if (indent != null && lead.equals(indent) && (stripped.startsWith("- ") || stripped.equals("-"))) {
                items.add(i);
            } else if (indent == null || lead.length() <= indent.length()) {
                return false; // not a list of items at one indent
            }
        }
        if (items.size() != count || position < 0 || position > count) {
            return false;
        }
        if (indent == null) {
            indent = "  ";
        }
        if (indent.contains("\t")) {
            return false;
        }
        int at = position < count ? firstLineOfItem(items.get(position), k) : lastContentLine(k, blockEnd) + 1;
        insert(at, indent + "- " + item.replace("\n", "\n" + indent + "  "));
        return true;
    }

    /** The line an item starts on, with the comment lines just above it (they belong to it). */
    private int firstLineOfItem(int itemLine, int keyLine) {
        int at = itemLine;
        while (at - 1 > keyLine && content(lines.get(at - 1)).strip().startsWith("#")) {
            at--;
        }
        return at;
    }

    private boolean addToFlowList(int k, String text, int valueFrom, String item, int position, int count) {
        if (position != count || item.contains("\n")) {
            return false;
        }
        String tail = text.substring(valueFrom);
        String value = withoutComment(tail).stripTrailing();
        if (!value.endsWith("]") || countOf(value, '[') != 1 || countOf(value, ']') != 1) {
            return false; // brackets inside the items: left to the clerk
        }
        int close = valueFrom + value.length() - 1;
        String inside = text.substring(valueFrom, close).strip();
        boolean empty = inside.equals("[");
        if (empty != (count == 0)) {
            return false;
        }
        String line = lines.get(k);
        String added = text.substring(0, close) + (empty ? "" : ", ") + item + text.substring(close);
        lines.set(k, added + line.substring(text.length()));
        return true;
    }

    private static int countOf(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Inserts lines before line {@code at}, with the file's line end. */
    private void insert(int at, String... texts) {
        List<String> added = new ArrayList<>();
        for (String t : texts) {
            for (String piece : t.split("\n", -1)) {
                added.add(piece + eol);
            }
        }
        if (at > 0 && at == lines.size() && !endsWithEol(lines.get(at - 1))) {
            lines.set(at - 1, lines.get(at - 1) + eol); // the last line had no line end
            String last = added.remove(added.size() - 1);
            added.add(last.substring(0, last.length() - eol.length()));
        }
        lines.addAll(at, added);
        if (at <= end) {
            end += added.size();
        }
    }

    /** The index of the line of a top-level key in the front matter, or -1. */
    private int keyLine(String key) {
        for (int i = start; i < end; i++) {
            Matcher m = TOP_KEY.matcher(content(lines.get(i)).replace("\uFEFF", ""));
            if (m.lookingAt() && m.group(1).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The index after the last line of the block under a top-level key. */
    private int blockEnd(int keyLine) {
        int i = keyLine + 1;
        while (i < end) {
            String l = content(lines.get(i));
            boolean inBlock = l.isEmpty() || l.charAt(0) == ' ' || l.charAt(0) == '\t' || l.charAt(0) == '#'
                    || l.startsWith("- ") || l.equals("-");
            if (!inBlock) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Whether a key's value continues on the lines below it (a block scalar, a multi-line value). */
    private boolean isBlock(int keyLine) {
        int i = keyLine + 1;
        while (i < end) {
            String l = content(lines.get(i));
            if (l.isBlank() || l.strip().startsWith("#") && !(l.charAt(0) == ' ' || l.charAt(0) == '\t')) {
                i++;
                continue;
            }
            return l.charAt(0) == ' ' || l.charAt(0) == '\t';
        }
        return false;
    }

    /** The last line in (from, to) that is neither blank nor a comment; {@code from} when there is none. */
    private int lastContentLine(int from, int to) {
        int last = from;
        for (int i = from + 1; i < to; i++) {
            String l = content(lines.get(i)).strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                last = i;
            }
        }
        return last;
    }

    /**
     * The end of the scalar starting at {@code from}: after its closing quote, or before a comment
     * or trailing spaces; -1 when it is not a scalar that ends on the line.
     */
    private static int scalarEnd(String text, int from) {
        if (from >= text.length()) {
            return from;
        }
        char c = text.charAt(from);
        if (c == '"') {
            for (int i = from + 1; i < text.length(); i++) {
                if (text.charAt(i) == '\\') {
                    i++;
                } else if (text.charAt(i) == '"') {
                    return i + 1;
                }
            }
            return -1;
        }
        if (c == '\'') {
            for (int i = from + 1; i < text.length(); i++) {
                if (text.charAt(i) == '\'') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return i + 1;
                    }
                }
            }
            return -1;
        }
        if (c == '|' || c == '>' || c == '[' || c == '{' || c == '&' || c == '*' || c == '!') {
            return -1;
        }
        String value = withoutComment(text.substring(from)).stripTrailing();
        return from + value.length();
    }

    /** A value without its comment: from a {@code #} after a space (outside quotes) on. */
    private static String withoutComment(String s) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && dbl) {
                i++;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '#' && !single && !dbl && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int to = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(text.substring(from, to));
                from = to;
                i = to - 1;
            }
        }
        if (from < text.length()) {
            lines.add(text.substring(from));
        }
        return lines;
    }

    /** A line without its line end. */
    private static String content(String line) {
        int n = line.length();
        while (n > 0 && (line.charAt(n - 1) == '\n' || line.charAt(n - 1) == '\r')) {
            n--;
        }
        return line.substring(0, n);
    }

    private static boolean endsWithEol(String line) {
        return line.endsWith("\n") || line.endsWith("\r");
    }
}
