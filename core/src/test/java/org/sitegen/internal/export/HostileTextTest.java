package org.sitegen.internal.export;

import org.sitegen.internal.text.PlainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitegen.model.Category;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Notice;
import org.sitegen.model.Site;
import org.w3c.dom.Document;

/** Texts written to attack a reader of the exports come out inert. */
class HostileTextTest {
    static final String SCRIPT = "\"</script><script>alert(1)</script>";
    static final List<String> HOSTILE = List.of(SCRIPT, "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)",
            "行\u2028分隔", "空\u0000字符", "\u202Egnp.exe", "\t=1", "＝1+1");
    static Site site;
    static Exports.Result result;

    @BeforeAll
    static void export() throws Exception {
        Category c = Exports.category("c", 1, "=cmd|' /C calc'!A0");
        Site.Builder b = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE).title("站点 </title> & \u0001").addCategory(c);
        int n = 0;
        for (String h : HOSTILE) {
            n++;
            b.addFinding(Exports.finding("f" + n, n, h, c, Exports.status("phased"), List.of(h, "区财政局"), null,
                    List.of(h), List.of(new HistoryEntry(LocalDate.of(2023, 12, n), Exports.status("phased"), h)),
                    List.of(h, "正常")));
        }
        b.addNotice(new Notice("n", SCRIPT + "\u0000", LocalDate.of(2023, 12, 31), null, Exports.INSPECTION,
                "<script>alert(1)</script>正文\u0007第一段 " + SCRIPT, Exports.finding("x", 1, "x", c,
                Exports.status("phased"), List.of(), null, List.of(), List.of(), List.of()).origin()));
        site = b.build();
        result = Exports.export(site, Exports.BASE);
    }

    @Test
    void jsonHasNoRawAngleBracketsLineSeparatorsOrBidiControls() {
        String json = new String(result.out().bytes(ExportStage.JSON), StandardCharsets.UTF_8);
        for (String forbidden : List.of("<", ">", "&", "\u2028", "\u2029", "\u202E", "\u0000")) {
            assertFalse(json.contains(forbidden), "raw " + forbidden.codePointAt(0));
        }
        assertTrue(json.contains("\\u003c/script\\u003e"));
        assertTrue(json.contains("\\u2028"));
        assertTrue(json.contains("\\u202e"));
        assertTrue(json.contains("\\u0000"));
    }

    @Test
    void jsonStillRoundTripsTheHostileTexts() {
        Map<String, Object> j = MiniJson.object(MiniJson.parse(result.out().text(ExportStage.JSON)));
        List<Object> findings = MiniJson.array(j.get("findings"));
        for (int i = 0; i < findings.size(); i++) {
            FindingsJsonTest.assertFinding(site.findings().get(i), MiniJson.object(findings.get(i)), Exports.BASE);
        }
    }

    @Test
    void csvCellsThatCouldBeFormulasAreNeutralised() {
        List<List<String>> rows = MiniCsv.parse(result.out().text(ExportStage.CSV));
        assertEquals(HOSTILE.size() + 1, rows.size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            List<String> row = rows.get(i + 1);
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r\n＝＋－＠".indexOf(cell.charAt(0)) >= 0,
                        () -> "cell starts like a formula: " + cell);
                assertFalse(cell.contains("\u0000"));
            }
            assertEquals("'=cmd|' /C calc'!A0", row.get(6));
        }
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(2).get(2));
        assertEquals("'+1", rows.get(3).get(2));
        assertEquals("'-2", rows.get(4).get(2));
        assertEquals("'@SUM(A1)", rows.get(5).get(2));
        assertEquals("'-2；区财政局", rows.get(4).get(8));
        assertEquals("空字符", rows.get(7).get(2), "NUL dropped");
        assertEquals("'\t=1", rows.get(9).get(2));
        assertEquals("'＝1+1", rows.get(10).get(2));
        assertEquals(SCRIPT, rows.get(1).get(2), "text that is no formula is kept as it is");
    }

    @Test
    void feedAndSitemapStayWellFormed() throws Exception {
        Document feed = Exports.xml(result.out().bytes(AtomFeed.PATH));
        String text = feed.getDocumentElement().getTextContent();
        assertTrue(text.contains(SCRIPT), "the script is text, not markup");
        assertFalse(text.contains("\u0000"));
        assertEquals(HOSTILE.size() + 1, AtomFeedTest.children(feed.getDocumentElement(), "entry").size());
        assertEquals("站点 </title> & ", AtomFeedTest.child(feed.getDocumentElement(), "title"));
        Exports.xml(result.out().bytes(Sitemap.PATH));
        String raw = new String(result.out().bytes(AtomFeed.PATH), StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"));
    }

    @Test
    void unpairedSurrogatesDoNotBreakAnyFormat() throws Exception {
        Category c = Exports.category("c", 1, "类别");
        Site s = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE).addCategory(c)
                .addFinding(Exports.finding("a", 1, "坏\uD800字\uDC00符😀", c, Exports.status("phased"), List.of(), null,
                        List.of(), List.of(new HistoryEntry(LocalDate.of(2023, 1, 1), Exports.status("phased"), null)),
                        List.of("x")))
                .build();
        Exports.Result r = Exports.export(s, Exports.BASE);
        Exports.xml(r.out().bytes(AtomFeed.PATH));
        Map<String, Object> j = MiniJson.object(MiniJson.parse(r.out().text(ExportStage.JSON)));
        assertEquals("坏\uFFFD字\uFFFD符😀", MiniJson.object(MiniJson.array(j.get("findings")).get(0)).get("title"));
        byte[] csv = r.out().bytes(ExportStage.CSV);
        String decoded = new String(csv, StandardCharsets.UTF_8);
        assertTrue(decoded.contains("坏\uFFFD字\uFFFD符😀"), decoded);
        assertEquals(decoded, new String(decoded.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
