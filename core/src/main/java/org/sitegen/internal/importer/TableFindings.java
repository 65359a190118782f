package org.sitegen.internal.importer;

import java.util.Collections;

/**
 * Turns a notice's tables into its outline: a 整改台账 table ({@link LedgerTable}) gives one
 * problem per row, in the categories its rows name; any other table is reported with its place
 * and header, and kept in the narrative as a Markdown table.
 */
final class TableFindings {
    private final NoticeOutline outline;
    private final ImportProblems problems;

    TableFindings(NoticeOutline outline, ImportProblems problems) {
        this.outline = outline;
        this.problems = problems;
    }

    void read(NoticeTable table) {
        outline.closeFinding();
        LedgerTable.Ledger ledger = LedgerTable.read(table);
        if (ledger == null) {
            problems.warning(table.line(), 0, "import.tableNotRead", "table", table.number(),
                    "header", LedgerTable.headerText(table));
            outline.narrative.add(markdown(table));
            return;
        }
        if (!ledger.unknownColumns().isEmpty()) {
            problems.warning(table.line(), 0, "import.tableColumnsNotRead", "table", table.number(),
                    "columns", ledger.unknownColumns());
        }
        GroupDraft tableGroup = null;
        for (LedgerTable.Entry e : ledger.entries()) {
            NoticeTable.Row row = e.row();
            if (e.category() != null && (tableGroup == null || !tableGroup.title.equals(e.category()))) {
                outline.openGroup(e.category(), row.line());
                tableGroup = outline.group;
            }
            String text = row.text();
            NoticeLine line = new NoticeLine(row.line(), "", text, NoticeLine.key(text));
            FindingDraft d = outline.openFinding(e.number() > 0 ? e.number() : outline.nextNumber(), line);
            String title = e.title();
            if (ProseShapes.aboutProblem(NoticeLine.key(title))) {
                title = ProseShapes.problem(title).title();
            }
            d.title.append(NoticeLine.trimEnd(title, NoticePatterns.END_PUNCTUATION));
            d.measures.addAll(e.measures());
            for (String unit : e.units().split("[、，,；;\\s]+")) {
                String u = NoticeLine.trimEnd(unit, NoticePatterns.END_PUNCTUATION);
                if (!u.isEmpty() && !d.units.contains(u)) {
                    d.units.add(u);
                }
            }
            if (!e.deadline().isEmpty()) {
                d.deadline = Deadlines.read(NoticeLine.key(e.deadline()));
                if (d.deadline == null) {
                    problems.warning(row.line(), 0, "import.deadlineNotDate", "number", d.number);
                }
            }
            if (!e.status().isEmpty()) {
                d.statusText = firstClause(e.status());
                d.statusLine = line;
            }
            d.current = FindingDraft.Field.MEASURES;
            d.paragraphs = true;
        }
        outline.closeFinding();
    }

    /** A status cell's status: its first clause (已完成。已出台… → 已完成). */
    private static String firstClause(String cell) {
        String key = NoticeLine.key(cell);
        for (int i = 0; i < key.length(); i++) {
            if ("。.;，,：:（(".indexOf(key.charAt(i)) >= 0) {
                return i == 0 ? cell : cell.substring(0, i);
            }
        }
        return cell;
    }

    /** A table as Markdown (GFM), its cells escaped. */
    static String markdown(NoticeTable table) {
        int width = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (NoticeTable.Row row : table.rows()) {
            if (row.isEmpty()) {
                continue;
            }
            sb.append(first ? "" : "\n").append("| ");
            for (int c = 0; c < width; c++) {
                String cell = c < row.cells().size() ? row.cells().get(c) : "";
                sb.append(MarkdownEscaping.escape(cell.replace('\n', ' ')).replace("|", "\\|")).append(" |");
                if (c + 1 < width) {
                    sb.append(' ');
                }
            }
            if (first) {
                sb.append("\n| ").append(String.join(" | ", Collections.nCopies(width, "---"))).append(" |");
                first = false;
            }
        }
        return sb.toString();
    }
}
