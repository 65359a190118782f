package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a live site reports for the edits a clerk makes most: only the pages that show what
 * changed, the problems while a record is broken (the output left as it was), and nothing for
 * files the site does not read. The property test ({@link LiveSiteProperties}) pins the bytes.
 */
class LiveSiteTest {
    private static final String FINDING = "findings/06.md";
    private static final String PAGE = "findings/leased-public-assets.html";
    private static final String TITLE = "平台公司以公益性资产作为租赁物融资";

    @TempDir Path dir;

    private Path example() {
        return SiteFiles.copy(Path.of("../example-site/src/site-gen"), dir.resolve("src"));
    }

    private static void edit(Path source, String from, String to) throws Exception {
        Path file = source.resolve(FINDING);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The pages (HTML) among the paths an update names. */
    private static Set<String> pages(LiveUpdate u) {
        Set<String> pages = new TreeSet<>();
        for (Set<String> s : List.of(u.added(), u.changed(), u.removed())) {
            s.stream().filter(p -> p.endsWith(".html")).forEach(pages::add);
        }
        return pages;
    }

    @Test
    void readmeExampleFollowsASave() throws Exception {
        Path source = example();
        SiteGenerator generator = SiteGenerator.builder().build();
        // --- as in README.md, "Use the library"
        LiveSite live = generator.live(source);
        LiveUpdate first = live.update(List.of());                       // loads the whole folder
        byte[] page = live.read("findings/leased-public-assets.html").orElseThrow();
        edit(source, TITLE, "平台公司融资问题");
        LiveUpdate next = live.update(List.of(Path.of("findings/06.md")));  // after a save
        // ---
        assertTrue(first.added().contains(PAGE));
        assertTrue(new String(page, StandardCharsets.UTF_8).contains(TITLE));
        assertTrue(next.changed().contains(PAGE));
        assertTrue(new String(live.read(PAGE).orElseThrow(), StandardCharsets.UTF_8).contains("平台公司融资问题"));
    }

    @Test
    void aBodyEditChangesItsPageAndThePagesAndFilesThatListEveryFinding() throws Exception {
        Path source = example();
        LiveSite live = SiteGenerator.builder().build().live(source);
        live.update(List.of());
        edit(source, "二是修订制度", "二是修订并印发制度");
        LiveUpdate u = live.update(List.of(Path.of(FINDING)));
        // its page, search.html (the index's version) and the ledgers (整改台账), which list every
        // finding's measures
        assertEquals(Set.of(PAGE, "search.html", "ledger.html", "ledger/2023-special.html"), pages(u));
        assertTrue(u.changed().containsAll(List.of("assets/search/", "data/findings.json", "data/findings.csv")),
                u.toString());
        assertEquals(Set.of(), u.added());
        assertEquals(Set.of(), u.removed());
    }

    @Test
    void aTitleEditChangesThePagesThatShowIt() throws Exception {
        Path source = example();
        LiveSite live = SiteGenerator.builder().build().live(source);
        live.update(List.of());
        edit(source, TITLE, "平台公司融资问题");
        Set<String> pages = pages(live.update(List.of(Path.of(FINDING))));
        // its page, its neighbours (their previous/next links), its category and status page
        assertTrue(pages.containsAll(List.of(PAGE, "categories/funds.html", "status/completed.html",
                "search.html")), pages.toString());
        assertFalse(pages.contains("index.html"), "the home page shows counts, not titles");
        assertEquals(Set.of("categories/funds.html"),
                pages.stream().filter(p -> p.startsWith("categories/")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of("status/completed.html"),
                pages.stream().filter(p -> p.startsWith("status/")).collect(java.util.stream.Collectors.toSet()));
        assertTrue(pages.stream().filter(p -> p.startsWith("findings/")).count() <= 3, "it and its two neighbours");
    }

    @Test
    void whileARecordIsBrokenTheOutputStaysAndTheProblemsAreReported() throws Exception {
        Path source = example();
        LiveSite live = SiteGenerator.builder().build().live(source);
        live.update(List.of());
        byte[] before = live.read(PAGE).orElseThrow();
        edit(source, "number: 6", "number: six");
        LiveUpdate broken = live.update(List.of(Path.of(FINDING)));
        assertTrue(broken.hasErrors());
        assertTrue(broken.isEmpty());
        assertEquals(Path.of(FINDING), broken.load().errors().get(0).file());
        assertArrayEquals(before, live.read(PAGE).orElseThrow(), "the last good page is kept");

        edit(source, "number: six", "number: 6");
        LiveUpdate fixed = live.update(List.of(Path.of(FINDING)));
        assertFalse(fixed.hasErrors());
        assertTrue(fixed.isEmpty(), "the records are as they were: nothing changed since the last good state");
    }

    @Test
    void filesTheSiteDoesNotReadChangeNothing() throws Exception {
        Path source = example();
        LiveSite live = SiteGenerator.builder().build().live(source);
        LoadResult first = live.update(List.of()).load();
        Files.writeString(source.resolve("README.txt"), "notes");
        Files.writeString(source.resolve("findings/.06.md.swp"), "swap");
        LiveUpdate u = live.update(List.of(Path.of("README.txt"), source.resolve("findings/.06.md.swp")));
        assertTrue(u.isEmpty());
        assertEquals(first, u.load(), "not even loaded again");
        assertThrows(IllegalArgumentException.class, () -> live.update(List.of(dir.resolve("elsewhere.md"))));
    }

    @Test
    void aNewAndADeletedFindingAreAddedAndRemoved() throws Exception {
        Path source = example();
        LiveSite live = SiteGenerator.builder().build().live(source);
        live.update(List.of());
        Files.writeString(source.resolve("findings/99.md"), """
                ---
                id: new-finding
                number: 99
                category: funds
                title: 新发现的问题
                status: 完成
                ---
                一是新措施。
                """, StandardCharsets.UTF_8);
        LiveUpdate added = live.update(List.of(Path.of("findings/99.md")));
        assertEquals(Set.of("findings/new-finding.html"), added.added());
        assertTrue(live.paths().contains("findings/new-finding.html"));

        Files.delete(source.resolve("findings/99.md"));
        LiveUpdate removed = live.update(List.of(Path.of("findings/99.md")));
        assertEquals(Set.of("findings/new-finding.html"), removed.removed());
        assertTrue(live.read("findings/new-finding.html").isEmpty());
        assertEquals(Set.of(), removed.added());
    }
}
