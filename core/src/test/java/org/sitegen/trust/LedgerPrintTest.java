package org.sitegen.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Finding;
import org.sitegen.model.Site;
import org.sitegen.testing.Browser;

/**
 * The example site's 整改台账 printed to PDF by headless Chromium (DevTools {@code Page.printToPDF},
 * the page's own {@code @page} size) and read back page by page with PDFBox in the order the text
 * was drawn, which is the order of the table: A4 pages; all 23 problems with their statuses; the
 * table's header on every page; no row cut across two pages; no navigation, search, care control,
 * print button or footer links. The check sees a cut row when rows are allowed to break.
 *
 * <p>Chromium draws Chinese text only with a CJK font installed (Debian: fonts-wqy-zenhei, which
 * {@code .ci/run} installs); without one the text check fails, as it should.
 */
class LedgerPrintTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");
    static final String HEADER = "序号问题整改措施责任单位整改时限整改结果";

    @TempDir static Path tmp;
    static Site site;
    static Path out;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        site = SiteFiles.load(EXAMPLE);
        out = tmp.resolve("site");
        SiteGenerator.builder().build().render(site, out);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A page of the site printed as Chromium prints it, with a stylesheet added first when given. */
    static Path print(String page, String css, String name) throws IOException {
        browser.driver().get(out.resolve(page).toUri().toString());
        if (css != null) {
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "var s = document.createElement('style'); s.textContent = arguments[0]; document.head.appendChild(s);",
                    css);
        }
        Map<String, Object> pdf = ((HasCdp) browser.driver()).executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        Path file = tmp.resolve(name);
        Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
        return file;
    }

    /** The text of each page, in drawing order, with all white space taken out. */
    static List<String> pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", ""));
            }
            return pages;
        }
    }

    /** Whether every page of a PDF is A4, portrait, to the point. */
    static boolean a4(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                if (Math.abs(box.getWidth() - PDRectangle.A4.getWidth()) > 1
                        || Math.abs(box.getHeight() - PDRectangle.A4.getHeight()) > 1) {
                    return false;
                }
            }
            return doc.getNumberOfPages() > 0;
        }
    }

    /** Each row of the ledger as the pieces of text it prints, in order: number and title, measures, status, date. */
    static List<List<String>> rows(String page) throws IOException {
        Document d = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : d.select("tr.ledger-row")) {
            List<String> pieces = new ArrayList<>();
            pieces.add(tr.selectFirst(".ledger-number").text() + tr.selectFirst(".ledger-problem").text());
            pieces.addAll(tr.select(".ledger-measures li").eachText());
            pieces.add(tr.selectFirst(".ledger-result .badge").text());
            pieces.add(tr.selectFirst(".ledger-date").text());
            rows.add(pieces.stream().map(s -> s.replaceAll("\\s+", "")).toList());
        }
        return rows;
    }

    /** The rows not printed whole on one page, each with what is missing. */
    static List<String> cutRows(List<List<String>> rows, List<String> pages) {
        List<String> cut = new ArrayList<>();
        for (List<String> row : rows) {
            int page = -1;
            for (int i = 0; i < pages.size() && page < 0; i++) {
                if (pages.get(i).contains(row.get(0))) {
                    page = i;
                }
            }
            if (page < 0) {
                cut.add(row.get(0) + ": not on any page");
                continue;
            }
            String text = pages.get(page);
            int at = text.indexOf(row.get(0));
            for (String piece : row) {
                int found = text.indexOf(piece, at);
                if (found < 0) {
                    cut.add(row.get(0) + ": '" + piece + "' not after it on page " + (page + 1));
                    break;
                }
                at = found + piece.length();
            }
        }
        return cut;
    }

    @Test
    void theLedgerPrintsOnA4WithEveryProblemItsStatusAndNoRowCut() throws IOException {
        Path pdf = print("ledger.html", null, "ledger.pdf");
        assertTrue(a4(pdf), "A4 pages");
        List<String> pages = pages(pdf);
        assertTrue(pages.size() >= 2, "the example's ledger fills more than a page: " + pages.size());
        String all = String.join("", pages);
        for (Finding f : site.findings()) {
            assertTrue(all.contains(f.number() + f.title().replaceAll("\\s+", "")), f.title());
        }
        List<List<String>> rows = rows("ledger.html");
        assertEquals(23, rows.size());
        assertEquals(site.findings().stream().map(f -> f.status().label()).toList(),
                rows.stream().map(r -> r.get(r.size() - 2)).toList());
        assertEquals(List.of(), cutRows(rows, pages));
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i);
            if (rows.stream().anyMatch(r -> text.contains(r.get(0)))) {
                assertTrue(text.contains(HEADER), "the table's header on page " + (i + 1));
            }
        }
        for (String absent : List.of("首页问题清单整改台账通报搜索", "搜索问题", "关怀版", "阅读设置", "打印", "开放数据",
                "全部问题（JSON）", "党政机关网站标识", "跳到正文", "http")) {
            assertFalse(all.contains(absent), "printed: " + absent);
        }
        assertTrue(all.contains("网站标识码：4306000099"), "the identity is printed as text");
        System.out.println("ledger.pdf: " + pages.size() + " A4 pages, " + rows.size() + " rows, none cut");
    }

    @Test
    void theCheckSeesARowCutWhenRowsMayBreak() throws IOException {
        Path pdf = print("ledger.html", ".ledger-table tr { break-inside: auto !important; }", "breakable.pdf");
        List<String> cut = cutRows(rows("ledger.html"), pages(pdf));
        assertFalse(cut.isEmpty(), "with rows allowed to break, one is cut");
    }

    @Test
    void theFindingAndNoticePagesPrintWithoutTheirChrome() throws IOException {
        for (String page : List.of("findings/leased-public-assets.html", "notices/2023-12-26.html")) {
            String all = String.join("", pages(print(page, null, page.replace('/', '-') + ".pdf")));
            assertTrue(all.contains(page.startsWith("findings") ? "6.平台公司以公益性资产作为租赁物融资" : "关于巡视整改进展情况的通报"),
                    page);
            for (String absent : List.of("首页问题清单", "关怀版", "打印", "全部问题（JSON）")) {
                assertFalse(all.contains(absent), page + " printed: " + absent);
            }
        }
    }
}
