package org.sitegen.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Finding;
import org.sitegen.model.Site;
import org.sitegen.testing.SeveralInspections;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * In a site of several inspections, the open data and the feed give each finding's status in its
 * inspection's words — an audit's 已整改, 部分整改, 正在整改 — as its pages do, while the status code
 * stays the site's and the CSV's header its own.
 */
class StatusInInspectionWordsExportTest {
    static final Map<String, String> AUDIT_WORDS =
            Map.of("completed", "已整改", "phased", "部分整改", "not-completed", "正在整改");

    @TempDir
    static Path tmp;

    static Site site;
    static MemorySink out;

    @BeforeAll
    static void export() throws Exception {
        LoadResult loaded = SiteGenerator.builder().build().load(SeveralInspections.write(tmp.resolve("src")));
        assertEquals(List.of(), loaded.problems());
        site = loaded.site().orElseThrow();
        out = Exports.export(site, Exports.BASE).out();
    }

    /** The label a finding's status has on its pages: the audit's words for an audit's finding. */
    static String expectedLabel(Finding f, String code) {
        return f.inspection().id().equals("2024-audit") ? AUDIT_WORDS.get(code)
                : site.statuses().find(code).orElseThrow().label();
    }

    static List<Finding> auditFindings() {
        List<Finding> audit = site.findings().stream().filter(f -> f.inspection().id().equals("2024-audit")).toList();
        assertEquals(List.of("completed", "phased", "not-completed"), audit.stream().map(f -> f.status().code()).toList(),
                "the fixture's audit has one finding of each status its words name");
        return audit;
    }

    @Test
    void theCsvGivesEachStatusLabelInItsInspectionsWordsAndKeepsTheCode() {
        List<List<String>> rows = MiniCsv.parse(new String(out.bytes(ExportStage.CSV), StandardCharsets.UTF_8).substring(1));
        assertEquals(List.of("整改结果代码", "整改结果"), rows.get(0).subList(3, 5), "the header stays");
        for (Finding f : auditFindings()) {
            List<String> row = rows.stream().filter(r -> r.get(1).equals(f.id())).findFirst().orElseThrow();
            assertEquals(List.of(f.status().code(), AUDIT_WORDS.get(f.status().code())), row.subList(3, 5), f.id());
        }
        assertEquals(site.findings().size() + 1, rows.size());
        for (int i = 0; i < site.findings().size(); i++) {
            Finding f = site.findings().get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(f.status().code(), row.get(3));
            assertEquals(expectedLabel(f, f.status().code()), row.get(4), f.id());
        }
    }

    @Test
    void theJsonGivesEachStatusAndEachHistoryEntryInItsInspectionsWords() {
        Map<String, Object> json = MiniJson.object(MiniJson.parse(out.text(ExportStage.JSON)));
        List<Object> findings = MiniJson.array(json.get("findings"));
        assertEquals(site.findings().size(), findings.size());
        int audit = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = site.findings().get(i);
            Map<String, Object> j = MiniJson.object(findings.get(i));
            assertEquals(Map.of("code", f.status().code(), "label", expectedLabel(f, f.status().code())),
                    MiniJson.object(j.get("status")), f.id());
            List<Object> history = MiniJson.array(j.get("history"));
            assertEquals(f.history().size(), history.size());
            for (int k = 0; k < history.size(); k++) {
                String code = f.history().get(k).status().code();
                assertEquals(Map.of("code", code, "label", expectedLabel(f, code)),
                        MiniJson.object(MiniJson.object(history.get(k)).get("status")), f.id() + " history " + k);
            }
            audit += f.inspection().id().equals("2024-audit") ? 1 : 0;
        }
        assertEquals(3, audit);
        assertTrue(out.text(ExportStage.JSON).contains("\"label\": \"正在整改\""));
    }

    @Test
    void theFeedNamesEachStatusChangeInItsInspectionsWords() throws Exception {
        Document feed = Exports.xml(out.bytes(AtomFeed.PATH));
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> auditTitles = new ArrayList<>();
        List<String> auditSummaries = new ArrayList<>();
        List<String> otherTitles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            String href = ((Element) e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0)).getAttribute("href");
            String title = e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent();
            if (href.contains("/findings/2024-audit-")) {
                auditTitles.add(title);
                auditSummaries.add(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary").item(0).getTextContent());
            } else if (href.contains("/findings/")) {
                otherTitles.add(title);
            }
        }
        List<String> expected = new ArrayList<>();
        for (Finding f : auditFindings()) {
            f.history().forEach(h -> expected.add("第" + f.number() + "项 " + f.title() + " — "
                    + AUDIT_WORDS.get(h.status().code())));
        }
        assertFalse(auditTitles.isEmpty(), "the audit's findings have their history");
        assertEquals(expected.stream().sorted().toList(), auditTitles.stream().sorted().toList());
        assertTrue(auditSummaries.stream().allMatch(s -> s.contains("整改结果：已整改。") || s.contains("整改结果：部分整改。")
                || s.contains("整改结果：正在整改。")), auditSummaries::toString);
        assertFalse(otherTitles.isEmpty());
        assertTrue(otherTitles.stream().noneMatch(t -> t.endsWith("已整改") || t.endsWith("部分整改") || t.endsWith("正在整改")),
                "the other inspections keep the vocabulary's words: " + otherTitles);
    }
}
