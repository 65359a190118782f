package org.sitegen.internal.export;

import org.sitegen.internal.text.Utf8Bytes;
import java.time.LocalDate;
import java.util.List;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Measure;
import org.sitegen.model.Outcomes;
import org.sitegen.model.Site;

/**
 * Writes {@code data/findings.csv}: one row per finding, in reading order, under a header row in
 * the site's language. Made to open correctly in Excel on a Chinese Windows: UTF-8 with a BOM, CRLF
 * between rows, RFC 4180 quoting.
 *
 * <p>The status is given by its code (the same across the site) and its label in the words of
 * the finding's inspection (an audit's 已整改 where a 巡视's is 完成).
 *
 * <p>Each cell is cleaned the same way:
 * <ol>
 *   <li>control characters other than tab, CR and LF are dropped (a NUL ends the text in many
 *       tools), and unpaired surrogates become U+FFFD;
 *   <li>a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF, or their
 *       full-width forms {@code ＝ ＋ － ＠}, is prefixed with {@code '} so that a spreadsheet
 *       shows it as text instead of running it as a formula (CSV injection);
 *   <li>a cell holding {@code "}, {@code ,}, CR or LF is quoted, with {@code "} doubled.
 * </ol>
 * Line breaks inside a cell (between measures) are LF, which Excel shows as a line break in the
 * cell.
 */
final class FindingsCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The ASCII characters that are doubled ({@code "}) or dropped (controls but tab, CR, LF; DEL). */
    private static final boolean[] STOPS = stops();

    private FindingsCsv() {}

    private static boolean[] stops() {
        boolean[] stops = new boolean[128];
        for (int c = 0; c < 128; c++) {
            stops[c] = c == '"' || isDropped((char) c);
        }
        return stops;
    }

    /**
     * The table for a site.
     *
     * @param base the encoded absolute base URL ending in '/', or null for relative page URLs
     */
    static Utf8Bytes write(Site site, String base, ExportWords text) {
        Utf8Bytes out = new Utf8Bytes();
        out.bytes(BOM);
        java.util.Set<String> nouns = new java.util.LinkedHashSet<>();
        for (org.sitegen.model.Inspection i : site.inspections()) {
            nouns.add(i.words().words().getOrDefault("noun", i.words().base().word()));
        }
        row(out, text.csvHeader(nouns.isEmpty() ? List.of("巡视") : List.copyOf(nouns)));
        StringBuilder sb = new StringBuilder(256);
        String sep = text.listSeparator();
        StatusLabels labels = new StatusLabels(site);
        for (Finding f : site.findings()) {
            cell(out, Integer.toString(f.number()), true);
            cell(out, f.id(), false);
            cell(out, f.title(), false);
            cell(out, f.status().code(), false);
            cell(out, labels.label(f.status(), f), false);
            cell(out, f.category().id(), false);
            cell(out, f.category().title(), false);
            cell(out, f.inspection().id(), false);
            cell(out, String.join(sep, f.units()), false);
            cell(out, f.deadline() == null ? "" : f.deadline().toString(), false);
            cell(out, String.join(sep, f.documents()), false);
            sb.setLength(0);
            for (Measure m : f.measures()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(m.number()).append(". ").append(m.text());
            }
            cell(out, sb, false);
            LocalDate latest = latest(f.history());
            cell(out, latest == null ? "" : latest.toString(), false);
            String url = SitePaths.finding(f.id());
            cell(out, base == null ? url : base + url, false);
            cell(out, f.inspection().title(), false);
            for (String key : Outcomes.KEYS) {
                Number n = f.outcomes().get(key);
                cell(out, n == null ? "" : n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString(), false);
            }
            out.rawByte('\r').rawByte('\n');
        }
        return out;
    }

    /** The newest date of a history, or null when it is empty. */
    static LocalDate latest(List<HistoryEntry> history) {
        LocalDate latest = null;
        for (HistoryEntry h : history) {
            if (latest == null || h.date().isAfter(latest)) {
                latest = h.date();
            }
        }
        return latest;
    }

    private static void row(Utf8Bytes out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            cell(out, cells.get(i), i == 0);
        }
        out.rawByte('\r').rawByte('\n');
    }

    /** Appends one cell, cleaned, neutralised and quoted as the class describes. */
    static void cell(Utf8Bytes out, CharSequence value, boolean first) {
        if (!first) {
            out.rawByte(',');
        }
        int n = value.length();
        int start = 0;
        while (start < n && isDropped(value.charAt(start))) {
            start++;
        }
        boolean quote = false;
        for (int i = start; i < n && !quote; i++) {
            char c = value.charAt(i);
            quote = c == '"' || c == ',' || c == '\r' || c == '\n';
        }
        if (quote) {
            out.rawByte('"');
        }
        if (start < n && isFormulaStart(value.charAt(start))) {
            out.rawByte('\'');
        }
        int i = start;
        while ((i = out.textUntil(value, i, STOPS)) < n) {
            char c = value.charAt(i++);
            if (c == '"') {
                out.rawByte('"').rawByte('"');
            } else if (c >= 0x80) {
                out.codePoint(c);
            }
        }
        if (quote) {
            out.rawByte('"');
        }
    }

    private static boolean isDropped(char c) {
        return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F;
    }

    private static boolean isFormulaStart(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
