package org.sitegen.internal.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes YAML scalars so that they read back as the same text: plain when that is unambiguous,
 * otherwise double-quoted with escapes. Conservative: anything that YAML could read as another
 * type or structure, or that merely looks odd to a clerk (it starts with a quote mark or a
 * bracket), is quoted.
 */
final class YamlQuoting {
    /** Characters that may not start a plain scalar, plus quote marks and brackets clerks may misread. */
    private static final String BAD_FIRST = "-?:,[]{}#&*!|>'\"%@`“”‘’《》「」『』〈〉【】 ";
    /** Characters that end a plain scalar inside {@code [ ]} or {@code { }}. */
    private static final String FLOW_INDICATORS = ",[]{}";
    private static final Set<String> RESERVED = Set.of(
            "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".nan", ".inf", "-.inf", "+.inf");

    /** Ids such as 2023-special: digits, a hyphen, then a letter; never a number, date or time. */
    private static final Pattern YEAR_ID = Pattern.compile("[0-9]+-[a-z][a-z0-9-]*");

    private YamlQuoting() {}

    /** A scalar for block context, e.g. after {@code title: }. */
    static String scalar(String value) {
        return plainIsSafe(value, false) ? value : quoted(value);
    }

    /** A scalar inside a flow collection, e.g. an item of {@code [a, b]}. */
    static String flowScalar(String value) {
        return plainIsSafe(value, true) ? value : quoted(value);
    }

    /** A flow sequence {@code [a, "b, c"]}. */
    static String flowList(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(flowScalar(values.get(i)));
        }
        return sb.append(']').toString();
    }

    /** The text as a double-quoted scalar, with escapes for quotes, backslashes and control characters. */
    static String quoted(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (needsEscape(c)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A comment's text: one line, nothing that could end it early. */
    static String comment(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(needsEscape(c) || c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        return sb.toString();
    }

    private static boolean plainIsSafe(String value, boolean flow) {
        if (value.isEmpty() || BAD_FIRST.indexOf(value.charAt(0)) >= 0 || value.charAt(0) == '+'
                || value.charAt(0) == '.') {
            return false;
        }
        if (Character.isDigit(value.charAt(0)) && !YEAR_ID.matcher(value).matches()) {
            return false; // it could read as a number, a date or a time
        }
        if (RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":") || value.endsWith(" ")
                || value.contains("\t")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (needsEscape(c) || c == '\n' || c == '\r' || (flow && FLOW_INDICATORS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Control characters, line and paragraph separators, the BOM and non-characters. */
    private static boolean needsEscape(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c == 0x7f
                || c >= 0x80 && c <= 0x9f
                || c == 0x2028
                || c == 0x2029
                || c == 0xfeff
                || c == 0xfffe
                || c == 0xffff;
    }
}
