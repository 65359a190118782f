package org.sitegen.internal.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A Word 97–2003 notice ({@code .doc}) as a {@link NoticeDocument}, read with Apache POI's HWPF:
 * the main text's paragraphs and tables in order, numbered as in {@link DocxNotice}. Fields show
 * their result, not their code. Word's automatic list numbers are not written out (HWPF does not
 * compute them); typed numbers, as official documents have, are read as they are.
 */
final class DocNotice {
    private DocNotice() {}

    static NoticeDocument read(byte[] bytes) throws IOException {
        HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
        Range range = doc.getRange();
        List<NoticeLine> lines = new ArrayList<>();
        List<NoticeTable> tables = new ArrayList<>();
        int paragraph = 0;
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t = range.getTable(p);
                List<NoticeTable.Row> rows = new ArrayList<>();
                for (int r = 0; r < t.numRows(); r++) {
                    TableRow row = t.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.numCells(); c++) {
                        TableCell cell = row.getCell(c);
                        cells.add(NoticeTable.cell(plain(cell.text())));
                    }
                    rows.add(new NoticeTable.Row(paragraph, cells));
                }
                tables.add(new NoticeTable(tables.size() + 1, lines.size(), paragraph, rows));
                i += Math.max(1, t.numParagraphs()) - 1;
                continue;
            }
            paragraph++;
            for (String piece : plain(p.text()).split("\n", -1)) {
                NoticeLine l = NoticeLine.of(paragraph, piece);
                if (l != null) {
                    lines.add(l);
                }
            }
        }
        return new NoticeDocument(lines, tables, null, "doc");
    }

    /** Word's text with fields resolved and its marks (paragraph, cell, line and page breaks) as line ends. */
    private static String plain(String text) {
        String s = Range.stripFields(text);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r', '\u0007', '\u000b', '\u000c' -> sb.append('\n');
                case '\u0001', '\u0008', '\u0013', '\u0014', '\u0015' -> { }
                case '\u001e' -> sb.append('-');
                case '\u001f' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
