package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Site;
import org.sitegen.testing.SeveralInspections;

/**
 * Issue 13: the example site plus a later notice, a 区委巡察 and an 审计 — added without editing an
 * existing record — builds into per-inspection pages with their own words and separate counts,
 * and each notice page says what it changed.
 */
class SeveralInspectionsRenderTest {
    @TempDir
    static Path tmp;

    static Site site;
    static Path out;
    static PageChecks pages;

    @BeforeAll
    static void render() throws IOException {
        LoadResult loaded = SiteGenerator.builder().build().load(SeveralInspections.write(tmp.resolve("src")));
        assertEquals(List.of(), loaded.problems());
        site = loaded.site().orElseThrow();
        out = tmp.resolve("site");
        SiteGenerator.builder().build().render(site, out);
        pages = new PageChecks(out);
    }

    @Test
    void eachInspectionHasItsPageAndEveryLinkResolves() {
        for (String id : List.of("2023-special", "2024-regular", "2024-audit")) {
            assertTrue(Files.isRegularFile(out.resolve("inspections/" + id + ".html")), id);
        }
        pages.assertEveryInternalLinkResolves();
    }

    @Test
    void theHomePageListsTheInspectionsNewestFirstAboveTheSiteTotals() {
        Document index = pages.page("index.html");
        assertEquals("历次巡视、巡察、审计", index.selectFirst("#inspections-heading").text());
        assertEquals(List.of("区审计局经济责任审计", "区委第一巡察组常规巡察", "省委第七巡视组专项巡视"),
                index.select(".inspection-card h3").eachText());
        assertEquals(List.of("inspections/2024-audit.html", "inspections/2024-regular.html",
                "inspections/2023-special.html"), index.select(".inspection-card h3 a").eachAttr("href"));
        assertEquals(List.of("完成 1/3", "完成 2/4", "完成 8/23"), index.select(".inspection-card .progress-text strong").eachText());
        assertEquals(3, index.select(".inspection-card svg[role=img]").size(), "each with its completion bar");
        Element totals = index.selectFirst(".dashboard");
        assertTrue(index.selectFirst(".inspections").elementSiblingIndex() < totals.elementSiblingIndex());
        assertEquals("共30项问题：完成11项，基本完成2项，阶段性完成15项，未完成2项", totals.selectFirst(".headline").text());
        assertTrue(index.select("section.inspection").isEmpty(), "no single inspection's facts block");
    }

    @Test
    void categoriesAreNumberedWithinTheirInspection() {
        Document index = pages.page("index.html");
        assertEquals(List.of("（一）政治监督方面", "（二）作风建设方面"),
                index.select("#categories-2024-regular ~ ol h4").eachText());
        assertEquals("（一）政治监督方面", pages.page("categories/2024-regular-c01.html").selectFirst("h1").text());
        assertEquals("（九）干部队伍建设短板明显", pages.page("categories/cadres.html").selectFirst("h1").text());
        assertEquals(List.of("（一）政治监督方面", "（二）作风建设方面"),
                pages.page("inspections/2024-regular.html").select(".category-card h3").eachText());
    }

    @Test
    void aXunchasPagesSpeakOfAXunchaNeverOfAXunshi() {
        Document page = pages.page("inspections/2024-regular.html");
        assertEquals(List.of("巡察组：", "巡察类型：", "巡察时间：", "反馈时间："), page.select(".inspection-facts dt").eachText());
        assertFalse(page.selectFirst("main").text().contains("巡视"), page.selectFirst("main").text());
        Document finding = pages.page("findings/2024-regular-01.html");
        Element fact = finding.select(".facts div").stream().filter(d -> d.selectFirst("dt").text().equals("巡察："))
                .findFirst().orElseThrow();
        assertEquals("../inspections/2024-regular.html", fact.selectFirst("dd a").attr("href"));
        assertFalse(finding.selectFirst("main").text().contains("巡视"));
    }

    @Test
    void anAuditsPagesUseAnAuditsWordsAndStatuses() {
        Document page = pages.page("inspections/2024-audit.html");
        assertEquals(List.of("审计机关：", "审计类型：", "审计期间：", "审计报告时间："), page.select(".inspection-facts dt").eachText());
        assertEquals("2025年2月28日", page.select(".inspection-facts dd").last().text(),
                "the report's date, read from the notice (2025年2月28日，区审计局出具了审计报告)");
        assertEquals("共3项问题：已整改1项，部分整改1项，正在整改1项", page.selectFirst(".dashboard .headline").text());
        assertEquals("部分整改", pages.page("findings/2024-audit-02.html").selectFirst(".finding-status .badge").text());
        assertFalse(page.selectFirst("main").text().contains("巡视"));
    }

    @Test
    void theLedgersShowEachFindingsStatusInItsInspectionsWords() {
        Document own = pages.page("ledger/2024-audit.html");
        assertEquals("共3项问题：已整改1项，部分整改1项，正在整改1项", own.selectFirst(".headline").text());
        assertEquals(List.of("已整改", "部分整改", "正在整改"), own.select(".ledger-result .badge").eachText());
        Document all = pages.page("ledger.html");
        assertEquals("部分整改", ledgerStatus(all, "findings/2024-audit-02.html"));
        assertEquals("完成", ledgerStatus(all, "findings/leased-public-assets.html"));
        assertEquals("阶段性完成", ledgerStatus(all, "findings/2024-regular-02.html"));
        assertEquals("共30项问题：完成11项，基本完成2项，阶段性完成15项，未完成2项", all.selectFirst(".headline").text(),
                "the site's totals stay in the site's words");
    }

    private static String ledgerStatus(Document ledger, String href) {
        return ledger.selectFirst(".ledger-row a[href=" + href + "]").closest("tr").selectFirst(".ledger-result .badge").text();
    }

    @Test
    void theStatusPagesListEachFindingInItsInspectionsWordsAndSayWhatAnInspectionCallsTheStatus() {
        Document completed = pages.page("status/completed.html");
        assertEquals("完成（11项）", completed.selectFirst("h1").text());
        assertEquals("区审计局经济责任审计中称“已整改”", completed.selectFirst(".status-words").text());
        assertEquals("已整改", itemStatus(completed, "../findings/2024-audit-01.html"));
        assertEquals("完成", itemStatus(completed, "../findings/leased-public-assets.html"));
        Document notCompleted = pages.page("status/not-completed.html");
        assertEquals("正在整改", itemStatus(notCompleted, "../findings/2024-audit-03.html"));
        assertEquals("未完成", itemStatus(notCompleted, "../findings/" + notCompletedXuncha() + ".html"));
        assertNull(pages.page("status/basically-completed.html").selectFirst(".status-words"),
                "no inspection names 基本完成 otherwise");
    }

    private static String itemStatus(Document list, String href) {
        return list.selectFirst(".finding-item a[href=" + href + "]").closest("li").selectFirst(".badge").text();
    }

    private static String notCompletedXuncha() {
        return site.findings().stream().filter(f -> f.inspection().id().equals("2024-regular"))
                .filter(f -> f.status().code().equals("not-completed")).findFirst().orElseThrow().id();
    }

    @Test
    void aFindingPageShowsAndDescribesItsStatusInItsInspectionsWords() {
        Document finding = pages.page("findings/2024-audit-03.html");
        assertEquals("正在整改", finding.selectFirst(".finding-status .badge").text());
        assertTrue(finding.selectFirst("meta[name=Description]").attr("content").endsWith("整改结果：正在整改"),
                finding.selectFirst("meta[name=Description]").attr("content"));
    }

    @Test
    void anAuditNoticeOfManyFindingsSaysHowManyMoreInTheAuditsWords() throws IOException {
        Path src = org.sitegen.testing.Corpus.write(tmp.resolve("audit-src"), 250, 7);
        Path yaml = src.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("title: 省委第七巡视组专项巡视, inspector: 省委第七巡视组, kind: 专项巡视",
                "title: 区审计局经济责任审计, inspector: 区审计局, kind: 经济责任审计"));
        Files.createDirectories(src.resolve("notices"));
        Files.writeString(src.resolve("notices/2023-12-26.md"), "---\ntitle: 通报\ndate: 2023-12-26\n---\n正文\n");
        Path audit = tmp.resolve("audit");
        SiteGenerator.builder().build().render(SiteFiles.load(src), audit);
        PageChecks auditPages = new PageChecks(audit);
        Document notice = auditPages.page("notices/2023-12-26.html");
        assertEquals("250 项首次公布为部分整改", notice.selectFirst(".notice-changes h3").text());
        assertEquals("另有 50 项未列出，见现为“部分整改”的全部问题", notice.selectFirst(".change-more a").text());
        Document phased = auditPages.page("status/phased.html");
        assertEquals("区审计局经济责任审计中称“部分整改”", phased.selectFirst(".status-words").text());
        assertTrue(phased.select(".finding-item .badge").eachText().stream().allMatch("部分整改"::equals));
    }

    @Test
    void withSeveralInspectionsCategoryAndFindingPagesLeadThroughTheirInspection() {
        Element category = pages.page("categories/2024-audit-c01.html").selectFirst(".breadcrumb");
        assertEquals(List.of("首页", "区审计局经济责任审计", "（一）预算管理方面"), category.select("li").eachText());
        assertEquals(List.of("../index.html", "../inspections/2024-audit.html"), category.select("a").eachAttr("href"));
        Element finding = pages.page("findings/2024-audit-02.html").selectFirst(".breadcrumb");
        assertEquals(List.of("首页", "区审计局经济责任审计", "（一）预算管理方面", "问题2"), finding.select("li").eachText());
        assertEquals(List.of("../index.html", "../inspections/2024-audit.html", "../categories/2024-audit-c01.html"),
                finding.select("a").eachAttr("href"));
        Element first = pages.page("findings/leased-public-assets.html").selectFirst(".breadcrumb");
        assertEquals(List.of("首页", "省委第七巡视组专项巡视", "（二）资金安全风险较高", "问题6"), first.select("li").eachText());
        assertEquals("../inspections/2023-special.html", first.select("a").get(1).attr("href"));
        assertEquals("page", first.selectFirst("li:last-child").attr("aria-current"));
    }

    @Test
    void withSeveralInspectionsAnInspectionsLedgerLeadsThroughItsInspection() {
        Element own = pages.page("ledger/2024-audit.html").selectFirst(".breadcrumb");
        assertEquals(List.of("首页", "区审计局经济责任审计", "整改台账"), own.select("li").eachText());
        assertEquals(List.of("../index.html", "../inspections/2024-audit.html"), own.select("a").eachAttr("href"));
        assertEquals("page", own.selectFirst("li:last-child").attr("aria-current"));
        assertEquals(List.of("首页", "整改台账"), pages.page("ledger.html").selectFirst(".breadcrumb").select("li").eachText(),
                "the site's ledger belongs to no inspection");
    }

    @Test
    void countsAreEachInspectionsOwn() {
        assertEquals("共23项问题：完成8项，基本完成2项，阶段性完成13项",
                pages.page("inspections/2023-special.html").selectFirst(".dashboard .headline").text());
        assertEquals("共4项问题：完成2项，阶段性完成1项，未完成1项",
                pages.page("inspections/2024-regular.html").selectFirst(".dashboard .headline").text());
    }

    @Test
    void theInspectionPageShowsProgressAtEachNoticeAsAChartAndATable() {
        Document page = pages.page("inspections/2023-special.html");
        Element chart = page.selectFirst(".progress-over-time svg");
        assertEquals("img", chart.attr("role"));
        assertEquals("历次通报时的整改进度：2023年12月26日，完成4项，基本完成1项，阶段性完成18项；"
                + "2024年6月30日，完成8项，基本完成2项，阶段性完成13项", chart.attr("aria-label"));
        assertEquals(2, chart.select("text").size(), "one bar per notice date");
        assertEquals(List.of("通报日期", "完成", "基本完成", "阶段性完成", "未完成", "长期整改", "完成率"),
                page.select(".progress-table thead th").eachText());
        assertEquals(List.of("2023年12月26日 4 1 18 0 0 17.4%", "2024年6月30日 8 2 13 0 0 34.8%"),
                page.select(".progress-table tbody tr").eachText());
        assertEquals(List.of("关于巡视整改后续进展情况的通报", "关于巡视整改进展情况的通报"),
                page.select(".inspection-notices li a").eachText(), "its notices, newest first");
        assertTrue(page.select("script").stream().allMatch(s -> s.hasAttr("src")), "no inline script");
    }

    @Test
    void theOutcomesAreSummedOnTheInspectionPageAndShownOnTheFinding() {
        Document page = pages.page("inspections/2024-audit.html");
        assertEquals(List.of("问责： 3 人", "党纪政务处分： 1 人", "追缴资金： 860.5 万元", "建立完善制度： 2 项"),
                page.select(".outcome-list div").eachText(), "the inspection's figures, else its findings' sum");
        assertEquals(List.of("追缴资金： 860.50 万元", "建立完善制度： 1 项"),
                pages.page("findings/2024-audit-02.html").select(".facts .outcome").eachText());
        assertNull(pages.page("inspections/2023-special.html").selectFirst(".outcomes"));
    }

    @Test
    void eachNoticePageListsWhatItChanged() {
        Document notice = pages.page("notices/2024-06-30.html");
        assertEquals("本次通报：4 项由阶段性完成变为完成，1 项由阶段性完成变为基本完成，1 项仍为阶段性完成",
                notice.selectFirst(".notice-changes .headline").text());
        assertEquals(List.of("4 项由阶段性完成变为完成", "1 项由阶段性完成变为基本完成", "1 项仍为阶段性完成"),
                notice.select(".notice-changes h3").eachText());
        assertEquals(List.of("../findings/leading-industries.html", "../findings/opening-up.html",
                        "../findings/contract-supervision.html", "../findings/guarantee-liability.html"),
                notice.select(".notice-changes h3:eq(0) + ul a, .notice-changes h3 + ul").first().select("a").eachAttr("href"));
        assertEquals("../inspections/2023-special.html", notice.selectFirst(".meta a").attr("href"));
        assertEquals("本次通报：2 项首次公布为完成，1 项首次公布为阶段性完成，1 项首次公布为未完成",
                pages.page("notices/2025-03-20.html").selectFirst(".notice-changes .headline").text());
    }

    @Test
    void aNoticeOfManyFindingsListsTheFirstOfEachChangeAndSaysHowManyMore() throws IOException {
        Path src = org.sitegen.testing.Corpus.write(tmp.resolve("many-src"), 250, 7);
        Files.createDirectories(src.resolve("notices"));
        Files.writeString(src.resolve("notices/2023-12-26.md"), "---\ntitle: 通报\ndate: 2023-12-26\n---\n正文\n");
        Path many = tmp.resolve("many");
        SiteGenerator.builder().build().render(SiteFiles.load(src), many);
        Document notice = new PageChecks(many).page("notices/2023-12-26.html");
        assertEquals("250 项首次公布为阶段性完成", notice.selectFirst(".notice-changes h3").text());
        assertEquals(200, notice.select(".change-list li").size());
        Element more = notice.selectFirst(".change-more a");
        assertEquals("另有 50 项未列出，见现为“阶段性完成”的全部问题", more.text());
        assertEquals("../status/phased.html", more.attr("href"));
    }

    @Test
    void theSearchKnowsEachInspectionsWordsForItsResultsBadges() throws IOException {
        Document search = pages.page("search.html");
        assertEquals("{\"2024-audit\":{\"completed\":\"已整改\",\"phased\":\"部分整改\",\"not-completed\":\"正在整改\"}}",
                search.selectFirst("#search-app").attr("data-inspection-status-labels"));
        assertEquals("{\"completed\":\"完成\",\"basically-completed\":\"基本完成\",\"phased\":\"阶段性完成\","
                        + "\"not-completed\":\"未完成\",\"long-term\":\"长期整改\"}",
                search.selectFirst("#search-app").attr("data-status-labels"), "the filter keeps the site's words");
        String meta = Files.readString(out.resolve("assets/search/meta.js"), StandardCharsets.UTF_8);
        assertTrue(meta.contains("[\"2024-audit\",\"区审计局经济责任审计\",{\"completed\":\"已整改\",\"phased\":\"部分整改\","
                + "\"not-completed\":\"正在整改\"}]"), meta);
        assertTrue(meta.contains("[\"2023-special\",\"省委第七巡视组专项巡视\"]"), meta);
    }

    @Test
    void searchExportsAndFeedKnowTheInspection() throws IOException {
        Document search = pages.page("search.html");
        assertEquals("巡视、巡察、审计", search.selectFirst("[data-filter-inspection]").attr("data-filter-inspection"));
        String csv = Files.readString(out.resolve("data/findings.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF编号,标识,问题,整改结果代码,整改结果,类别标识,问题类别,巡视、巡察、审计标识,"), csv.substring(0, 80));
        assertTrue(csv.contains(",2024-audit,") && csv.contains(",区审计局经济责任审计,,,860.50,,,1\r\n"), csv);
        String json = Files.readString(out.resolve("data/findings.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"inspection\": \"2024-regular\""));
        assertTrue(json.contains("\"outcomeTotals\": {\n        \"accountable\": 3,\n        \"disciplined\": 1,\n"
                + "        \"collected\": 860.5,"), json);
        String feed = Files.readString(out.resolve("feed.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("<category term=\"2024-audit\" label=\"区审计局经济责任审计\"/>"));
    }
}
