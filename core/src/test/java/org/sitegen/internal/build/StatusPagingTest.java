package org.sitegen.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.SourceTree;

/** A status with thousands of findings is split into pages of SitePaths.STATUS_PAGE_SIZE, linked together. */
class StatusPagingTest {
    @TempDir Path source;
    @TempDir Path work;

    @Test
    void longStatusListsArePaged() throws Exception {
        SourceTree tree = SourceTree.minimal(source);
        for (int n = 1; n <= 2 * SitePaths.STATUS_PAGE_SIZE + 100; n++) {
            tree.file("findings/%05d.md".formatted(n), SourceTree.finding(n));
        }
        Path out = work.resolve("site");
        SiteGenerator.builder().build().build(source, out);

        Document first = Jsoup.parse(out.resolve("status/completed.html").toFile());
        Document second = Jsoup.parse(out.resolve("status/completed.p2.html").toFile());
        Document third = Jsoup.parse(out.resolve("status/completed.p3.html").toFile());
        assertFalse(Files.exists(out.resolve("status/completed.p4.html")));
        assertEquals(SitePaths.STATUS_PAGE_SIZE, first.select("ol.finding-list > li").size());
        assertEquals(SitePaths.STATUS_PAGE_SIZE, second.select("ol.finding-list > li").size());
        assertEquals(100, third.select("ol.finding-list > li").size());
        assertEquals("第1001–2000项，共2100项", second.selectFirst(".page-range").text());
        assertEquals("2", second.selectFirst(".list-pager [aria-current=page]").text());
        assertEquals("completed.html", second.selectFirst(".list-pager a[rel=prev]").attr("href"));
        assertEquals("completed.p3.html", second.selectFirst(".list-pager a[rel=next]").attr("href"));
        assertTrue(third.select(".list-pager a[rel=next]").isEmpty());
        for (Document d : List.of(first, second, third)) {
            for (var a : d.select(".list-pager a")) {
                assertTrue(Files.exists(out.resolve("status").resolve(a.attr("href"))), a::toString);
            }
        }
        // a status with few findings has one page and no pager
        Document phased = Jsoup.parse(out.resolve("status/phased.html").toFile());
        assertTrue(phased.select(".list-pager").isEmpty());
    }
}
