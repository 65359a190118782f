package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.ExternalLink;
import org.sitegen.model.Problem;
import org.sitegen.testing.SourceTree;

/**
 * Links that work (issue 15): a record links to another record by its source file, or to a file
 * under assets/, relative to its own file; the page links to the record's page or the published
 * file, relative to itself. A link that leads nowhere is an error at its place; links to other
 * sites are listed for review, never fetched.
 */
class RecordLinksTest {
    @TempDir Path dir;

    private SourceTree site() {
        return SourceTree.minimal(dir.resolve("src"))
                .file("categories/01-funds.md", SourceTree.CATEGORY + "详见[整改通报](../notices/2023-12-26.md#二)。\n")
                .file("findings/01.md", SourceTree.finding(1).replace("一是第一条措施。",
                        "一是见[问题2](2023/02.md)，![现场照片](../assets/photos/site.png)。"))
                .file("findings/2023/02.md", SourceTree.finding(2).replace("一是第一条措施。",
                        "一是见[问题1](../01.md)和[台账](../../assets/ledger.xlsx)。"))
                .file("notices/2023-12-26.md", "---\ntitle: 通报\ndate: 2023-12-26\n---\n"
                        + "见[问题1][p1]、[本站说明](../pages/about.md)和[省政府网站](https://www.hunan.gov.cn/)。\n\n"
                        + "[p1]: ../findings/01.md\n")
                .file("pages/about.md", "---\ntitle: 关于\n---\n联系：<mailto:a@example.gov.cn>，"
                        + "回到[类别](../categories/01-funds.md)，参见 www.gov.cn。\n")
                .bytes("assets/photos/site.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .bytes("assets/ledger.xlsx", new byte[] {'P', 'K'});
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    /** The target of the one link of a page with this text. */
    private static String href(Path site, String page, String text) throws IOException {
        Document d = Jsoup.parse(Files.readString(site.resolve(page)));
        List<Element> links = d.select("a").stream().filter(a -> a.text().equals(text)).toList();
        assertEquals(1, links.size(), () -> page + ": " + links);
        return links.get(0).attr("href");
    }

    @Test
    void aLinkToARecordOrAnAssetLeadsToItsPageFromWhereverItIsShown() throws IOException {
        Path out = dir.resolve("site");
        BuildResult r = SiteGenerator.builder().build().build(site().root(), out);
        assertTrue(r.render().isPresent(), () -> r.load().problems().toString());
        assertEquals("02.html", href(out, "findings/01.html", "问题2"));
        assertEquals("../assets/photos/site.png", Jsoup.parse(Files.readString(out.resolve("findings/01.html")))
                .selectFirst("img[alt=现场照片]").attr("src"));
        assertEquals("01.html", href(out, "findings/02.html", "问题1"));
        assertEquals("../assets/ledger.xlsx", href(out, "findings/02.html", "台账"));
        assertEquals("../notices/2023-12-26.html#%E4%BA%8C", href(out, "categories/funds.html", "整改通报"));
        assertEquals("../findings/01.html", href(out, "notices/2023-12-26.html", "问题1"));
        assertEquals("../pages/about.html", href(out, "notices/2023-12-26.html", "本站说明"));
        assertEquals("https://www.hunan.gov.cn/", href(out, "notices/2023-12-26.html", "省政府网站"));
        assertEquals("../categories/funds.html", href(out, "pages/about.html", "类别"));
        assertTrue(Files.isRegularFile(out.resolve("assets/photos/site.png")));
    }

    @Test
    void linksToOtherSitesAreListedInFileOrderAndNotFetched() {
        LoadResult r = SiteGenerator.builder().build().load(site().root());
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("notices/2023-12-26.md:5:38: https://www.hunan.gov.cn/",
                "pages/about.md:4:67: http://www.gov.cn"),
                r.externalLinks().stream().map(ExternalLink::toString).toList());
    }

    @Test
    void aLinkThatLeadsNowhereIsAnErrorAtItsPlace() {
        SourceTree tree = site().file("findings/03.md", SourceTree.finding(3).replace("一是第一条措施。",
                "一是见[问题18](18.md)、[问题1](01.md)、[照片](assets/photos/site.png)和[文件](../assets/规定.pdf)。"));
        LoadResult r = SiteGenerator.builder().build().load(tree.root());
        assertEquals(List.of(
                "findings/03.md:7:4: 链接“18.md”指向的文件不存在（链接问题、类别、通报或页面时，写它的记录文件相对于这份记录的路径，"
                        + "例如 ../findings/18.md；链接附件时，写 assets/ 中的文件，例如 ../assets/整改台账.xlsx）",
                "findings/03.md:7:31: 链接“assets/photos/site.png”指向的文件不存在（是不是想写 ../assets/photos/site.png？）",
                "findings/03.md:7:60: 链接“../assets/规定.pdf”指向的文件不存在（链接问题、类别、通报或页面时，写它的记录文件相对于"
                        + "这份记录的路径，例如 ../findings/18.md；链接附件时，写 assets/ 中的文件，例如 ../assets/整改台账.xlsx）"),
                lines(r.problems()));
    }

    @Test
    void aLinkToAFileOfTheSameNameElsewhereSuggestsIt() {
        SourceTree tree = site().file("notices/2023-12-26.md", "---\ntitle: 通报\ndate: 2023-12-26\n---\n见[问题2](../findings/02.md)。\n");
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(tree.root());
        assertEquals(List.of("notices/2023-12-26.md:5:2: the link '../findings/02.md' leads to no file"
                + " (did you mean ../findings/2023/02.md?)"), lines(r.problems()));
    }

    @Test
    void aLinkFromTheServerRootOrOutOfTheSourceFolderIsAnError() {
        SourceTree tree = site().file("pages/about.md", "---\ntitle: 关于\n---\n\n  见[附件](/assets/ledger.xlsx)和[配置](../../pom.xml)。\n");
        LoadResult r = SiteGenerator.builder().build().load(tree.root());
        assertEquals(List.of(
                "pages/about.md:5:4: 链接“/assets/ledger.xlsx”以 / 开头，网站放在子路径下（例如 /xszg/）时会失效"
                        + "（请写成相对于这份记录的路径，例如 ../assets/ledger.xlsx）",
                "pages/about.md:5:30: 链接“../../pom.xml”指向来源文件夹以外，那里的文件不会发布"
                        + "（只能链接来源文件夹中的记录和 assets/ 中的文件；请把文件复制到 assets/ 中再链接）"),
                lines(r.problems()));
    }

    @Test
    void aLinkToARecordThatCannotBeReadIsNotReportedAgain() {
        SourceTree tree = site().bytes("findings/03.md", "---\ntitle: [\n".getBytes(StandardCharsets.UTF_8))
                .file("findings/04.md", SourceTree.finding(4).replace("一是第一条措施。", "一是见[问题3](03.md)。"));
        LoadResult r = SiteGenerator.builder().build().load(tree.root());
        assertTrue(r.errors().stream().allMatch(p -> p.file().equals(Path.of("findings/03.md"))), r.problems()::toString);
    }
}
