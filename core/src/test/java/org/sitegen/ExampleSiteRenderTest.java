package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Finding;
import org.sitegen.model.Measure;
import org.sitegen.model.Site;

/** Renders the example site and reads the pages back as a browser would see them. */
class ExampleSiteRenderTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");

    @TempDir
    static Path tmp;

    static Site site;
    static Path out;
    static RenderReport report;
    static PageChecks pages;

    @BeforeAll
    static void render() throws IOException {
        site = SiteFiles.load(EXAMPLE);
        out = tmp.resolve("site");
        report = SiteGenerator.builder().build().render(site, out);
        pages = new PageChecks(out);
    }

    @Test
    void writesEveryPageOfTheLayout() {
        assertEquals(46, report.pages(), "45 and the inspection's page");
        for (String path : List.of("index.html", "notices.html", "search.html", "404.html", "pages/about.html",
                "ledger.html", "ledger/2023-special.html",
                "notices/2023-12-26.html", "categories/funds.html", "status/phased.html", "status/long-term.html",
                "findings/leased-public-assets.html", "assets/site.css")) {
            assertTrue(Files.isRegularFile(out.resolve(path)), path);
        }
        assertEquals(23, pages.pages().keySet().stream().filter(p -> p.startsWith("findings/")).count());
        assertEquals(9, pages.pages().keySet().stream().filter(p -> p.startsWith("categories/")).count());
    }

    @Test
    void dashboardStatesTheProgressInTheNoticesOwnWords() {
        Document index = pages.page("index.html");
        assertEquals("共23项问题：完成4项，基本完成1项，阶段性完成18项", index.selectFirst(".headline").text());
        Elements rows = index.select(".status-table tbody tr");
        assertEquals(List.of("完成 4 17.4%", "基本完成 1 4.3%", "阶段性完成 18 78.3%", "未完成 0 0%", "长期整改 0 0%"),
                rows.stream().map(Element::text).toList());
        assertEquals("合计 23 100%", index.selectFirst(".status-table tfoot tr").text());
        Element chart = index.selectFirst(".dashboard svg");
        assertEquals("img", chart.attr("role"));
        assertEquals("共23项问题：完成4项，基本完成1项，阶段性完成18项", chart.attr("aria-label"));
        assertEquals(List.of("174", "43", "783"),
                chart.select("rect[class^=tone-]").stream().map(r -> r.attr("width")).toList());
    }

    @Test
    void indexShowsTheInspectionEachCategoryTheLatestNoticeAndTheContact() {
        Document index = pages.page("index.html");
        String inspection = index.selectFirst(".inspection").text();
        assertTrue(inspection.contains("省委第七巡视组"), inspection);
        assertTrue(inspection.contains("专项巡视"), inspection);
        assertTrue(inspection.contains("2023年3月11日至2023年5月10日"), inspection);
        assertTrue(inspection.contains("2023年7月20日"), inspection);
        Elements cards = index.select(".category-card");
        assertEquals(9, cards.size());
        Element funds = cards.get(1);
        assertEquals("（二）资金安全风险较高", funds.selectFirst("h3").text());
        assertEquals("categories/funds.html", funds.selectFirst("h3 a").attr("href"));
        assertEquals("完成 1/4", funds.selectFirst(".progress-text strong").text());
        assertEquals("完成 1 阶段性完成 3", funds.select(".count-item").text());
        assertEquals("img", funds.selectFirst("svg").attr("role"));
        assertEquals("notices/2023-12-26.html", index.selectFirst(".latest-notice h3 a").attr("href"));
        assertEquals("关于巡视整改进展情况的通报", index.selectFirst(".latest-notice h3").text());
        String contact = index.selectFirst(".contact-section").text();
        assertTrue(contact.contains("0730-8720988") && contact.contains("414000") && contact.contains("79076117@qq.com"),
                contact);
        assertEquals("mailto:79076117@qq.com", index.selectFirst(".contact-section a").attr("href"));
    }

    @Test
    void everyFindingPageShowsItsStatusMeasuresAndPlace() {
        for (Finding f : site.findings()) {
            String path = "findings/" + f.id() + ".html";
            Document d = pages.page(path);
            assertEquals(f.number() + ". " + f.title(), d.selectFirst("h1").text(), path);
            Element badge = d.selectFirst(".finding-status .badge");
            assertEquals(f.status().label(), badge.text(), path);
            assertTrue(badge.hasClass("status-" + f.status().code()), path);
            assertEquals(f.measures().stream().map(Measure::text).toList(),
                    d.select("ol.measures > li").stream().map(Element::text).toList(), path);
            Elements crumbs = d.select(".breadcrumb a");
            assertEquals("../index.html", crumbs.get(0).attr("href"));
            assertEquals("../categories/" + f.category().id() + ".html", crumbs.get(1).attr("href"), path);
            assertEquals(f.history().size(), d.select("ol.timeline > li").size(), path);
            assertEquals(f.documents(), d.select(".facts ul li").eachText().stream()
                    .filter(f.documents()::contains).toList(), path);
        }
    }

    @Test
    void withOneInspectionTheBreadcrumbsLeadFromTheHomePageStraightToTheCategory() {
        Element category = pages.page("categories/funds.html").selectFirst(".breadcrumb");
        assertEquals(List.of("首页", "（二）资金安全风险较高"), category.select("li").eachText());
        Element finding = pages.page("findings/leased-public-assets.html").selectFirst(".breadcrumb");
        assertEquals(List.of("首页", "（二）资金安全风险较高", "问题6"), finding.select("li").eachText());
        assertEquals(List.of("../index.html", "../categories/funds.html"), finding.select("a").eachAttr("href"));
        assertNull(pages.page("status/completed.html").selectFirst(".status-words"), "one inspection, the site's words");
    }

    @Test
    void findingPagesLinkToTheirNeighboursInTheCategory() {
        Document d = pages.page("findings/leased-public-assets.html");
        assertEquals("../findings/debt-pressure.html", d.selectFirst(".pager a[rel=prev]").attr("href"));
        assertEquals("../findings/guarantee-liability.html", d.selectFirst(".pager a[rel=next]").attr("href"));
        Document first = pages.page("findings/leading-industries.html");
        assertNotNull(first.selectFirst(".pager a[rel=next]"));
        assertEquals(null, first.selectFirst(".pager a[rel=prev]"));
        Document alone = pages.page("findings/cadre-structure.html");
        assertEquals(null, alone.selectFirst(".pager"));
    }

    @Test
    void categoryAndStatusPagesListTheirFindings() {
        Document funds = pages.page("categories/funds.html");
        assertEquals("（二）资金安全风险较高", funds.selectFirst("h1").text());
        assertEquals(4, funds.select(".finding-item").size());
        assertEquals("../findings/leased-public-assets.html", funds.select(".finding-item a").get(1).attr("href"));
        Document phased = pages.page("status/phased.html");
        assertEquals("阶段性完成（18项）", phased.selectFirst("h1").text());
        assertEquals(18, phased.select(".finding-item").size());
        assertEquals(0, pages.page("status/not-completed.html").select(".finding-item").size());
    }

    @Test
    void noticeAndPageShowTheirMarkdown() {
        Document notice = pages.page("notices/2023-12-26.html");
        assertEquals("关于巡视整改进展情况的通报", notice.selectFirst("h1").text());
        assertEquals(4, notice.select(".prose h2").size());
        assertTrue(notice.selectFirst(".prose h2").id().startsWith("sec-"), notice.selectFirst(".prose h2").id());
        assertEquals("../notices/2023-12-26.html".substring(3),
                pages.page("notices.html").selectFirst(".notice-list a").attr("href"));
        Document about = pages.page("pages/about.html");
        assertEquals("关于本站", about.selectFirst("h1").text());
        assertEquals("page", about.selectFirst(".site-nav a[href=about.html], .site-nav a[href=../pages/about.html]")
                .attr("aria-current"));
    }

    @Test
    void searchPageKeepsTheContractOfTheSearchScript() {
        Document d = pages.page("search.html");
        Element form = d.getElementById("search-form");
        assertEquals("search", form.attr("role"));
        Element q = d.getElementById("search-q");
        assertEquals("search", q.attr("type"));
        assertEquals("q", q.attr("name"));
        assertEquals(q.parent(), form);
        assertNotNull(d.getElementById("search-filters"));
        Element status = d.getElementById("search-status");
        assertEquals("status", status.attr("role"));
        assertEquals("polite", status.attr("aria-live"));
        assertEquals("ol", d.getElementById("search-results").tagName());
        assertEquals(1, d.select("script[src~=^assets/search\\.js\\?v=[0-9a-f]{16}$][defer]").size(), "the script, with the index's version");
        Element app = d.getElementById("search-app");
        assertEquals("找到 {n} 项问题", app.attr("data-results-count"));
        assertTrue(app.attr("data-status-labels").contains("\"phased\":\"阶段性完成\""), app.attr("data-status-labels"));
        String noscript = d.selectFirst("noscript").html();
        assertTrue(noscript.contains("categories/funds.html") && noscript.contains("status/completed.html"), noscript);
    }

    @Test
    void everyPageIsStructuredForAssistiveTechnology() {
        pages.assertPageStructure("zh-CN");
    }

    @Test
    void everyInternalLinkResolvesToAFile() {
        pages.assertEveryInternalLinkResolves();
    }

    @Test
    void noPageRunsInlineScript() {
        pages.assertNoInlineScript();
        for (String path : pages.pages().keySet()) {
            for (Element el : pages.page(path).select("[href], [src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                assertFalse(url.startsWith("//"), path + " loads from another host: " + url);
                if (el.tagName().equals("link") || el.tagName().equals("script") || el.tagName().equals("img")) {
                    assertFalse(url.matches("(?i)^[a-z]+:.*"), path + " loads from another host: " + url);
                }
            }
        }
    }

    @Test
    void notFoundPageLinksFromTheBaseOfTheSite() {
        Document d = pages.page("404.html");
        assertEquals("/xszg/", d.selectFirst("head base").attr("href"));
        assertEquals("index.html", d.selectFirst("main a").attr("href"));
    }

    @Test
    void rendersTheSameBytesTwice() throws IOException {
        Path again = tmp.resolve("again");
        SiteGenerator.builder().build().render(SiteFiles.load(EXAMPLE), again);
        Map<String, byte[]> a = SiteFiles.snapshot(out);
        Map<String, byte[]> b = SiteFiles.snapshot(again);
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
    }

    @Test
    void aRenderThatFailsHalfwayLeavesThePreviousFolderUntouched() throws IOException {
        Path target = tmp.resolve("atomic");
        SiteGenerator generator = SiteGenerator.builder().build();
        generator.render(site, target);
        Map<String, byte[]> before = SiteFiles.snapshot(target);

        Path source = SiteFiles.copy(EXAMPLE, tmp.resolve("broken-source"));
        // fails only on the findings that list documents, after other pages were written
        SiteFiles.write(source, Map.of("templates/finding.mustache", """
                {{> header}}
                <h1>{{title}}</h1>
                {{#hasDocuments}}
                {{documentz}}
                {{/hasDocuments}}
                {{> footer}}
                """));
        Site broken = SiteFiles.load(source);
        TemplateException e = assertThrows(TemplateException.class, () -> generator.render(broken, target));
        assertEquals("finding.mustache", e.template());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("documentz"), e.getMessage());

        Map<String, byte[]> after = SiteFiles.snapshot(target);
        assertEquals(before.keySet(), after.keySet());
        for (String path : before.keySet()) {
            assertArrayEquals(before.get(path), after.get(path), path);
        }
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("staging") || n.contains(".old-")).toList());
        }
    }
}
