package org.sitegen.internal.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of a notice (a Word table, or tab-separated lines of a plain-text file), at its place
 * among the notice's lines.
 *
 * @param number 1 for the notice's first table, 2 for the second…
 * @param index the index, in the notice's list of lines, of the first line after the table
 * @param line where the table starts: the line of its first row in a text file, the number of
 *     the paragraph before it in a Word or PDF file
 * @param rows its rows, top to bottom, including the header row
 */
record NoticeTable(int number, int index, int line, List<Row> rows) {
    NoticeTable {
        rows = List.copyOf(rows);
    }

    /**
     * A row of a table.
     *
     * @param line the row's line in a text file; the table's line in a Word file
     * @param cells each cell's text, cleaned as a {@link NoticeLine}'s; a cell of several paragraphs
     *     has them separated by {@code \n}
     */
    record Row(int line, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** The row as one line of text, its cells separated by " | ". */
        String text() {
            return cells.stream().collect(Collectors.joining(" | "));
        }

        /** Whether every cell is empty. */
        boolean isEmpty() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /** A cell's text cleaned as a line is: each of its paragraphs cleaned, blank ones dropped. */
    static String cell(String raw) {
        return raw.lines().map(NoticeLine::clean).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
    }
}
