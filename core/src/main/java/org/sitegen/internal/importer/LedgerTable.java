package org.sitegen.internal.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a 整改台账 table: a header row naming its columns (序号, 问题, 整改措施, 责任单位, 整改时限,
 * 整改情况 or 完成情况…, in any order and with the usual synonyms), then one problem per row. A row
 * with a single merged cell (一、党的领导方面) starts a category, as a category column does.
 */
final class LedgerTable {
    /** What a column holds. */
    enum Column { NUMBER, CATEGORY, PROBLEM, MEASURES, UNITS, DEADLINE, STATUS, STATUS_OR_MEASURES, IGNORED }

    private static final Map<Column, List<String>> NAMES = new EnumMap<>(Map.of(
            Column.NUMBER, List.of("序号", "编号", "序", "问题序号", "问题编号", "号"),
            Column.CATEGORY, List.of("问题类别", "类别", "方面", "问题类型", "类型", "反馈问题类别", "领域", "问题领域", "所属方面",
                    "板块", "问题方面"),
            Column.PROBLEM, List.of("问题", "存在问题", "反馈问题", "问题描述", "问题清单", "具体问题", "巡察反馈问题", "巡视反馈问题",
                    "问题表现", "问题内容", "主要问题", "审计发现问题", "发现问题", "问题名称", "反馈意见", "存在的问题"),
            Column.MEASURES, List.of("整改措施", "整改举措", "措施", "具体措施", "整改措施及成效", "工作措施", "主要措施",
                    "整改落实措施", "整改措施和成效"),
            Column.UNITS, List.of("责任单位", "牵头单位", "责任部门", "责任主体", "牵头部门", "整改责任单位", "责任科室",
                    "牵头单位和责任单位", "配合单位"),
            Column.DEADLINE, List.of("整改时限", "完成时限", "时限", "整改期限", "完成时间", "整改时间", "完成期限"),
            Column.STATUS, List.of("完成情况", "整改结果", "整改状态", "整改进度", "进展情况", "是否完成", "完成状态",
                    "整改完成情况", "办结情况", "状态", "进度", "整改完成状态"),
            Column.STATUS_OR_MEASURES, List.of("整改情况", "整改进展", "整改落实情况", "落实情况", "整改进展情况"),
            Column.IGNORED, List.of("责任人", "责任领导", "牵头领导", "分管领导", "督办领导", "备注", "整改目标", "目标",
                    "整改要求", "说明")));

    private static final Pattern BRACKETS = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern CATEGORY_ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}\\s*[、.]|\\(\\s*[一二三四五六七八九十]{1,3}\\s*\\)|第[一二三四五六七八九十]{1,3}部分\\s*[、.:]?)\\s*");

    /**
     * A problem read from a row.
     *
     * @param category its category's title; null when the table gives none
     * @param number its number from the 序号 column; 0 when there is none
     */
    record Entry(String category, int number, String title, List<String> measures, String units, String deadline,
            String status, NoticeTable.Row row) {}

    /**
     * A table read as a ledger.
     *
     * @param entries the problems, top to bottom
     * @param unknownColumns the headers of columns that were not understood (their cells were not read)
     */
    record Ledger(List<Entry> entries, List<String> unknownColumns) {}

    private LedgerTable() {}

    /** The ledger of a table; null when its header is not a ledger's. */
    static Ledger read(NoticeTable table) {
        List<NoticeTable.Row> rows = table.rows();
        for (int h = 0; h < Math.min(2, rows.size()); h++) {
            List<Column> columns = columns(rows.get(h).cells());
            if (isLedger(columns)) {
                return entries(rows.subList(h + 1, rows.size()), columns, rows.get(h).cells());
            }
        }
        return null;
    }

    /** The header row of an unrecognised table, for the message: its first row with text. */
    static String headerText(NoticeTable table) {
        return table.rows().stream().filter(r -> !r.isEmpty()).findFirst()
                .map(r -> String.join(" | ", r.cells().stream().map(c -> c.replace('\n', ' ')).toList())).orElse("");
    }

    private static boolean isLedger(List<Column> columns) {
        return columns.contains(Column.PROBLEM) && (columns.contains(Column.MEASURES) || columns.contains(Column.STATUS)
                || columns.contains(Column.STATUS_OR_MEASURES) || columns.contains(Column.UNITS)
                || columns.contains(Column.DEADLINE));
    }

    private static List<Column> columns(List<String> header) {
        List<Column> out = new ArrayList<>();
        for (String cell : header) {
            out.add(column(cell));
        }
        return out;
    }

    /** The column a header names; null when it is not understood. */
    static Column column(String header) {
        String h = BRACKETS.matcher(NoticeLine.key(header)).replaceAll("").replaceAll("[\\s:：、/]", "");
        if (h.isEmpty()) {
            return null;
        }
        for (Map.Entry<Column, List<String>> e : NAMES.entrySet()) {
            if (e.getValue().contains(h)) {
                return e.getKey();
            }
        }
        if (h.contains("序号") || h.contains("编号")) {
            return Column.NUMBER;
        }
        if (h.contains("类别") || h.contains("类型") || h.endsWith("方面")) {
            return Column.CATEGORY;
        }
        if (h.contains("措施") || h.contains("举措")) {
            return Column.MEASURES;
        }
        if (h.contains("时限") || h.contains("期限")) {
            return Column.DEADLINE;
        }
        if (h.contains("单位") || h.contains("部门")) {
            return Column.UNITS;
        }
        if (h.contains("完成情况") || h.contains("结果") || h.contains("状态") || h.contains("进度")) {
            return Column.STATUS;
        }
        if (h.contains("整改情况") || h.contains("进展")) {
            return Column.STATUS_OR_MEASURES;
        }
        if (h.contains("问题")) {
            return Column.PROBLEM;
        }
        if (h.contains("责任人") || h.contains("领导") || h.contains("备注")) {
            return Column.IGNORED;
        }
        return null;
    }

    private static Ledger entries(List<NoticeTable.Row> rows, List<Column> columns, List<String> header) {
        List<String> unknown = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) == null && !header.get(c).isEmpty()) {
                unknown.add(header.get(c).replace('\n', ' '));
            }
        }
        Column either = columns.contains(Column.MEASURES) ? Column.STATUS : shortCells(rows, columns)
                ? Column.STATUS : Column.MEASURES;
        List<Entry> entries = new ArrayList<>();
        String category = null;
        for (NoticeTable.Row row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            List<String> cells = row.cells();
            String single = singleText(cells);
            if (single != null && (cells.size() < columns.size() || !cellOf(cells, columns, Column.PROBLEM).equals(single)
                    || cells.size() == 1)) {
                category = ProseShapes.categoryTitle(withoutOrdinal(single));
                continue;
            }
            String cat = cellOf(cells, columns, Column.CATEGORY);
            if (!cat.isEmpty()) {
                category = ProseShapes.categoryTitle(withoutOrdinal(cat));
            }
            String title = cellOf(cells, columns, Column.PROBLEM);
            List<String> measures = new ArrayList<>(lines(cellOf(cells, columns, Column.MEASURES)));
            String status = cellOf(cells, columns, Column.STATUS);
            String either1 = cellOf(cells, columns, Column.STATUS_OR_MEASURES);
            if (!either1.isEmpty()) {
                if (either == Column.STATUS && status.isEmpty()) {
                    status = either1;
                } else {
                    measures.addAll(lines(either1));
                }
            }
            int number = 0;
            String n = NoticeLine.key(cellOf(cells, columns, Column.NUMBER)).replaceAll("[^0-9]", "");
            if (!n.isEmpty() && n.length() <= 4) {
                number = Integer.parseInt(n);
            }
            entries.add(new Entry(category, number, title.replace('\n', ' ').strip(), measures,
                    cellOf(cells, columns, Column.UNITS), cellOf(cells, columns, Column.DEADLINE),
                    status.replace('\n', ' ').strip(), row));
        }
        return new Ledger(entries, unknown);
    }

    /** Whether every non-empty cell of the 整改情况 column is short: then it holds statuses, not measures. */
    private static boolean shortCells(List<NoticeTable.Row> rows, List<Column> columns) {
        for (NoticeTable.Row row : rows) {
            String cell = cellOf(row.cells(), columns, Column.STATUS_OR_MEASURES);
            if (cell.length() > 12) {
                return false;
            }
        }
        return true;
    }

    /** The text of a row whose non-empty cells all say the same (a merged row); null otherwise. */
    private static String singleText(List<String> cells) {
        String text = null;
        for (String c : cells) {
            if (c.isEmpty()) {
                continue;
            }
            if (text != null && !text.equals(c)) {
                return null;
            }
            text = c;
        }
        return text;
    }

    /** A category's text without its ordinal 一、 or （一）. */
    private static String withoutOrdinal(String text) {
        java.util.regex.Matcher m = CATEGORY_ORDINAL.matcher(NoticeLine.key(text));
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    private static String cellOf(List<String> cells, List<Column> columns, Column column) {
        int at = columns.indexOf(column);
        return at < 0 || at >= cells.size() ? "" : cells.get(at);
    }

    private static List<String> lines(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\n"));
    }
}
