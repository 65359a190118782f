package org.sitegen.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeclaredTotalsTest {
    private static Map<String, String> read(String... lines) {
        DeclaredTotals totals = new DeclaredTotals();
        int n = 0;
        for (String line : lines) {
            totals.read(NoticeLine.of(++n, line));
        }
        return totals.totals();
    }

    @Test
    void readsTheUsualSentence() {
        assertEquals(Map.of("categories", "3", "findings", "8", "closed", "6", "open", "2", "rate", "75"),
                read("巡察反馈的3个方面8个问题，已完成整改6个、正在整改2个，整改完成率75%。"));
    }

    @Test
    void readsChineseNumeralsOtherUnitsAndStatusWords() {
        assertEquals(Map.of("findings", "12", "closed", "9", "basically-completed", "1", "long-term", "2"),
                read("巡视反馈问题共十二项，已整改九项，基本完成一项，需长期坚持的两项。"));
        assertEquals(Map.of("findings", "5", "open", "2"), read("反馈的5条问题中，尚未完成2条。"));
    }

    @Test
    void takesEachTotalFromTheFirstSentenceThatStatesIt() {
        assertEquals("8", read("巡察反馈的8个问题。", "另发现问题3个。").get("findings"));
    }

    @Test
    void ignoresCountsThatAreNotTotals() {
        assertEquals(Map.of(), read("针对巡视反馈的每一个具体问题，举一反三。", "召开会议6次，未完成整改的要求牵头单位制订措施。",
                "排查隐患10处。"));
    }
}
