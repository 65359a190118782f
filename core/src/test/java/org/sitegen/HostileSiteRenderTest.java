package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Site;
import org.sitegen.testing.HostileSite;
import org.sitegen.testing.ScriptAudit;

/**
 * A site whose every text is an XSS payload (see xss-payloads.txt and HostileSite) renders into
 * pages that run no script but ours and load nothing from elsewhere, while still showing each
 * payload as text. The browser test runs the same site in Chromium.
 */
class HostileSiteRenderTest {
    @TempDir static Path tmp;
    static Site site;
    static Path out;
    static PageChecks pages;

    @BeforeAll
    static void render() throws IOException {
        site = SiteFiles.load(HostileSite.write(tmp.resolve("src")));
        out = tmp.resolve("www/site");
        SiteGenerator.builder().build().render(site, out);
        pages = new PageChecks(out);
    }

    @Test
    void everyPageOfEveryKindIsThere() {
        assertEquals(HostileSite.payloads().size(), site.findings().size());
        long findings = pages.pages().keySet().stream().filter(p -> p.startsWith("findings/")).count();
        assertEquals(site.findings().size(), findings);
        for (String page : List.of("index.html", "notices.html", "search.html", "404.html", "pages/about.html",
                "categories/c0.html", "status/completed.html", "notices/2023-12-20.html")) {
            pages.page(page);
        }
    }

    @Test
    void noPageRunsScriptThatIsNotOurs() {
        assertEquals(List.of(), ScriptAudit.findings(out, pages.pages()));
        pages.assertNoInlineScript();
    }

    @Test
    void everyTitleIsShownAsTheTextItIs() {
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < site.findings().size(); i++) {
            String payload = HostileSite.payloads().get(i);
            Document d = pages.page("findings/f%03d.html".formatted(i));
            String h1 = d.selectFirst("h1").wholeText();
            String expected = (i + 1) + ". " + normalized(payload);
            if (!normalized(h1).equals(normalized(expected))) {
                lost.add(h1 + " instead of " + expected);
            }
        }
        assertEquals(List.of(), lost);
        assertTrue(pages.page("index.html").selectFirst("title").text().contains("<script>alert(1)</script>"));
    }

    private static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    @Test
    void theHostileBaseUrlStaysOutOfThePages() {
        Document notFound = pages.page("404.html");
        String base = notFound.selectFirst("base").attr("href");
        assertFalse(base.contains("<") || base.contains("\"") || base.contains("'"), base);
        for (var e : pages.pages().entrySet()) {
            String raw = pages.source(e.getKey());
            assertFalse(raw.contains("'onmouseover=alert(1)"), e.getKey());
        }
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertEquals(List.of(".site.lock", "site"), beside.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> top = Files.list(tmp)) {
            assertEquals(List.of("src", "www"), top.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theSearchIndexCarriesTheTextsAsInertStrings() throws IOException {
        List<Path> parts;
        try (Stream<Path> walk = Files.walk(out.resolve("assets/search"))) {
            parts = walk.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertFalse(parts.isEmpty());
        StringBuilder all = new StringBuilder();
        for (Path part : parts) {
            String js = Files.readString(part, java.nio.charset.StandardCharsets.UTF_8);
            for (String raw : List.of("<", ">", "&", "\u2028", "\u2029")) {
                String c = raw.startsWith("\\u") ? String.valueOf((char) Integer.parseInt(raw.substring(2), 16)) : raw;
                assertFalse(js.contains(c), () -> part + " holds a raw " + raw);
            }
            all.append(js);
        }
        assertTrue(all.toString().contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
                "the titles are in the index, escaped");
    }
}
