package org.sitegen.internal.importer;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text notice as a {@link NoticeDocument}: its lines, and its tables as Word writes them
 * when it saves a document as plain text, one row per line with the cells separated by tabs. A
 * table is a run of at least two lines, the first with at least two tabs (three columns), each
 * of the others with at least one.
 */
final class TextNotice {
    private TextNotice() {}

    /** @param text the decoded text, with {@code \n} line ends */
    static NoticeDocument of(String text, Charset charset) {
        String[] raw = text.split("\n", -1);
        List<NoticeLine> lines = new ArrayList<>();
        List<NoticeTable> tables = new ArrayList<>();
        int i = 0;
        while (i < raw.length) {
            int end = tableEnd(raw, i);
            if (end > i) {
                List<NoticeTable.Row> rows = new ArrayList<>();
                for (int r = i; r < end; r++) {
                    rows.add(new NoticeTable.Row(r + 1,
                            Arrays.stream(raw[r].split("\t", -1)).map(NoticeTable::cell).toList()));
                }
                tables.add(new NoticeTable(tables.size() + 1, lines.size(), i + 1, rows));
                i = end;
                continue;
            }
            NoticeLine line = NoticeLine.of(i + 1, raw[i]);
            if (line != null) {
                lines.add(line);
            }
            i++;
        }
        return new NoticeDocument(lines, tables, charset, "text");
    }

    /** The end (exclusive) of the table starting at {@code from}; {@code from} when none starts there. */
    private static int tableEnd(String[] raw, int from) {
        if (tabs(raw[from]) < 2 || raw[from].isBlank()) {
            return from;
        }
        int end = from + 1;
        while (end < raw.length && tabs(raw[end]) >= 1 && !raw[end].isBlank()) {
            end++;
        }
        return end - from >= 2 ? end : from;
    }

    private static int tabs(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                n++;
            }
        }
        return n;
    }
}
