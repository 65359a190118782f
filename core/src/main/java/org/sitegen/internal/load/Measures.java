package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.model.Measure;

/**
 * Splits a finding's body into measures: a paragraph enumerated 一是…二是…十一是…, or a Markdown
 * list, gives one measure per item; any other body is one measure.
 */
public final class Measures {
    private static final String DIGITS = "一二三四五六七八九";
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}([-*+]|\\d{1,9}[.)])(?: +|$)(.*)$");
    private static final String BOUNDARY = "。；;！!？?，,、：: \t\n";

    private Measures() {}

    /** The measures of a body (Markdown source, already trimmed or not). */
    public static List<Measure> split(String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> items = enumerated(text);
        if (items == null) {
            items = markdownList(text);
        }
        if (items == null) {
            items = List.of(text);
        }
        List<Measure> measures = new ArrayList<>(items.size());
        for (String item : items) {
            measures.add(new Measure(measures.size() + 1, item));
        }
        return measures;
    }

    /** The Chinese ordinal of n, 1 ≤ n ≤ 99: 一, 十, 十一, 二十, 二十一. */
    public static String ordinal(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("n " + n + " must be in 1..99");
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n - 1));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens > 1 ? String.valueOf(DIGITS.charAt(tens - 1)) : "")
                + "十"
                + (ones > 0 ? String.valueOf(DIGITS.charAt(ones - 1)) : "");
    }

    private static List<String> enumerated(String text) {
        if (!text.startsWith("一是") || text.contains("\n\n")) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> markerEnds = new ArrayList<>();
        starts.add(0);
        markerEnds.add(2);
        int from = 2;
        for (int k = 2; k <= 99; k++) {
            String marker = ordinal(k) + "是";
            int at = find(text, marker, from);
            if (at < 0) {
                break;
            }
            starts.add(at);
            markerEnds.add(at + marker.length());
            from = at + marker.length();
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            String item = text.substring(markerEnds.get(i), end).strip();
            if (item.isEmpty()) {
                return null;
            }
            items.add(item);
        }
        return items;
    }

    /** The next occurrence of marker at a clause boundary (not inside a word such as 统一是). */
    private static int find(String text, String marker, int from) {
        int at = text.indexOf(marker, from);
        while (at > 0 && BOUNDARY.indexOf(text.charAt(at - 1)) < 0) {
            at = text.indexOf(marker, at + 1);
        }
        return at;
    }

    private static List<String> markdownList(String text) {
        if ("-*+ 0123456789".indexOf(text.charAt(0)) < 0) {
            return null; // cannot start a list item: skip the regular expression
        }
        String[] lines = text.split("\n", -1);
        if (!LIST_ITEM.matcher(lines[0]).matches()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        StringBuilder current = null;
        boolean blankBefore = false;
        for (String line : lines) {
            Matcher m = LIST_ITEM.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    items.add(current.toString().strip());
                }
                current = new StringBuilder(m.group(2));
                blankBefore = false;
            } else if (line.isBlank()) {
                blankBefore = true;
            } else if (line.startsWith(" ") || line.startsWith("\t") || !blankBefore) {
                current.append('\n').append(line.strip());
                blankBefore = false;
            } else {
                return null; // a paragraph after the list: not a pure list
            }
        }
        items.add(current.toString().strip());
        return items.stream().anyMatch(String::isEmpty) ? null : items;
    }
}
