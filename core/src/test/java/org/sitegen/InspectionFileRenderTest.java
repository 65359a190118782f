package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Site;

/**
 * Issue 13: "adding an inspection changes no existing file". The example site plus an 审计 added as
 * a clerk adds one — {@code inspections/2024-audit.md}, a category and two findings naming it, and
 * not one byte of an existing file changed — builds into per-inspection pages with separate
 * counts, and the example's records stay with its 巡视.
 */
class InspectionFileRenderTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");

    @TempDir
    static Path tmp;

    static Map<String, byte[]> example;
    static Site site;
    static PageChecks pages;
    static PageChecks examplePages;

    @BeforeAll
    static void render() throws IOException {
        Path src = SiteFiles.copy(EXAMPLE, tmp.resolve("src"));
        example = SiteFiles.snapshot(src);
        write(src, "inspections/2024-audit.md", """
                ---
                title: 区审计局经济责任审计
                inspector: 区审计局
                kind: 经济责任审计
                start: 2024-11-04
                end: 2024-12-20
                feedback: 2025-02-28
                ---
                这段说明不发布。
                """);
        write(src, "categories/2024-audit-c01.md", """
                ---
                order: 1
                title: 预算管理方面
                inspection: 2024-audit
                ---
                """);
        write(src, "findings/2024-audit/01.md", """
                ---
                id: 2024-audit-01
                number: 1
                category: 2024-audit-c01
                title: 部分项目预算执行率偏低
                status: 已整改
                ---
                建立预算执行月通报制度。
                """);
        write(src, "findings/2024-audit/02.md", """
                ---
                id: 2024-audit-02
                number: 2
                category: 2024-audit-c01
                title: 结余资金未及时统筹使用
                status: 正在整改
                ---
                已收回部分结余资金。
                """);
        LoadResult loaded = SiteGenerator.builder().build().load(src);
        assertEquals(List.of(), loaded.problems());
        site = loaded.site().orElseThrow();
        Path out = tmp.resolve("site");
        SiteGenerator.builder().build().render(site, out);
        pages = new PageChecks(out);
        Path exampleOut = tmp.resolve("example");
        SiteGenerator.builder().build().render(SiteFiles.load(EXAMPLE), exampleOut);
        examplePages = new PageChecks(exampleOut);

        Map<String, byte[]> after = SiteFiles.snapshot(src);
        for (Map.Entry<String, byte[]> e : example.entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), after.get(e.getKey())), e.getKey() + " is unchanged");
        }
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void theExamplesRecordsStayWithItsInspection() {
        assertEquals(List.of("2023-special", "2024-audit"), site.inspections().stream().map(i -> i.id()).toList());
        assertEquals(9, site.categoriesOf(site.inspections().get(0)).size());
        assertEquals(23, site.findingsOf(site.inspections().get(0)).size());
        assertEquals(2, site.findingsOf(site.inspection("2024-audit").orElseThrow()).size());
    }

    @Test
    void eachInspectionHasItsPageWithItsOwnCounts() {
        assertEquals(examplePages.page("index.html").selectFirst(".dashboard .headline").text(),
                pages.page("inspections/2023-special.html").selectFirst(".dashboard .headline").text(),
                "the 巡视's counts are the example's");
        Document audit = pages.page("inspections/2024-audit.html");
        assertEquals("共2项问题：已整改1项，正在整改1项", audit.selectFirst(".dashboard .headline").text());
        assertEquals(List.of("审计机关：", "审计类型：", "审计期间：", "审计报告时间："),
                audit.select(".inspection-facts dt").eachText());
        assertFalse(audit.selectFirst("main").text().contains("这段说明不发布"), "the file's body is not published");
        pages.assertEveryInternalLinkResolves();
    }

    @Test
    void theHomePageListsBothInspections() {
        Document index = pages.page("index.html");
        assertEquals(List.of("inspections/2024-audit.html", "inspections/2023-special.html"),
                index.select(".inspection-card h3 a").eachAttr("href"));
        assertTrue(index.selectFirst(".dashboard .headline").text().startsWith("共25项问题"),
                index.selectFirst(".dashboard .headline").text());
    }
}
