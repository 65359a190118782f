package org.sitegen.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownHtmlTest {
    static final MarkdownHtml MD = new MarkdownHtml();

    static Document html(String s) {
        return Jsoup.parseBodyFragment(s);
    }

    static void assertInert(String html) {
        Document d = html(html);
        assertTrue(d.select("script, iframe, object, embed, style, form, input").isEmpty(), html);
        for (Element e : d.getAllElements()) {
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), html);
                assertFalse(a.getKey().equalsIgnoreCase("style"), html);
                assertFalse(a.getValue().replaceAll("\\s", "").toLowerCase().startsWith("javascript:"), html);
            });
        }
    }

    @Test
    void rendersTablesWithoutObsoleteAlignAttributes() {
        String out = MD.block("""
                | 项目 | 数量 |
                |:---|---:|
                | 甲 | 1 |
                """);
        Document d = html(out);
        assertEquals(0, d.select("[align]").size(), out);
        assertEquals("col", d.selectFirst("th").attr("scope"));
        assertEquals("align-right", d.select("td").get(1).className());
    }

    @Test
    void linksBareAddressesAndEndsThemWhereTheChineseSentenceGoesOn() {
        Document d = html(MD.block("见 https://www.gov.cn/zhengce/ 或 www.example.gov.cn。\n电子邮箱：79076117@qq.com，欢迎监督"));
        assertEquals(List.of("https://www.gov.cn/zhengce/", "http://www.example.gov.cn", "mailto:79076117@qq.com"),
                d.select("a").eachAttr("href"));
        assertEquals(List.of("https://www.gov.cn/zhengce/", "www.example.gov.cn", "79076117@qq.com"),
                d.select("a").eachText());
        assertEquals("见 https://www.gov.cn/zhengce/ 或 www.example.gov.cn。 电子邮箱：79076117@qq.com，欢迎监督",
                d.text());
        Document seed = html(MD.block("联系电话：0730-8720988；电子邮箱：79076117@qq.com。"));
        assertEquals(List.of("mailto:79076117@qq.com"), seed.select("a").eachAttr("href"));
        assertEquals("联系电话：0730-8720988；电子邮箱：79076117@qq.com。", seed.text());
        assertEquals(0, html(MD.block("写信给：某某@单位")).select("a").size());
    }

    @Test
    void givesHeadingsPrefixedIdsAndStartsThemAtLevelTwo() {
        Document d = html(MD.block("# 一、组织整改\n\n## 细节\n\n正文"));
        assertEquals(0, d.select("h1").size());
        Element h2 = d.selectFirst("h2");
        assertEquals("一、组织整改", h2.text());
        assertTrue(h2.id().startsWith(MarkdownHtml.HEADING_ID_PREFIX), h2.id());
        assertNotNull(d.selectFirst("h3"));
        Document unshifted = html(MD.block("## 二级\n\n### 三级"));
        assertEquals("二级", unshifted.selectFirst("h2").text());
        assertEquals("三级", unshifted.selectFirst("h3").text());
    }

    @Test
    void keepsSafeRawHtmlAndCleansTheRest() {
        String out = MD.block("""
                前言

                <div class="x" onclick="alert(1)" style="position:fixed">
                <p>保留<b>加粗</b></p>
                <script>alert(2)</script>
                <a href="javascript:alert(3)">坏链接</a>
                <a href="https://www.gov.cn/" onmouseover="alert(4)">好链接</a>
                <img src="x" onerror="alert(5)">
                <img src="https://tracker.example.com/p.gif" alt="跟踪">
                <iframe src="https://evil.example.com/"></iframe>
                <h1 id="main">标题</h1>
                </div>
                """);
        assertInert(out);
        Document d = html(out);
        assertEquals("加粗", d.selectFirst("b").text());
        assertEquals(List.of("https://www.gov.cn/"), d.select("a[href]").eachAttr("href"));
        assertEquals("坏链接", d.select("a").get(0).text());
        assertEquals(List.of("x"), d.select("img").eachAttr("src"));
        assertNull(d.getElementById("main"));
        assertEquals(0, d.select("h1").size());
        assertFalse(out.contains("alert(2)"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[点我](javascript:alert(1))",
        "[点我](JAVASCRIPT:alert(1))",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "text <span onclick=alert(1)>inline</span>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "[x](vbscript:msgbox(1))",
    })
    void scriptPayloadsComeOutInert(String payload) {
        assertInert(MD.block(payload));
        assertInert(MD.inline(payload));
    }

    @Test
    void unsafeLinksKeepTheirTextButLoseTheLink() {
        assertEquals("<p>点我</p>", MD.block("[点我](javascript:alert(1))").strip());
        assertEquals("图", MD.inline("![图](https://cdn.example.com/a.png)"));
    }

    @Test
    void inlineTextHasNoParagraph() {
        assertEquals("督促<strong>平台公司</strong>整改。", MD.inline("督促**平台公司**整改。"));
        assertEquals("修订制度，规范融资的审批和管理。", MD.inline("修订制度，规范融资的审批和管理。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "修订制度，规范融资的审批和管理。",
        "今年新签约项目35个，签约金额387.8亿元。",
        "出台方案，组建专班，抓“五好”园区创建。",
        "He said \"yes\" and 'no' (maybe).",
        "2023年已完成。",
        "对 a/b 和 c.d 的处理",
    })
    void plainTextSkipsTheParserWithTheSameResult(String text) {
        String plain = MarkdownHtml.plain(text);
        assertNotNull(plain, text);
        String parsed = new org.commonmark.renderer.html.HtmlRenderer.Builder().omitSingleParagraphP(true).build()
                .render(org.commonmark.parser.Parser.builder().build().parse(text)).strip();
        assertEquals(html(parsed).body().html(), html(plain).body().html());
        assertEquals(parsed.replace("'", "&#39;"), plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1. 列表", "- 列表", "# 标题", "> 引用", "见 www.gov.cn", "写信 a@b.cn", "**粗**",
            "`code`", "a\nb", "&amp;", "<b>", "x_y_", "[a]", "+ 项", "= x", "12) 项"})
    void textWithMarkupGoesToTheParser(String text) {
        assertNull(MarkdownHtml.plain(text), text);
    }

    @Test
    void excerptIsThePlainTextOfTheFirstParagraphCut() {
        assertEquals("第一段加粗文字", MD.excerpt("## 标题\n\n第一段**加粗**文字\n\n第二段", 100));
        assertEquals("一二三四…", MD.excerpt("一二三四五六七八", 5));
        assertEquals("一二三四五", MD.excerpt("一二三四五", 5));
        assertEquals("", MD.excerpt("## 只有标题", 5));
    }
}
