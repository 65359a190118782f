package org.sitegen.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitegen.internal.markdown.Markdown;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Site;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** feed.xml is Atom 1.0 with one entry per notice and per status change. */
class AtomFeedTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static Site site;
    static Document feed;

    @BeforeAll
    static void export() throws Exception {
        site = Exports.example();
        feed = Exports.xml(Exports.export(site, site.baseUrl()).out().bytes(AtomFeed.PATH));
    }

    @Test
    void isAnAtomFeedWithTitleIdUpdatedAndAuthor() {
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("zh-CN", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("岳阳经济技术开发区巡视整改公示", child(root, "title"));
        assertEquals(Exports.BASE + "feed.xml", child(root, "id"));
        assertEquals("2023-12-26T00:00:00Z", child(root, "updated"));
        assertEquals("中共岳阳经济技术开发区工作委员会",
                ((Element) root.getElementsByTagNameNS(ATOM, "author").item(0)).getTextContent());
        List<String> links = new ArrayList<>();
        for (Element l : children(root, "link")) {
            links.add(l.getAttribute("rel") + " " + l.getAttribute("href"));
        }
        assertEquals(List.of("alternate " + Exports.BASE, "self " + Exports.BASE + "feed.xml"), links);
    }

    @Test
    void hasTheNoticeAndEveryStatusChangeWithAbsoluteLinks() {
        List<Element> entries = children(feed.getDocumentElement(), "entry");
        assertEquals(1 + 23, entries.size());
        Element notice = entries.stream()
                .filter(e -> child(e, "title").equals("关于巡视整改进展情况的通报")).findFirst().orElseThrow();
        assertEquals(Exports.BASE + "notices/2023-12-26.html", link(notice));
        assertEquals(Exports.BASE + "notices/2023-12-26.html", child(notice, "id"));
        assertTrue(child(notice, "summary").startsWith("根据省委统一部署，2023年3月11日至5月10日"), child(notice, "summary"));
        assertTrue(child(notice, "summary").endsWith("现将巡视整改进展情况予以公布。"), child(notice, "summary"));
        Element six = entries.stream()
                .filter(e -> child(e, "id").equals(Exports.BASE + "findings/leased-public-assets.html#2023-12-26"))
                .findFirst().orElseThrow();
        assertEquals("第6项 平台公司以公益性资产作为租赁物融资 — 完成", child(six, "title"));
        assertEquals(Exports.BASE + "findings/leased-public-assets.html", link(six));
        assertEquals("2023-12-26T00:00:00Z", child(six, "updated"));
        for (Element e : entries) {
            assertTrue(link(e).startsWith(Exports.BASE), link(e));
            assertTrue(child(e, "id").startsWith(Exports.BASE), child(e, "id"));
        }
    }

    @Test
    void entriesAreNewestFirstThenById() {
        List<Element> entries = children(feed.getDocumentElement(), "entry");
        List<String> ids = new ArrayList<>();
        for (Element e : entries) {
            ids.add(child(e, "id"));
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(String::compareTo);
        assertEquals(sorted, ids, "all entries share one day, so they are by id");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
    }

    @Test
    void withoutBaseUrlIdsAreUrnsAndLinksRelative() throws Exception {
        Document d = Exports.xml(Exports.export(site, null).out().bytes(AtomFeed.PATH));
        Element root = d.getDocumentElement();
        String prefix = "urn:sitegen:" + AtomFeed.titleHash(site.title()) + ":";
        assertEquals(prefix + "feed", child(root, "id"));
        assertFalse(root.hasAttributeNS("http://www.w3.org/XML/1998/namespace", "base"));
        for (Element e : children(root, "entry")) {
            String id = child(e, "id");
            assertTrue(id.startsWith(prefix + "finding:") || id.startsWith(prefix + "notice:"), id);
            assertTrue(link(e).startsWith("findings/") || link(e).startsWith("notices/"), link(e));
        }
        assertTrue(children(root, "entry").stream()
                .anyMatch(e -> child(e, "id").equals(prefix + "finding:leased-public-assets:2023-12-26")));
        assertEquals(16, AtomFeed.titleHash(site.title()).length());
    }

    @Test
    void sortsByDateAcrossNoticesAndFindingsAndNamesRepeatedDays() throws Exception {
        Category c = Exports.category("c", 1, "类别");
        Site hand = Exports.siteBuilder(Locale.ENGLISH).addCategory(c)
                .addFinding(Exports.finding("a", 1, "Loans", c, Exports.status("completed"), List.of(), null, List.of(),
                        List.of(new HistoryEntry(LocalDate.of(2023, 1, 5), Exports.status("not-completed"), null),
                                new HistoryEntry(LocalDate.of(2023, 6, 1), Exports.status("phased"), "half"),
                                new HistoryEntry(LocalDate.of(2023, 6, 1), Exports.status("completed"), null)),
                        List.of("x")))
                .addNotice(Exports.notice("n1", "First report", LocalDate.of(2023, 3, 1), "## Heading\n\nFirst *para*\ngraph.\n\nSecond."))
                .build();
        Document d = Exports.xml(Exports.export(hand, Exports.BASE).out().bytes(AtomFeed.PATH));
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Element e : children(d.getDocumentElement(), "entry")) {
            ids.add(child(e, "id"));
            titles.add(child(e, "title"));
        }
        String a = Exports.BASE + "findings/a.html#";
        assertEquals(List.of(a + "2023-06-01", a + "2023-06-01-2", Exports.BASE + "notices/n1.html", a + "2023-01-05"), ids);
        assertEquals(List.of("No. 1 Loans — 阶段性完成", "No. 1 Loans — 完成", "First report", "No. 1 Loans — 未完成"), titles);
        assertEquals("2023-06-01T00:00:00Z", child(d.getDocumentElement(), "updated"));
        Element notice = children(d.getDocumentElement(), "entry").get(2);
        assertEquals("First para graph.", child(notice, "summary"), "a soft line break reads as a space");
        assertEquals("类别. Status: 阶段性完成. half", child(children(d.getDocumentElement(), "entry").get(0), "summary"));
    }

    @Test
    void keepsOnlyTheNewest200Entries() throws Exception {
        Category c = Exports.category("c", 1, "类别");
        Site.Builder b = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE).addCategory(c);
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 1; i <= 300; i++) {
            b.addFinding(Exports.finding("f" + i, i, "问题" + i, c, Exports.status("phased"), List.of(), null, List.of(),
                    List.of(new HistoryEntry(day.plusDays(i), Exports.status("phased"), null)), List.of("措施")));
        }
        Document d = Exports.xml(Exports.export(b.build(), Exports.BASE).out().bytes(AtomFeed.PATH));
        List<Element> entries = children(d.getDocumentElement(), "entry");
        assertEquals(AtomFeed.MAX_ENTRIES, entries.size());
        assertEquals(Exports.BASE + "findings/f300.html#" + day.plusDays(300), child(entries.get(0), "id"));
        assertEquals(Exports.BASE + "findings/f101.html#" + day.plusDays(101), child(entries.get(199), "id"));
    }

    @Test
    void emptySiteFeedIsDatedByAsOfWithoutTheClock() throws Exception {
        Site empty = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE).asOf(LocalDate.of(2024, 2, 29)).build();
        Document d = Exports.xml(Exports.export(empty, null).out().bytes(AtomFeed.PATH));
        assertEquals("2024-02-29T00:00:00Z", child(d.getDocumentElement(), "updated"));
        assertTrue(children(d.getDocumentElement(), "entry").isEmpty());
        Site none = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE).build();
        Document e = Exports.xml(Exports.export(none, null).out().bytes(AtomFeed.PATH));
        assertEquals("1970-01-01T00:00:00Z", child(e.getDocumentElement(), "updated"));
    }

    @Test
    void summaryIsTheFirstParagraphAsPlainTextCut() {
        assertEquals("", Markdown.firstParagraph("## only a heading", 400));
        assertEquals("a link and code", Markdown.firstParagraph("a [link](http://x) and `code`<b>", 400));
        String longText = "字".repeat(1000);
        String cut = Markdown.firstParagraph(longText, 400);
        assertEquals("字".repeat(400) + "…", cut);
    }

    @Test
    void findingWithoutHistoryHasNoEntry() throws Exception {
        Category c = Exports.category("c", 1, "类别");
        Finding f = Exports.finding("a", 1, "问题", c, Exports.status("phased"), List.of(), null, List.of(), List.of(),
                List.of("x"));
        Site s = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE).addCategory(c).addFinding(f).build();
        Document d = Exports.xml(Exports.export(s, null).out().bytes(AtomFeed.PATH));
        assertTrue(children(d.getDocumentElement(), "entry").isEmpty());
        assertNull(s.asOf());
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static String child(Element parent, String name) {
        List<Element> c = children(parent, name);
        assertEquals(1, c.size(), name + " of " + parent.getLocalName());
        return c.get(0).getTextContent();
    }

    static String link(Element entry) {
        List<Element> links = children(entry, "link");
        assertEquals(1, links.size());
        assertEquals("alternate", links.get(0).getAttribute("rel"));
        return links.get(0).getAttribute("href");
    }
}
