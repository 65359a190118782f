package org.sitegen.internal.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word notice ({@code .docx}, Office Open XML) as a {@link NoticeDocument}, read with Apache
 * POI: the body's paragraphs and tables in order. A paragraph's number is its position among the
 * body's paragraphs (blank ones count); a line break inside a paragraph gives two lines of the
 * same number. Word's automatic numbering (1. 2. or （一）（二） made by a list style, not typed) is
 * written out, so that the notice's structure reads as it prints.
 */
final class DocxNotice {
    private final List<NoticeLine> lines = new ArrayList<>();
    private final List<NoticeTable> tables = new ArrayList<>();
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private int paragraph;

    private DocxNotice() {}

    static NoticeDocument read(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxNotice reader = new DocxNotice();
            reader.body(doc.getBodyElements());
            return new NoticeDocument(reader.lines, reader.tables, null, "docx");
        }
    }

    private void body(List<IBodyElement> elements) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph++;
                addLines(numbering(p) + p.getText());
            } else if (e instanceof XWPFTable t) {
                table(t);
            } else if (e instanceof XWPFSDT sdt) {
                paragraph++;
                addLines(sdt.getContent().getText());
            }
        }
    }

    private void addLines(String text) {
        for (String piece : text.split("[\n\u000b]", -1)) {
            NoticeLine l = NoticeLine.of(paragraph, piece);
            if (l != null) {
                lines.add(l);
            }
        }
    }

    private void table(XWPFTable t) {
        List<NoticeTable.Row> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    text.append(numbering(p)).append(p.getText()).append('\n');
                }
                cells.add(NoticeTable.cell(text.toString()));
            }
            rows.add(new NoticeTable.Row(paragraph, cells));
        }
        tables.add(new NoticeTable(tables.size() + 1, lines.size(), paragraph, rows));
    }

    /** The text Word shows before a paragraph of an automatically numbered list; empty for others. */
    private String numbering(XWPFParagraph p) {
        BigInteger id = p.getNumID();
        String pattern = id == null ? null : p.getNumLevelText();
        if (pattern == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] counts = counters.computeIfAbsent(id, k -> new int[9]);
        counts[level]++;
        for (int deeper = level + 1; deeper < counts.length; deeper++) {
            counts[deeper] = 0;
        }
        String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int k = pattern.charAt(++i) - '1';
                out.append(k == level ? formatted(Math.max(1, counts[k]), format) : String.valueOf(Math.max(1, counts[k])));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A list number in one of Word's formats: 1, 一, ①; others as digits. */
    static String formatted(int n, String format) {
        if (format.startsWith("chinese") || format.startsWith("japaneseCounting") || format.startsWith("ideographDigital")
                || format.startsWith("taiwaneseCounting")) {
            return n <= 99 ? chinese(n) : String.valueOf(n);
        }
        if (format.startsWith("decimalEnclosedCircle") && n <= 20) {
            return String.valueOf((char) ('①' + n - 1));
        }
        return String.valueOf(n);
    }

    /** 1 to 99 in Chinese numerals: 一, 十, 十一, 二十, 二十一. */
    private static String chinese(int n) {
        String digits = "一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n - 1));
        }
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10 - 1)) : "") + "十"
                + (n % 10 > 0 ? String.valueOf(digits.charAt(n % 10 - 1)) : "");
    }
}
