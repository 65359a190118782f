package org.sitegen.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Site;

/** data/findings.csv opens in Excel and holds the same data as the model. */
class FindingsCsvTest {
    static Site site;
    static byte[] bytes;
    static List<List<String>> rows;

    @BeforeAll
    static void export() throws Exception {
        site = Exports.example();
        bytes = Exports.export(site, site.baseUrl()).out().bytes(ExportStage.CSV);
        rows = MiniCsv.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
    }

    @Test
    void startsWithUtf8Bom() {
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("\uFEFF编号,"));
    }

    @Test
    void everyRecordEndsInCrlfAndTheFileToo() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith(",,,,,,\r\n"), "the last row ends in its empty outcome cells and CRLF");
        // MiniCsv rejects a bare CR or LF outside quotes, so parsing at all proves it.
        assertEquals(24, rows.size());
    }

    @Test
    void headerIsInChinese() {
        assertEquals(List.of("编号", "标识", "问题", "整改结果代码", "整改结果", "类别标识", "问题类别", "巡视标识",
                "责任单位", "整改时限", "出台文件", "整改情况", "最新进展日期", "页面地址", "巡视名称",
                "问责（人）", "党纪政务处分（人）", "追缴资金（万元）", "清退资金（万元）", "挽回损失（万元）", "建立完善制度（项）"),
                rows.get(0));
    }

    @Test
    void headerIsInEnglishForAnEnglishSite() throws Exception {
        Category c = Exports.category("c", 1, "Funds");
        Site en = Exports.siteBuilder(Locale.ENGLISH).addCategory(c)
                .addFinding(Exports.finding("a", 1, "Loans", c, Exports.status("completed"), List.of("Finance", "Audit"),
                        null, List.of(), List.of(), List.of("Did it")))
                .build();
        List<List<String>> r = MiniCsv.parse(Exports.export(en, null).out().text(ExportStage.CSV));
        assertEquals(List.of("No.", "ID", "Finding", "Status code", "Status", "Category ID", "Category",
                "Inspection ID", "Responsible units", "Deadline", "Documents", "Measures", "Latest update", "Page",
                "Inspection", "Held accountable (persons)", "Disciplined (persons)", "Funds collected (10,000 yuan)",
                "Funds refunded (10,000 yuan)", "Losses retrieved (10,000 yuan)", "Rules made or revised"),
                r.get(0));
        assertEquals("Finance; Audit", r.get(1).get(8));
        assertEquals("findings/a.html", r.get(1).get(13), "relative page URL without baseUrl");
    }

    @Test
    void rowsHoldTheModelInReadingOrder() {
        assertEquals(23, rows.size() - 1);
        for (int i = 0; i < 23; i++) {
            assertEquals(expectedRow(site.findings().get(i), Exports.BASE), rows.get(i + 1));
        }
    }

    @Test
    void titleWithCommaQuotesAndLineBreakSurvives() throws Exception {
        String title = "资金, \"专项\" 检查\r\n第二行";
        Category c = Exports.category("c", 1, "类别, \"甲\"");
        Site hand = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE).addCategory(c)
                .addFinding(Exports.finding("x", 1, title, c, Exports.status("phased"), List.of("甲,乙", "丙"),
                        LocalDate.of(2024, 1, 31), List.of("《\"办法\"》"),
                        List.of(new HistoryEntry(LocalDate.of(2023, 12, 1), Exports.status("phased"), null)),
                        List.of("第一项,含逗号", "第二项\n两行")))
                .build();
        String text = Exports.export(hand, null).out().text(ExportStage.CSV);
        assertTrue(text.contains("\"资金, \"\"专项\"\" 检查\r\n第二行\""), text);
        List<List<String>> r = MiniCsv.parse(text);
        assertEquals(2, r.size());
        assertEquals(expectedRow(hand.findings().get(0), null), r.get(1));
        assertEquals(title, r.get(1).get(2));
        assertEquals("1. 第一项,含逗号\n2. 第二项\n两行", r.get(1).get(11));
    }

    static List<String> expectedRow(Finding f, String base) {
        return Arrays.asList(
                Integer.toString(f.number()),
                f.id(),
                f.title(),
                f.status().code(),
                f.status().label(),
                f.category().id(),
                f.category().title(),
                f.inspection().id(),
                String.join("；", f.units()),
                f.deadline() == null ? "" : f.deadline().toString(),
                String.join("；", f.documents()),
                f.measures().stream().map(m -> m.number() + ". " + m.text()).collect(Collectors.joining("\n")),
                f.history().isEmpty() ? "" : f.history().get(f.history().size() - 1).date().toString(),
                (base == null ? "" : base) + "findings/" + f.id() + ".html",
                f.inspection().title(),
                figure(f, "accountable"), figure(f, "disciplined"), figure(f, "collected"), figure(f, "refunded"),
                figure(f, "retrieved"), figure(f, "rules"));
    }

    private static String figure(Finding f, String key) {
        Number n = f.outcomes().get(key);
        return n == null ? "" : n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString();
    }
}
