package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Finding;
import org.sitegen.model.Site;
import org.sitegen.testing.Corpus;

/**
 * The example site as a government website: the meta set on every kind of page, the page's date,
 * the identity footer, the notice's 信息公开 block, the ledgers and the 关怀版 control; and a site
 * that declares none of it shows none of it.
 */
class GovernmentPortalPagesTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");
    static final String BASE = "https://www.example.gov.cn/xszg/";
    static final String SITE = "岳阳经济技术开发区巡视整改公示";
    static final String SPONSOR = "中共岳阳经济技术开发区工作委员会";
    static final String KEYWORDS = "巡视整改,整改公示,岳阳经济技术开发区";

    @TempDir static Path tmp;
    static Site site;
    static Path out;
    static PageChecks pages;

    @BeforeAll
    static void render() throws IOException {
        site = SiteFiles.load(EXAMPLE);
        out = tmp.resolve("site");
        SiteGenerator.builder().build().render(site, out);
        pages = new PageChecks(out);
    }

    /** The meta set of a page, by name, in document order. */
    static Map<String, String> meta(Document d) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element m : d.select("head meta[name]")) {
            if (!m.attr("name").equals("viewport")) {
                assertNull(meta.put(m.attr("name"), m.attr("content")), "twice: " + m);
            }
        }
        return meta;
    }

    static Map<String, String> expected(String column, String columnType, String article, String source,
            String keywords, String description, String url) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SiteName", SITE);
        m.put("SiteDomain", "www.example.gov.cn");
        m.put("SiteIDCode", "4306000099");
        m.put("ColumnName", column);
        m.put("ColumnType", columnType);
        if (article != null) {
            m.put("ArticleTitle", article);
        }
        m.put("PubDate", "2023-12-26 00:00");
        m.put("ContentSource", source);
        m.put("Keywords", keywords);
        m.put("Description", description);
        if (url != null) {
            m.put("Url", url);
        }
        return m;
    }

    @Test
    void everyKindOfPageCarriesTheMetaSetInItsOrder() {
        String description = site.identity().description();
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        expected.put("index.html", expected("首页", "首页", null, SPONSOR, KEYWORDS, description, BASE));
        expected.put("findings/leased-public-assets.html", expected("问题清单", "信息公开", "平台公司以公益性资产作为租赁物融资",
                SPONSOR, KEYWORDS + ",资金安全风险较高", "问题6：平台公司以公益性资产作为租赁物融资。整改结果：完成",
                BASE + "findings/leased-public-assets.html"));
        expected.put("categories/funds.html", expected("问题清单", "信息公开", null, SPONSOR, KEYWORDS, description,
                BASE + "categories/funds.html"));
        expected.put("status/phased.html", expected("问题清单", "信息公开", null, SPONSOR, KEYWORDS, description,
                BASE + "status/phased.html"));
        expected.put("notices.html", expected("整改进展通报", "信息公开", null, SPONSOR, KEYWORDS, description,
                BASE + "notices.html"));
        String excerpt = pages.page("notices/2023-12-26.html").selectFirst(".prose p").text();
        expected.put("notices/2023-12-26.html", expected("整改进展通报", "信息公开", "关于巡视整改进展情况的通报", SPONSOR,
                KEYWORDS + ",综合政务/其他", excerpt, BASE + "notices/2023-12-26.html"));
        expected.put("pages/about.html", expected("关于本站", "其他", null, SPONSOR, KEYWORDS, description,
                BASE + "pages/about.html"));
        expected.put("search.html", expected("搜索", "站内搜索", null, SPONSOR, KEYWORDS, description, BASE + "search.html"));
        expected.put("ledger.html", expected("整改台账", "信息公开", null, SPONSOR, KEYWORDS, description, BASE + "ledger.html"));
        expected.put("ledger/2023-special.html", expected("整改台账", "信息公开", null, SPONSOR, KEYWORDS, description,
                BASE + "ledger/2023-special.html"));
        expected.put("404.html", expected("其他", "其他", null, SPONSOR, KEYWORDS, description, null));
        for (Map.Entry<String, Map<String, String>> e : expected.entrySet()) {
            Map<String, String> found = meta(pages.page(e.getKey()));
            assertEquals(new ArrayList<>(e.getValue().entrySet()), new ArrayList<>(found.entrySet()), e.getKey());
        }
        assertTrue(excerpt.length() > 20, excerpt);
        for (Map.Entry<String, Document> e : pages.pages().entrySet()) {
            Map<String, String> found = meta(e.getValue());
            assertEquals("4306000099", found.get("SiteIDCode"), e.getKey());
            assertTrue(found.get("PubDate").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), e.getKey());
            assertEquals(e.getKey().equals("404.html") ? null
                    : BASE + (e.getKey().equals("index.html") ? "" : e.getKey()), found.get("Url"), e.getKey());
        }
    }

    @Test
    void everyPageShowsTheDayItLastChanged() {
        for (Map.Entry<String, Document> e : pages.pages().entrySet()) {
            Element date = e.getValue().selectFirst("main .page-date time");
            assertNotNull(date, e.getKey());
            assertEquals("2023-12-26", date.attr("datetime"), e.getKey());
            assertEquals("本页更新：2023年12月26日", date.parent().text(), e.getKey());
            assertEquals(date.attr("datetime") + " 00:00", meta(e.getValue()).get("PubDate"), e.getKey());
        }
    }

    @Test
    void theFooterCarriesTheIdentityOfTheSiteWithImagesOfItsOwn() throws IOException {
        for (Map.Entry<String, Document> e : pages.pages().entrySet()) {
            String root = e.getKey().contains("/") && !e.getKey().equals("404.html") ? "../" : "";
            Element id = e.getValue().selectFirst("footer .identity");
            assertNotNull(id, e.getKey());
            String text = id.text();
            for (String item : List.of("主办单位：" + SPONSOR, "承办单位：岳阳经济技术开发区党政综合办公室", "网站标识码：4306000099",
                    "湘ICP备00000000号-1", "湘公网安备 43060202000000号")) {
                assertTrue(text.contains(item), e.getKey() + ": " + item + " in " + text);
            }
            assertEquals("https://beian.miit.gov.cn/", id.selectFirst("a:contains(湘ICP备)").attr("href"));
            assertEquals("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43060202000000",
                    id.selectFirst("a:contains(公网安备)").attr("href"));
            Element conac = id.selectFirst("a img[alt=党政机关网站标识]");
            assertEquals(site.identity().conacUrl(), conac.parent().attr("href"));
            Element report = id.selectFirst("a img[alt=我为政府网站找错]");
            assertEquals(site.identity().errorReportUrl(), report.parent().attr("href"));
            for (Element img : id.select("img")) {
                String src = img.attr("src");
                assertTrue(src.startsWith(root + "assets/gov/"), e.getKey() + " " + src);
                assertTrue(Files.isRegularFile(out.resolve(src.substring(root.length()))), src);
            }
        }
        String conac = Files.readString(out.resolve("assets/gov/conac.svg"));
        assertTrue(conac.contains("NOT the official") && conac.contains("示例"), "the placeholder says what it is");
    }

    @Test
    void anOfficesOwnImageTakesThePlaceOfThePlaceholder(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("src");
        SiteFiles.write(source, Map.of(
                "site.yaml", "title: 站\nidentity: {conac: 'https://bszs.conac.cn/sitename?method=show&id=1'}\n"
                        + "inspections:\n  - {id: i, title: 巡视}\n",
                "categories/a.md", "---\nid: a\norder: 1\ntitle: 类别\n---\n"));
        Files.createDirectories(source.resolve("assets/gov"));
        Files.write(source.resolve("assets/gov/conac.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        SiteGenerator.builder().build().render(SiteFiles.load(source), dir.resolve("out"));
        PageChecks own = new PageChecks(dir.resolve("out"));
        assertEquals("assets/gov/conac.png", own.page("index.html").selectFirst(".identity img").attr("src"));
        own.assertEveryInternalLinkResolves();
    }

    @Test
    void aNoticeShowsItsDisclosureBlockAboveItsText() {
        Document d = pages.page("notices/2023-12-26.html");
        Element block = d.selectFirst("article .disclosure");
        assertEquals("信息公开", block.attr("aria-label"));
        Map<String, String> items = new LinkedHashMap<>();
        for (Element div : block.select("dl > div")) {
            items.put(div.selectFirst("dt").text(), div.selectFirst("dd").text());
        }
        assertEquals(Map.of("索引号：", "11430600MB1234567X/2023-00001", "主题分类：", "综合政务/其他", "发布机构：", SPONSOR,
                "成文日期：", "2023年12月26日", "发布日期：", "2023年12月26日"), items);
        assertEquals(List.of("索引号：", "主题分类：", "发布机构：", "成文日期：", "发布日期："), new ArrayList<>(items.keySet()));
        assertTrue(block.elementSiblingIndex() < d.selectFirst("article .prose").elementSiblingIndex(), "above the text");
    }

    @Test
    void theLedgersListEveryFindingWithItsMeasuresAndStatus() {
        for (String path : List.of("ledger.html", "ledger/2023-special.html")) {
            Document d = pages.page(path);
            String root = path.contains("/") ? "../" : "";
            Element table = d.selectFirst("table.ledger-table");
            assertEquals(1, d.select("table").size(), path + ": one table");
            assertEquals(List.of("序号", "问题", "整改措施", "责任单位", "整改时限", "整改结果"),
                    table.select("thead th").eachText());
            assertEquals(9, table.select("tbody").size(), "a group per category");
            assertEquals("（一）发展现状与国家级园区要求有差距", table.selectFirst("tbody .ledger-group th").text());
            Elements rows = table.select("tr.ledger-row");
            assertEquals(site.findings().size(), rows.size(), path);
            for (int i = 0; i < rows.size(); i++) {
                Finding f = site.findings().get(i);
                Element row = rows.get(i);
                assertEquals(String.valueOf(f.number()), row.selectFirst(".ledger-number").text(), path);
                assertEquals(f.title(), row.selectFirst("th[scope=row]").text(), path);
                assertEquals(root + "findings/" + f.id() + ".html", row.selectFirst("th a").attr("href"));
                assertEquals(f.measures().size(), row.select(".ledger-measures li").size(), f.id());
                assertEquals(f.status().label(), row.selectFirst(".ledger-result .badge").text(), f.id());
                assertEquals("2023年12月26日", row.selectFirst(".ledger-date").text(), f.id());
            }
            assertEquals("共23项问题：完成4项，基本完成1项，阶段性完成18项", d.selectFirst(".ledger .headline").text());
            assertEquals("打印", d.selectFirst("button.print-button[data-print][hidden]").text());
        }
        assertEquals("整改台账", pages.page("ledger.html").selectFirst("h1").text());
        assertEquals("省委第七巡视组专项巡视整改台账", pages.page("ledger/2023-special.html").selectFirst("h1").text());
        assertEquals("ledger/2023-special.html", pages.page("index.html").selectFirst(".inspection-ledger a").attr("href"));
        assertEquals("page", pages.page("ledger.html").selectFirst(".site-nav a[href=ledger.html]").attr("aria-current"));
        assertEquals("../ledger.html", pages.page("findings/leased-public-assets.html")
                .selectFirst(".site-nav a:contains(整改台账)").attr("href"));
    }

    @Test
    void findingAndNoticePagesPrintToo() {
        assertNotNull(pages.page("findings/leased-public-assets.html").selectFirst("button.print-button[hidden]"));
        assertNotNull(pages.page("notices/2023-12-26.html").selectFirst("button.print-button[hidden]"));
    }

    @Test
    void everyPageHasTheCareControlHiddenUntilItsScriptShowsIt() {
        for (Map.Entry<String, Document> e : pages.pages().entrySet()) {
            Document d = e.getValue();
            String root = e.getKey().contains("/") && !e.getKey().equals("404.html") ? "../" : "";
            Element script = d.selectFirst("head script");
            assertEquals(root + "assets/care.js", script.attr("src"), e.getKey());
            assertFalse(script.hasAttr("defer") || script.hasAttr("async"), "runs before the body is drawn");
            Element bar = d.selectFirst("header #care-bar");
            assertTrue(bar.hasAttr("hidden"), e.getKey());
            assertEquals("false", bar.selectFirst("#care-switch").attr("aria-pressed"));
            assertEquals("关怀版", bar.selectFirst("#care-switch").text());
            assertEquals("care-panel", bar.selectFirst("#care-toggle").attr("aria-controls"));
            assertEquals(List.of("standard", "large", "x-large"), bar.select("input[name=care-size]").eachAttr("value"));
            assertTrue(bar.selectFirst("#care-read").hasAttr("hidden"), "read aloud only where the browser can");
            assertEquals("polite", bar.selectFirst("#care-status").attr("aria-live"));
        }
        assertTrue(Files.isRegularFile(out.resolve("assets/care.js")));
        pages.assertNoInlineScript();
        pages.assertPageStructure("zh-CN");
        pages.assertEveryInternalLinkResolves();
    }

    @Test
    void aSiteThatDeclaresNoIdentityShowsNoneOfIt(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("src");
        SiteFiles.write(source, Map.of(
                "site.yaml", "title: 站<script>\nissuer: 单位\ninspections:\n  - {id: i, title: 巡视}\n",
                "categories/a.md", "---\nid: a\norder: 1\ntitle: 类别\n---\n",
                "findings/1.md", "---\nnumber: 1\ncategory: a\ntitle: \"javascript:alert(1)<script>\"\nstatus: 完成\n---\n措施\n",
                "notices/n.md", "---\ntitle: 通报\ndate: 2024-01-02\n---\n正文\n"));
        SiteGenerator.builder().build().render(SiteFiles.load(source), dir.resolve("out"));
        PageChecks plain = new PageChecks(dir.resolve("out"));
        Document index = plain.page("index.html");
        assertNull(index.selectFirst(".identity"));
        assertEquals("发布单位：单位", index.selectFirst("footer p").text());
        assertEquals(List.of("SiteName", "ColumnName", "ColumnType", "PubDate", "ContentSource"),
                new ArrayList<>(meta(index).keySet()), "no code, domain, keywords, description or Url");
        Document finding = plain.page("findings/1.html");
        assertEquals("javascript:alert(1)<script>", meta(finding).get("ArticleTitle"));
        assertFalse(plain.source("findings/1.html").contains("<script>\">"), "escaped in the attribute");
        assertEquals("2024-01-02 00:00", meta(finding).get("PubDate"), "no history: the site's date");
        Element block = plain.page("notices/n.html").selectFirst(".disclosure");
        assertEquals("发布机构： 单位 成文日期： 2024年1月2日", block.text(), "the defaults: issuer and date");
        plain.assertNoInlineScript();
    }

    @Test
    void aLongLedgerIsSplitIntoPagesThatLinkToEachOther(@TempDir Path dir) throws IOException {
        Path source = Corpus.write(dir.resolve("src"), 1_001, 7);
        SiteGenerator.builder().build().render(SiteFiles.load(source), dir.resolve("out"));
        PageChecks big = new PageChecks(dir.resolve("out"));
        assertEquals(1_000, big.page("ledger.html").select("tr.ledger-row").size());
        Document second = big.page("ledger.p2.html");
        assertEquals(1, second.select("tr.ledger-row").size());
        assertEquals("第1001–1001项，共1001项", second.selectFirst(".page-range").text());
        assertEquals("ledger.html", second.selectFirst(".list-pager a[rel=prev]").attr("href"));
        assertNotNull(big.page("ledger.html").selectFirst(".list-pager a[rel=next][href=ledger.p2.html]"));
        assertNull(second.selectFirst(".site-nav a[aria-current]"), "page 2 is not the ledger entry itself");
        big.assertEveryInternalLinkResolves();
    }
}
