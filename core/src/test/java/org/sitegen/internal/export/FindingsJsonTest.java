package org.sitegen.internal.export;

import org.sitegen.internal.text.Utf8Bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.Measure;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/** data/findings.json of the example site holds the model, field by field. */
class FindingsJsonTest {
    static Site site;
    static byte[] bytes;
    static Map<String, Object> json;

    @BeforeAll
    static void export() throws Exception {
        site = Exports.example();
        bytes = Exports.export(site, site.baseUrl()).out().bytes(ExportStage.JSON);
        json = MiniJson.object(MiniJson.parse(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Test
    void isUtf8WithoutBomPrettyPrintedWithTwoSpaces() {
        assertFalse(bytes[0] == (byte) 0xEF, "no BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 1,\n  \"site\": {\n    \"title\": "), text.substring(0, 80));
        assertTrue(text.endsWith("\n  ]\n}\n"));
        assertArrayEquals(bytes, text.getBytes(StandardCharsets.UTF_8), "valid UTF-8");
    }

    @Test
    void topLevelKeysAreInSchemaOrder() {
        assertEquals(List.of("schemaVersion", "site", "statuses", "inspections", "categories", "findings"),
                new ArrayList<>(json.keySet()));
        assertEquals(1L, json.get("schemaVersion"));
    }

    @Test
    void siteHoldsTitleIssuerLocaleAsOfAndBaseUrl() {
        Map<String, Object> s = MiniJson.object(json.get("site"));
        assertEquals(List.of("title", "issuer", "locale", "asOf", "baseUrl"), new ArrayList<>(s.keySet()));
        assertEquals("岳阳经济技术开发区巡视整改公示", s.get("title"));
        assertEquals("中共岳阳经济技术开发区工作委员会", s.get("issuer"));
        assertEquals("zh-CN", s.get("locale"));
        assertEquals("2023-12-26", s.get("asOf"));
        assertEquals("https://www.example.gov.cn/xszg/", s.get("baseUrl"));
    }

    @Test
    void statusesAreTheVocabularyInOrder() {
        List<Object> statuses = MiniJson.array(json.get("statuses"));
        List<Status> model = site.statuses().statuses();
        assertEquals(model.size(), statuses.size());
        for (int i = 0; i < model.size(); i++) {
            Map<String, Object> s = MiniJson.object(statuses.get(i));
            assertEquals(model.get(i).code(), s.get("code"));
            assertEquals(model.get(i).label(), s.get("label"));
            assertEquals(model.get(i).closed(), s.get("closed"));
        }
    }

    @Test
    void inspectionsAndCategoriesMatchTheModel() {
        List<Object> inspections = MiniJson.array(json.get("inspections"));
        assertEquals(site.inspections().size(), inspections.size());
        for (int i = 0; i < inspections.size(); i++) {
            Inspection m = site.inspections().get(i);
            Map<String, Object> j = MiniJson.object(inspections.get(i));
            assertEquals(m.id(), j.get("id"));
            assertEquals(m.title(), j.get("title"));
            assertEquals(m.inspector(), j.get("inspector"));
            assertEquals(m.kind(), j.get("kind"));
            assertEquals(date(m.start()), j.get("start"));
            assertEquals(date(m.end()), j.get("end"));
            assertEquals(date(m.feedback()), j.get("feedback"));
        }
        List<Object> categories = MiniJson.array(json.get("categories"));
        assertEquals(9, categories.size());
        for (int i = 0; i < categories.size(); i++) {
            Category m = site.categories().get(i);
            Map<String, Object> j = MiniJson.object(categories.get(i));
            assertEquals(List.of("id", "order", "title", "inspection"), new ArrayList<>(j.keySet()));
            assertEquals(m.id(), j.get("id"));
            assertEquals((long) m.order(), j.get("order"));
            assertEquals(m.title(), j.get("title"));
            assertEquals(m.inspection().id(), j.get("inspection"));
        }
    }

    @Test
    void everyFieldOfEveryFindingRoundTrips() {
        List<Object> findings = MiniJson.array(json.get("findings"));
        assertEquals(23, findings.size());
        for (int i = 0; i < findings.size(); i++) {
            assertFinding(site.findings().get(i), MiniJson.object(findings.get(i)), Exports.BASE);
        }
    }

    @Test
    void withoutBaseUrlHasNoBaseUrlAndNoHref() throws Exception {
        byte[] b = Exports.export(site, null).out().bytes(ExportStage.JSON);
        Map<String, Object> j = MiniJson.object(MiniJson.parse(new String(b, StandardCharsets.UTF_8)));
        assertFalse(MiniJson.object(j.get("site")).containsKey("baseUrl"));
        List<Object> findings = MiniJson.array(j.get("findings"));
        for (int i = 0; i < findings.size(); i++) {
            assertFinding(site.findings().get(i), MiniJson.object(findings.get(i)), null);
        }
    }

    @Test
    void optionalValuesAreNullAndListsEmpty() throws Exception {
        Category c = Exports.category("c", 1, "类别");
        Status phased = Exports.status("phased");
        Site hand = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE)
                .issuer(null)
                .addCategory(c)
                .addFinding(Exports.finding("bare", 1, "无附加信息", c, phased, List.of(), null, List.of(), List.of(),
                        List.of()))
                .addFinding(Exports.finding("full", 2, "全部信息", c, phased, List.of("区财政局", "区国资办"),
                        LocalDate.of(2024, 6, 30), List.of("《办法》"),
                        List.of(new HistoryEntry(LocalDate.of(2023, 9, 1), Exports.status("not-completed"), "启动"),
                                new HistoryEntry(LocalDate.of(2023, 12, 26), phased, null)),
                        List.of("一", "二")))
                .build();
        byte[] b = Exports.export(hand, null).out().bytes(ExportStage.JSON);
        Map<String, Object> j = MiniJson.object(MiniJson.parse(new String(b, StandardCharsets.UTF_8)));
        assertNull(MiniJson.object(j.get("site")).get("issuer"));
        assertTrue(MiniJson.object(j.get("site")).containsKey("issuer"));
        List<Object> findings = MiniJson.array(j.get("findings"));
        Map<String, Object> bare = MiniJson.object(findings.get(0));
        assertTrue(bare.containsKey("deadline"));
        assertNull(bare.get("deadline"));
        assertEquals(List.of(), bare.get("units"));
        assertEquals(List.of(), bare.get("measures"));
        assertEquals(List.of(), bare.get("history"));
        for (int i = 0; i < 2; i++) {
            assertFinding(hand.findings().get(i), MiniJson.object(findings.get(i)), null);
        }
    }

    @Test
    void escapesEverythingThatCouldBreakOutOfAScriptOrStringAndReplacesLoneSurrogates() {
        Utf8Bytes out = new Utf8Bytes();
        JsonWriter w = new JsonWriter(out);
        w.beginArray().value("a\"b\\c</script>&\u2028\u2029\u0000\u001f\u202e\n\t\uD800x😀").endArray();
        w.finish();
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertEquals("[\n  \"a\\\"b\\\\c\\u003c/script\\u003e\\u0026\\u2028\\u2029\\u0000\\u001f\\u202e\\n\\t\uFFFDx😀\"\n]\n",
                text);
    }

    @Test
    void emptyContainersAreWrittenOnOneLine() {
        Utf8Bytes out = new Utf8Bytes();
        JsonWriter w = new JsonWriter(out);
        w.beginObject().name("a").beginArray().endArray().name("b").beginObject().endObject().name("c").value(true)
                .endObject();
        w.finish();
        assertEquals("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": true\n}\n",
                new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    static void assertFinding(Finding f, Map<String, Object> j, String base) {
        List<String> keys = new ArrayList<>(List.of("id", "number", "title", "status", "category", "inspection",
                "units", "deadline", "documents", "measures", "history", "url"));
        if (base != null) {
            keys.add("href");
        }
        keys.add("outcomes");
        assertEquals(keys, new ArrayList<>(j.keySet()), f.id());
        assertEquals(f.id(), j.get("id"));
        assertEquals((long) f.number(), j.get("number"));
        assertEquals(f.title(), j.get("title"));
        assertStatus(f.status(), j.get("status"));
        Map<String, Object> c = MiniJson.object(j.get("category"));
        assertEquals(f.category().id(), c.get("id"));
        assertEquals(f.category().title(), c.get("title"));
        assertEquals(f.inspection().id(), j.get("inspection"));
        assertEquals(f.units(), j.get("units"));
        assertEquals(date(f.deadline()), j.get("deadline"));
        assertEquals(f.documents(), j.get("documents"));
        List<Object> measures = MiniJson.array(j.get("measures"));
        assertEquals(f.measures().size(), measures.size(), f.id());
        for (int i = 0; i < measures.size(); i++) {
            Measure m = f.measures().get(i);
            Map<String, Object> jm = MiniJson.object(measures.get(i));
            assertEquals((long) m.number(), jm.get("number"));
            assertEquals(m.text(), jm.get("text"));
        }
        List<Object> history = MiniJson.array(j.get("history"));
        assertEquals(f.history().size(), history.size(), f.id());
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry h = f.history().get(i);
            Map<String, Object> jh = MiniJson.object(history.get(i));
            assertEquals(List.of("date", "status", "note"), new ArrayList<>(jh.keySet()));
            assertEquals(h.date().toString(), jh.get("date"));
            assertStatus(h.status(), jh.get("status"));
            assertEquals(h.note(), jh.get("note"));
        }
        assertEquals("findings/" + f.id() + ".html", j.get("url"));
        if (base != null) {
            assertEquals(base + "findings/" + f.id() + ".html", j.get("href"));
        }
    }

    static void assertStatus(Status s, Object o) {
        Map<String, Object> j = MiniJson.object(o);
        assertEquals(List.of("code", "label"), new ArrayList<>(j.keySet()));
        assertEquals(s.code(), j.get("code"));
        assertEquals(s.label(), j.get("label"));
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
