package org.sitegen.internal.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One non-blank line of a notice, cleaned of what Word and copy-paste leave behind.
 *
 * @param number the 1-based line in the notice file; in a Word or PDF file, the paragraph
 * @param raw the line as decoded
 * @param text the line cleaned: Word artefacts such as {@code [bookmark: _GoBack]} and zero-width
 *     characters removed, stray spaces dropped (see {@link #clean(String)}), ends trimmed
 * @param key {@code text} with full-width ASCII (（）：．，１２３…) mapped one to one onto half-width,
 *     for matching; it has the same length as {@code text}, so what a pattern finds in the key
 *     can be cut out of the text at the same positions
 */
record NoticeLine(int number, String raw, String text, String key) {
    private static final Pattern ARTEFACT = Pattern.compile("\\[(?:bookmark|image|footnote ref|annotation):[^\\]]{0,200}]",
            Pattern.CASE_INSENSITIVE);

    /** The non-blank lines of a text, cleaned. */
    static List<NoticeLine> split(String text) {
        List<NoticeLine> lines = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("\n", -1)) {
            number++;
            String cleaned = clean(raw);
            if (!cleaned.isEmpty()) {
                lines.add(new NoticeLine(number, raw, cleaned, key(cleaned)));
            }
        }
        return lines;
    }

    /** A line of a document (a paragraph of a Word file, say), cleaned; null when it is blank. */
    static NoticeLine of(int number, String raw) {
        String cleaned = clean(raw);
        return cleaned.isEmpty() ? null : new NoticeLine(number, raw, cleaned, key(cleaned));
    }

    /** The 1-based column of a piece of the cleaned text in the raw line; 0 when it is not found. */
    int columnOf(String piece) {
        int at = piece.isEmpty() ? -1 : raw.indexOf(piece);
        return at < 0 ? 0 : at + 1;
    }

    /**
     * Cleans a line: removes Word artefacts and invisible characters, turns other spaces
     * (no-break, ideographic, tabs, control characters) into plain ones, trims the ends, and
     * drops any run of spaces that touches a Chinese character or full-width punctuation (Chinese
     * has no spaces between words; such spaces are left over from layout). Spaces between two
     * Latin letters or digits stay, as one space.
     */
    static String clean(String raw) {
        String s = ARTEFACT.matcher(raw).replaceAll("");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        String spaced = sb.toString().strip();
        StringBuilder out = new StringBuilder(spaced.length());
        int i = 0;
        while (i < spaced.length()) {
            char c = spaced.charAt(i);
            if (c != ' ') {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < spaced.length() && spaced.charAt(end) == ' ') {
                end++;
            }
            char before = spaced.charAt(i - 1);
            char after = spaced.charAt(end);
            if (!wide(before) && !wide(after)) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Chinese characters and full-width punctuation: everything outside Latin scripts. */
    private static boolean wide(char c) {
        return c >= 0x2e80;
    }

    /** The text without any of {@code chars} at its end (linear, unlike a regex ending in {@code +$}). */
    static String trimEnd(String text, String chars) {
        int end = text.length();
        while (end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Full-width ASCII (U+FF01–U+FF5E) onto ASCII, one character for one. */
    static String key(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uff01' && c <= '\uff5e') {
                chars[i] = (char) (c - 0xfee0);
            }
        }
        return new String(chars);
    }
}
