package org.sitegen.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitegen.internal.importer.LedgerTable.Column;

class LedgerTableTest {
    private static NoticeTable table(List<List<String>> rows) {
        return new NoticeTable(1, 0, 1, rows.stream().map(r -> new NoticeTable.Row(1, r)).toList());
    }

    @Test
    void namesColumnsByTheirUsualHeaders() {
        assertEquals(Column.NUMBER, LedgerTable.column("序 号"));
        assertEquals(Column.PROBLEM, LedgerTable.column("巡察反馈问题"));
        assertEquals(Column.PROBLEM, LedgerTable.column("问题表现（具体）"));
        assertEquals(Column.CATEGORY, LedgerTable.column("问题类别"));
        assertEquals(Column.MEASURES, LedgerTable.column("整改措施及成效"));
        assertEquals(Column.UNITS, LedgerTable.column("牵头单位"));
        assertEquals(Column.DEADLINE, LedgerTable.column("完成时限"));
        assertEquals(Column.STATUS, LedgerTable.column("完成情况"));
        assertEquals(Column.STATUS_OR_MEASURES, LedgerTable.column("整改情况"));
        assertEquals(Column.IGNORED, LedgerTable.column("责任领导"));
        assertNull(LedgerTable.column("会议名称"));
    }

    @Test
    void takesTheHeaderFromTheSecondRowUnderATitleRow() {
        LedgerTable.Ledger ledger = LedgerTable.read(table(List.of(
                List.of("巡察反馈问题整改台账", "巡察反馈问题整改台账", "巡察反馈问题整改台账"),
                List.of("问题", "整改情况", "备注"),
                List.of("学习不深入", "已完成", ""))));
        assertEquals(1, ledger.entries().size());
        assertEquals("已完成", ledger.entries().get(0).status(), "short cells of 整改情况 are statuses");
    }

    @Test
    void readsLongCellsOf整改情况AsMeasures() {
        LedgerTable.Ledger ledger = LedgerTable.read(table(List.of(
                List.of("问题", "整改情况", "核对人"),
                List.of("学习不深入", "制定学习计划，开展专题学习，每月检查一次。", "张三"))));
        assertEquals(List.of("制定学习计划，开展专题学习，每月检查一次。"), ledger.entries().get(0).measures());
        assertEquals("", ledger.entries().get(0).status());
        assertEquals(List.of("核对人"), ledger.unknownColumns());
    }

    @Test
    void isNoLedgerWithoutAProblemColumn() {
        assertNull(LedgerTable.read(table(List.of(List.of("会议名称", "时间", "整改措施"), List.of("a", "b", "c")))));
    }
}
