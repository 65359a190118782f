package org.sitegen.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.PageChecks;
import org.sitegen.model.Problem;
import org.sitegen.RenderReport;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.TemplateException;
import org.sitegen.model.Site;

class PageStageTest {
    @TempDir
    Path tmp;

    PageChecks render(TestSite t) throws IOException {
        Site site = SiteFiles.load(t.write(tmp.resolve("src")));
        SiteGenerator.builder().build().render(site, tmp.resolve("out"));
        return new PageChecks(tmp.resolve("out"));
    }

    @Test
    void marksAnOpenFindingPastItsDeadlineAsOverdue() throws IOException {
        PageChecks pages = render(TestSite.standard("zh-CN"));
        Document two = pages.page("findings/two.html");
        assertEquals("2024年1月31日 已逾期", two.select(".facts dd").stream()
                .filter(dd -> dd.selectFirst("time") != null).findFirst().orElseThrow().text());
        assertEquals("已逾期", two.selectFirst(".finding-status .overdue").text());
        assertNull(pages.page("findings/one.html").selectFirst(".overdue"), "closed: never overdue");
        assertNull(pages.page("findings/three.html").selectFirst(".overdue"), "deadline not reached");
        assertEquals(1, pages.page("categories/alpha.html").select(".finding-item .overdue").size());
    }

    @Test
    void findingPageShowsUnitsDocumentsMeasuresAndHistoryInOrder() throws IOException {
        PageChecks pages = render(TestSite.standard("zh-CN"));
        Document one = pages.page("findings/one.html");
        assertEquals(List.of("区财政局", "区国资办"), one.select(".inline-list li").eachText());
        assertEquals(List.of("建立制度。", "完成清理。"), one.select("ol.measures > li").eachText());
        assertEquals("完成", one.selectFirst("ol.measures strong").text());
        List<Element> history = one.select("ol.timeline > li");
        assertEquals(List.of("2023-10-01", "2023-12-26"), history.stream().map(h -> h.selectFirst("time").attr("datetime")).toList());
        assertEquals("阶段性完成", history.get(0).selectFirst(".badge").text());
        assertEquals("已制定方案", history.get(0).selectFirst(".note").text());
        assertEquals("../findings/two.html", one.selectFirst(".pager a[rel=next]").attr("href"));
        Document two = pages.page("findings/two.html");
        assertEquals(List.of("列表一", "列表二"), two.select("ol.measures > li").eachText());
    }

    @Test
    void englishSiteUsesEnglishTextDatesAndStatusNames() throws IOException {
        PageChecks pages = render(TestSite.standard("en"));
        pages.assertPageStructure("en");
        Document index = pages.page("index.html");
        assertEquals("Findings in total: 3. Completed: 1, Phased completion: 1, Long-term: 1",
                index.selectFirst(".headline").text());
        assertEquals("Home", index.selectFirst(".site-nav a").text());
        assertEquals("1. 第一类问题", index.selectFirst(".category-card h3").text());
        Document one = pages.page("findings/one.html");
        assertEquals("Completed", one.selectFirst(".finding-status .badge").text());
        assertEquals("31 December 2023", one.select(".facts time").first().text());
        assertEquals("1 March 2024", index.selectFirst("footer time").text());
        assertEquals("Overdue", pages.page("findings/two.html").selectFirst(".overdue").text());
    }

    @Test
    void chineseSiteSaysHtmlLangZhCn() throws IOException {
        PageChecks pages = render(TestSite.standard("zh-CN"));
        pages.assertPageStructure("zh-CN");
        pages.assertEveryInternalLinkResolves();
        pages.assertNoInlineScript();
    }

    @Test
    void aSitesOwnVocabularyShowsItsLabelsWithPaletteColours() throws IOException {
        PageChecks pages = render(TestSite.standard("en").with("site.yaml", SiteFiles.siteYaml("Own", "locale: en",
                "statuses:",
                "  - {code: done, label: 已销号, aliases: [完成], closed: true}",
                "  - {code: open, label: 推进中, aliases: [阶段性完成, 长期整改]}")));
        Document index = pages.page("index.html");
        assertEquals(List.of("已销号 1 33.3%", "推进中 2 66.7%"), index.select(".status-table tbody tr").eachText());
        assertTrue(index.selectFirst(".status-table .badge").hasClass("tone-blue"));
        assertTrue(index.select(".status-table .badge").get(1).hasClass("tone-green"));
        assertEquals(2, pages.pages().keySet().stream().filter(p -> p.startsWith("status/")).count());
    }

    @Test
    void aTemplateOverrideChangesThePage() throws IOException {
        PageChecks pages = render(TestSite.standard("zh-CN")
                .with("templates/page.mustache", """
                        {{> header}}
                        <h1 class="own">自定义：{{title}}</h1>
                        {{{bodyHtml}}}
                        {{> footer}}
                        """)
                .with("templates/status-badge.mustache", "<em class=\"own-badge\">{{label}}</em>"));
        Document about = pages.page("pages/about.html");
        assertEquals("自定义：关于", about.selectFirst("h1.own").text());
        assertEquals("完成", pages.page("findings/one.html").selectFirst(".finding-status em.own-badge").text());
        assertNull(pages.page("notices.html").selectFirst("h1.own"), "other templates stay built-in");
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine() throws IOException {
        Site broken = SiteFiles.load(TestSite.standard("zh-CN")
                .with("templates/notice.mustache", "{{> header}}\n<h1>{{title}}</h1>\n{{#breadcrumb}}\n{{> footer}}\n")
                .write(tmp.resolve("src")));
        TemplateException e = assertThrows(TemplateException.class,
                () -> SiteGenerator.builder().build().render(broken, tmp.resolve("out")));
        assertEquals("notice.mustache", e.template());
        assertTrue(e.getMessage().startsWith("template notice.mustache"), e.getMessage());
        assertTrue(e.getMessage().contains("templates/notice.mustache"), e.getMessage());
    }

    @Test
    void aMisspeltVariableInAnOverrideFailsWithItsName() throws IOException {
        Site broken = SiteFiles.load(TestSite.standard("zh-CN")
                .with("templates/footer.mustache", "</main>\n<footer>\n{{siteIssuer}}\n{{msg.noSuchText}}\n</footer>\n")
                .write(tmp.resolve("src")));
        TemplateException e = assertThrows(TemplateException.class,
                () -> SiteGenerator.builder().build().render(broken, tmp.resolve("out")));
        assertEquals("footer.mustache", e.template());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("noSuchText"), e.getMessage());
    }

    @Test
    void warnsAboutAnOverrideThatReplacesNothing() throws IOException {
        Site site = SiteFiles.load(TestSite.standard("zh-CN").with("templates/findng.mustache", "x")
                .write(tmp.resolve("src")));
        RenderReport report = SiteGenerator.builder().messageLocale(java.util.Locale.ENGLISH).build()
                .render(site, tmp.resolve("out"));
        List<Problem> about = report.warnings().stream().filter(w -> w.message().contains("templates/")).toList();
        assertEquals(1, about.size(), report.warnings().toString());
        assertTrue(about.get(0).message().startsWith("templates/findng.mustache replaces no built-in template"),
                about.get(0).message());
        assertTrue(about.get(0).hint().contains("finding.mustache"), about.get(0).hint());
    }

    @Test
    void warnsInTheSitesLanguageByDefault() throws IOException {
        Site site = SiteFiles.load(TestSite.standard("zh-CN").with("templates/findng.mustache", "x")
                .write(tmp.resolve("src")));
        RenderReport report = SiteGenerator.builder().build().render(site, tmp.resolve("out"));
        List<Problem> about = report.warnings().stream().filter(w -> w.message().contains("templates/")).toList();
        assertEquals(1, about.size(), report.warnings().toString());
        assertEquals("templates/findng.mustache 与任何内置模板都不同名，因此没有使用", about.get(0).message());
        assertTrue(about.get(0).hint().startsWith("要替换内置模板，文件名须是以下之一："), about.get(0).hint());
        assertTrue(about.get(0).hint().contains("、finding.mustache、"), about.get(0).hint());
    }

    @Test
    void scriptInTitlesUnitsMeasuresAndRawHtmlComesOutInert() throws IOException {
        String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        PageChecks pages = render(TestSite.standard("zh-CN")
                .with("site.yaml", SiteFiles.siteYaml("站点" + payload, "asOf: 2024-03-01",
                        "contact: {phone: '\"><script>alert(3)</script>', email: 'a@b.cn\" onmouseover=\"alert(4)'}"))
                .with("categories/01-a.md", """
                        ---
                        id: alpha
                        order: 1
                        title: "类别<script>alert(5)</script>"
                        ---
                        <div onclick="alert(6)">介绍<script>alert(7)</script></div>
                        """)
                .with("findings/1.md", """
                        ---
                        id: one
                        number: 1
                        category: alpha
                        title: "标题<script>alert(8)</script>"
                        status: 完成
                        units: ["单位<script>alert(9)</script>", "<img src=x onerror=alert(10)>"]
                        documents: ["<a href='javascript:alert(11)'>文件</a>"]
                        history:
                          - {date: 2023-12-26, status: 完成, note: "<b onmouseover=alert(12)>备注</b>"}
                        ---
                        一是措施<script>alert(13)</script>。二是[链接](javascript:alert(14))和<img src="x" onerror="alert(15)">。
                        """)
                .with("notices/2024-03-01.md", """
                        ---
                        title: "通报<script>alert(16)</script>"
                        date: 2024-03-01
                        ---
                        正文

                        <div>
                        <script>alert(17)</script>
                        <a href="javascript:alert(18)" onclick="alert(19)">点</a>
                        <iframe src="https://evil.example/"></iframe>
                        <p style="x">保留</p>
                        </div>
                        """));
        pages.assertNoInlineScript();
        Document one = pages.page("findings/one.html");
        assertEquals("1. 标题<script>alert(8)</script>", one.selectFirst("h1").text());
        assertEquals(List.of("单位<script>alert(9)</script>", "<img src=x onerror=alert(10)>"),
                one.select(".inline-list li").eachText());
        assertEquals("<a href='javascript:alert(11)'>文件</a>", one.select(".facts ul").last().text());
        assertEquals("<b onmouseover=alert(12)>备注</b>", one.selectFirst(".timeline .note").text());
        assertTrue(one.selectFirst("title").text().startsWith("1. 标题<script>"), one.selectFirst("title").text());
        List<Element> measures = one.select("ol.measures > li");
        assertEquals(List.of("措施。", "链接和。"), measures.stream().map(m -> m.text().replace(" ", "")).toList());
        assertEquals(0, measures.get(1).select("a").size());
        assertEquals("<img src=\"x\" alt=\"\">", measures.get(1).selectFirst("img").outerHtml(), "an image with no alt text gets an empty one");
        Document notice = pages.page("notices/2024-03-01.html");
        assertEquals("保留", notice.selectFirst(".prose p:not(:first-child)").text());
        assertEquals("通报<script>alert(16)</script>", notice.selectFirst("h1").text());
        assertEquals("站点" + payload, pages.page("index.html").selectFirst("h1").text());
        for (Document d : pages.pages().values()) {
            assertEquals(d.select("script").size(), d.select("script[src~=^assets/search(-[a-z]+)?\\.js(\\?v=[0-9a-f]{16})?$],"
                    + " script[src~=^(\\.\\./)?assets/care\\.js$]").size(), d.title());
        }
    }

    @Test
    void aSiteWithNoFindingsNoticesPagesOrContactStillRenders(@TempDir Path src) throws IOException {
        SiteFiles.write(src, java.util.Map.of(
                "site.yaml", "title: 空站\ninspections:\n  - {id: i, title: 巡视}\n",
                "categories/a.md", "---\nid: a\norder: 1\ntitle: 类别\n---\n"));
        Site site = SiteFiles.load(src);
        SiteGenerator.builder().build().render(site, tmp.resolve("out"));
        PageChecks pages = new PageChecks(tmp.resolve("out"));
        pages.assertPageStructure("zh-CN");
        pages.assertEveryInternalLinkResolves();
        Document index = pages.page("index.html");
        assertEquals("暂无问题", index.selectFirst(".headline").text());
        assertEquals("完成 0/0", index.selectFirst(".category-card strong").text());
        assertNull(index.selectFirst(".latest-notice"));
        assertNull(index.selectFirst(".contact-section"));
        assertEquals("暂无通报。", pages.page("notices.html").selectFirst("main p").text());
        assertEquals("暂无问题。", pages.page("categories/a.html").select("main p").last().text());
    }

    @Test
    void reportsProgressEveryNPagesAndWritesEachPageOnce() throws IOException {
        Site site = SiteFiles.load(TestSite.standard("zh-CN").write(tmp.resolve("src")));
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        java.util.Map<String, byte[]> written = new java.util.concurrent.ConcurrentHashMap<>();
        org.sitegen.internal.output.OutputSink sink = new org.sitegen.internal.output.OutputSink() {
            @Override
            public void write(String path, byte[] content) {
                assertNull(written.put(path, content), path + " written twice");
            }

            @Override
            public void copy(String path, Path source) {
                throw new AssertionError("pages copy nothing");
            }
        };
        new PageStage(5).run(new BuildContext(site, null, progress::add,
                Collections.synchronizedList(new ArrayList<>())), sink);
        // index, 3 findings, 2 categories, 5 statuses, notices, 1 notice, 1 page, search, 2 ledgers, 404
        assertEquals(18, written.size());
        assertEquals(List.of("pages: 5/18", "pages: 10/18", "pages: 15/18", "pages: 18/18 written"), progress);
    }
}
