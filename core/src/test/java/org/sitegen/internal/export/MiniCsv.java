package org.sitegen.internal.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: records end in CRLF (a bare CR or LF outside quotes is an
 * error), quoted fields may hold commas, quotes (doubled) and line breaks.
 */
final class MiniCsv {
    private MiniCsv() {}

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean quoted = false;
        boolean atCellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                        throw new IllegalArgumentException("text after a closing quote at " + i);
                    }
                    continue;
                }
                cell.append(c);
                i++;
                continue;
            }
            if (c == '"') {
                if (!atCellStart) {
                    throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                }
                quoted = true;
                atCellStart = false;
                i++;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("bare CR at " + i);
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atCellStart = true;
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("bare LF outside quotes at " + i);
            } else {
                cell.append(c);
                atCellStart = false;
                i++;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        if (!row.isEmpty() || cell.length() > 0) {
            throw new IllegalArgumentException("last record does not end in CRLF");
        }
        return rows;
    }
}
