package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Problem;
import org.sitegen.model.Site;
import org.sitegen.testing.SourceTree;
import org.sitegen.testing.WithheldSite;

/**
 * Withheld records never leave the machine (issue 15): a finding, a category (with its findings), a
 * notice (with its attachment) and a page say {@code public: false}, each with a canary in every
 * field, its id and its file name; no byte of the built site — page, search index, JSON, CSV, feed,
 * sitemap, 404, asset — holds any of it. Counts say how many findings are withheld, and no more.
 */
class WithheldRecordsTest {
    @TempDir static Path tmp;
    static BuildResult built;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Path source = WithheldSite.write(tmp.resolve("src"));
        out = tmp.resolve("site");
        built = SiteGenerator.builder().build().build(source, out);
        assertTrue(built.render().isPresent(), () -> built.load().problems().toString());
    }

    @Test
    void noOutputFileHoldsAnythingOfAWithheldRecord() {
        assertEquals(List.of(), WithheldSite.leaks(out));
    }

    @Test
    void theScanFindsTheCanaryWhenARecordIsNotWithheld() throws IOException {
        Path source = WithheldSite.write(tmp.resolve("published-src"));
        for (String file : List.of("findings/canary-finding.md", "notices/canary-notice.md", "pages/canary-page.md",
                "categories/09-canary.md")) {
            Path p = source.resolve(file);
            Files.writeString(p, Files.readString(p).replace("public: false\n", ""));
        }
        Path f = source.resolve("findings/canary-finding.md");
        Files.writeString(f, Files.readString(f).replace("二是金丝雀联系13907301234。", "二是金丝雀联系13907301234。"));
        BuildResult published = SiteGenerator.builder().build().build(source, tmp.resolve("published"));
        assertTrue(published.render().isPresent(), () -> published.load().problems().toString());
        List<String> leaks = WithheldSite.leaks(tmp.resolve("published"));
        for (String expected : List.of("findings/canary-finding.html: its name", "notices/canary-notice.html: its name",
                "pages/canary-page.html: its name", "categories/canary-category.html: its name",
                "assets/canary-only.pdf: its name", "assets/canary-attachment.pdf: its name",
                "data/findings.json: 金丝雀", "data/findings.csv: 金丝雀", "feed.xml: 金丝雀", "index.html: 金丝雀",
                "sitemap.xml: canary", "status/completed.html: 金丝雀", "data/findings.json: 2031-07-19")) {
            assertTrue(leaks.contains(expected), () -> expected + " in " + leaks);
        }
        assertTrue(leaks.stream().anyMatch(l -> l.startsWith("assets/search/")), leaks::toString);
    }

    @Test
    void theSiteCountsWithheldFindingsAndSaysSo() throws IOException {
        Site site = built.load().site().orElseThrow();
        assertEquals(2, site.withheldFindings());
        assertEquals(2, site.findings().size());
        assertEquals(1, site.withheldFindings(site.category("funds").orElseThrow()));
        assertTrue(Files.readString(out.resolve("index.html")).contains("另有2项问题不予公开。"));
        assertTrue(Files.readString(out.resolve("categories/funds.html")).contains("另有1项问题不予公开。"));
    }

    @Test
    void anAssetOnlyWithheldRecordsNameIsNotPublishedButOneAPublicRecordNamesIs() {
        assertFalse(Files.exists(out.resolve("assets/canary-only.pdf")));
        assertFalse(Files.exists(out.resolve("assets/canary-attachment.pdf")));
        assertTrue(Files.exists(out.resolve("assets/public.pdf")));
        assertEquals(java.util.Set.of("assets/canary-attachment.pdf", "assets/canary-only.pdf"),
                built.load().site().orElseThrow().withheldAssets());
    }

    @Test
    void aPublicLinkToAWithheldRecordIsAnErrorAtTheLink(@TempDir Path dir) {
        Path source = WithheldSite.write(dir);
        SourceTree.minimal(dir).file("findings/02.md", SourceTree.finding(2)
                .replace("一是第一条措施。", "一是见[问题3](canary-finding.md)和[类别](../categories/09-canary.md)。"));
        LoadResult r = SiteGenerator.builder().build().load(source);
        assertEquals(List.of(
                "findings/02.md:7:4: 链接“canary-finding.md”指向一份不公开的记录（public: false），公开的页面不能链接到它"
                        + "（请删去这个链接，或只保留链接的文字）",
                "findings/02.md:7:29: 链接“../categories/09-canary.md”指向一份不公开的记录（public: false），公开的页面不能链接到它"
                        + "（请删去这个链接，或只保留链接的文字）"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aWithheldRecordIsStillChecked(@TempDir Path dir) {
        Path source = WithheldSite.write(dir);
        SourceTree.minimal(dir).file("findings/canary-finding.md", SourceTree.finding(3)
                .replace("status: 完成", "status: 差不多\npublic: false"));
        LoadResult r = SiteGenerator.builder().build().load(source);
        assertEquals(1, r.errors().size(), r.problems()::toString);
        assertEquals(Path.of("findings/canary-finding.md"), r.errors().get(0).file());
    }

    @Test
    void theOtherCategoriesKeepTheNumbersTheNoticeGivesThem(@TempDir Path dir) throws IOException {
        SourceTree tree = SourceTree.minimal(dir.resolve("src"))
                .file("categories/02-secret.md", "---\nid: secret\norder: 2\ntitle: 涉密问题\npublic: false\n---\n")
                .file("categories/03-cadres.md", "---\nid: cadres\norder: 3\ntitle: 干部队伍建设有差距\n---\n")
                .file("findings/01.md", SourceTree.finding(1))
                .file("findings/02.md", SourceTree.finding(2).replace("category: funds", "category: secret"))
                .file("findings/03.md", SourceTree.finding(3).replace("category: funds", "category: cadres"));
        Path site = dir.resolve("site");
        BuildResult r = SiteGenerator.builder().build().build(tree.root(), site);
        assertTrue(r.render().isPresent(), () -> r.load().problems().toString());
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("（一）资金安全风险较高"), index);
        assertTrue(index.contains("（三）干部队伍建设有差距"), index);
        assertFalse(index.contains("（二）"), index);
        assertFalse(index.contains("涉密问题"), index);
    }

    @Test
    void whatANoticeDeclaresCountsWithheldFindings(@TempDir Path dir) {
        SourceTree tree = SourceTree.minimal(dir)
                .file("findings/01.md", SourceTree.finding(1))
                .file("findings/02.md", SourceTree.finding(2).replace("status: 完成", "status: 完成\npublic: false"))
                .file("notices/2023-12-26.md", "---\ntitle: 通报\ndate: 2023-12-26\n"
                        + "totals: {categories: 1, findings: 2, closed: 2}\n---\n正文。\n");
        LoadResult r = SiteGenerator.builder().build().load(tree.root());
        assertEquals(List.of(), r.problems());
    }
}
