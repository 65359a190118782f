package org.sitegen.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitegen.model.Problem;
import org.sitegen.model.Severity;
import org.sitegen.model.Site;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** sitemap.xml lists every page by absolute URL, and is left out without a base URL. */
class SitemapTest {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static Site site;
    static Exports.Result result;

    @BeforeAll
    static void export() throws Exception {
        site = Exports.example();
        result = Exports.export(site, site.baseUrl());
    }

    @Test
    void listsEveryPageByAbsoluteUrl() throws Exception {
        Map<String, String> urls = urls(Exports.xml(result.out().bytes(Sitemap.PATH)), "url");
        List<String> expected = new ArrayList<>(List.of("", "notices.html", "search.html"));
        site.categories().forEach(c -> expected.add("categories/" + c.id() + ".html"));
        site.statuses().statuses().forEach(s -> expected.add("status/" + s.code() + ".html"));
        site.findings().forEach(f -> expected.add("findings/" + f.id() + ".html"));
        site.notices().forEach(n -> expected.add("notices/" + n.id() + ".html"));
        site.pages().forEach(p -> expected.add("pages/" + p.id() + ".html"));
        expected.add("ledger.html");
        site.inspections().forEach(i -> expected.add("ledger/" + i.id() + ".html"));
        assertEquals(3 + 9 + 5 + 23 + 1 + 1 + 2, expected.size());
        assertEquals(expected.stream().map(p -> Exports.BASE + p).toList(), new ArrayList<>(urls.keySet()));
        assertFalse(urls.keySet().stream().anyMatch(u -> u.endsWith("404.html")));
    }

    @Test
    void givesLastmodWhereADateIsKnown() throws Exception {
        Map<String, String> urls = urls(Exports.xml(result.out().bytes(Sitemap.PATH)), "url");
        assertEquals("2023-12-26", urls.get(Exports.BASE + "findings/leased-public-assets.html"));
        assertEquals("2023-12-26", urls.get(Exports.BASE + "notices/2023-12-26.html"));
        assertEquals("2023-12-26", urls.get(Exports.BASE));
        assertEquals("2023-12-26", urls.get(Exports.BASE + "categories/funds.html"));
        assertEquals("2023-12-26", urls.get(Exports.BASE + "status/phased.html"));
        assertEquals("", urls.get(Exports.BASE + "status/not-completed.html"), "no finding, no date");
        assertEquals("", urls.get(Exports.BASE + "search.html"));
        assertEquals("", urls.get(Exports.BASE + "pages/about.html"));
        assertEquals("2023-12-26", urls.get(Exports.BASE + "ledger.html"), "the newest of its findings");
        assertEquals("2023-12-26", urls.get(Exports.BASE + "ledger/2023-special.html"));
    }

    @Test
    void robotsTxtNamesTheSitemap() {
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: https://www.example.gov.cn/xszg/sitemap.xml\n",
                result.out().text(ExportStage.ROBOTS));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void withoutBaseUrlThereIsNoSitemapAndExactlyOneWarning() throws Exception {
        Exports.Result r = Exports.export(site, null);
        assertFalse(r.out().has(Sitemap.PATH));
        assertFalse(r.out().has(ExportStage.ROBOTS));
        assertTrue(r.out().has(ExportStage.JSON));
        assertTrue(r.out().has(ExportStage.CSV));
        assertTrue(r.out().has(AtomFeed.PATH));
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        Problem w = r.warnings().get(0);
        assertEquals(Severity.WARNING, w.severity());
        // the example site is Chinese, so is the warning
        assertEquals("site.yaml 中没有填写 baseUrl（网站地址），因此没有生成 sitemap.xml（站点地图）", w.message());
        assertEquals("请在 site.yaml 中填写网站的正式地址，例如 baseUrl: https://www.example.gov.cn/xszg/", w.hint());
        assertEquals(java.util.Locale.SIMPLIFIED_CHINESE, w.locale());
    }

    @Test
    void theWarningIsInEnglishWhenAskedFor() throws Exception {
        List<Problem> warnings = new java.util.ArrayList<>();
        new ExportStage().run(new org.sitegen.internal.build.BuildContext(site, null, line -> {}, warnings,
                java.util.Locale.ENGLISH), new MemorySink());
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("no baseUrl: sitemap.xml is not written", warnings.get(0).message());
        assertEquals("set baseUrl in site.yaml, e.g. baseUrl: https://www.example.gov.cn/xszg/", warnings.get(0).hint());
    }

    @Test
    void aLargeSiteIsSplitIntoPartsUnderAnIndex() throws Exception {
        Exports.Result r = Exports.export(new ExportStage(10), site, site.baseUrl());
        Document index = Exports.xml(r.out().bytes(Sitemap.PATH));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        Map<String, String> parts = urls(index, "sitemap");
        assertEquals(List.of(1, 2, 3, 4, 5).stream().map(i -> Exports.BASE + "sitemap-" + i + ".xml").toList(),
                new ArrayList<>(parts.keySet()));
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            Map<String, String> part = urls(Exports.xml(r.out().bytes("sitemap-" + i + ".xml")), "url");
            assertTrue(part.size() <= 10);
            all.putAll(part);
        }
        Map<String, String> single = urls(Exports.xml(result.out().bytes(Sitemap.PATH)), "url");
        assertEquals(single, all);
        assertEquals("2023-12-26", parts.get(Exports.BASE + "sitemap-5.xml"), "newest lastmod of the part");
    }

    @Test
    void exactlyAsManyUrlsAsTheLimitIsOneFile() throws Exception {
        Exports.Result r = Exports.export(new ExportStage(44), site, site.baseUrl());
        assertEquals("urlset", Exports.xml(r.out().bytes(Sitemap.PATH)).getDocumentElement().getLocalName());
        assertFalse(r.out().has("sitemap-1.xml"));
    }

    @Test
    void nonAsciiBaseUrlIsPercentEncoded() throws Exception {
        Site s = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE).build();
        Exports.Result r = Exports.export(s, "https://www.example.gov.cn/巡视 整改/?a=1&b=<2>/");
        String text = new String(r.out().bytes(Sitemap.PATH), StandardCharsets.UTF_8);
        assertTrue(text.contains("<loc>https://www.example.gov.cn/%E5%B7%A1%E8%A7%86%20%E6%95%B4%E6%94%B9/?a=1&amp;b=%3C2%3E/search.html</loc>"), text);
        Exports.xml(r.out().bytes(Sitemap.PATH));
    }

    /** The loc of every url (or sitemap) element, with its lastmod or "". */
    static Map<String, String> urls(Document d, String element) {
        assertEquals(NS, d.getDocumentElement().getNamespaceURI());
        Map<String, String> out = new LinkedHashMap<>();
        NodeList nodes = d.getElementsByTagNameNS(NS, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String loc = e.getElementsByTagNameNS(NS, "loc").item(0).getTextContent();
            NodeList lastmod = e.getElementsByTagNameNS(NS, "lastmod");
            assertTrue(out.put(loc, lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent()) == null, loc);
        }
        return out;
    }
}
