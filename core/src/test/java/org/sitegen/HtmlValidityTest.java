package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.testing.Corpus;
import org.sitegen.testing.HostileSite;
import org.sitegen.testing.HtmlChecker;

/**
 * Every page of the example site, of a generated 1,000-finding site and of the hostile site passes
 * the Nu Html Checker with no error. Warnings are counted and printed, not failed.
 */
class HtmlValidityTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");

    @TempDir static Path tmp;
    static HtmlChecker checker;

    @BeforeAll
    static void loadTheChecker() {
        checker = HtmlChecker.create();
    }

    private static Path render(Path source, String name) throws IOException {
        Path out = tmp.resolve(name);
        SiteGenerator.builder().build().render(SiteFiles.load(source), out);
        return out;
    }

    /** Checks every page; returns the number of pages and fails on any error. */
    private static int assertValid(Path site, String label) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<HtmlChecker.Message> errors = new ArrayList<>();
        int warnings = 0;
        for (Path page : pages) {
            for (HtmlChecker.Message m : checker.check(page, site.relativize(page).toString())) {
                if (m.error()) {
                    errors.add(m);
                } else {
                    warnings++;
                    if (warnings <= 5) {
                        System.out.println(label + ": " + m);
                    }
                }
            }
        }
        System.out.println(label + ": " + pages.size() + " pages checked, " + errors.size() + " errors, "
                + warnings + " warnings");
        errors.forEach(e -> System.out.println(label + ": " + e));
        assertEquals(List.of(), errors.stream().limit(30).map(Object::toString).toList(), label);
        return pages.size();
    }

    @Test
    void theCheckerFindsAnError() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.html"),
                "<!DOCTYPE html><html lang=en><title>x</title><p><div>x</p></div><a href='a b'>x</a>");
        List<HtmlChecker.Message> messages = checker.check(bad, "bad.html");
        assertTrue(messages.stream().anyMatch(HtmlChecker.Message::error), messages::toString);
    }

    @Test
    void everyPageOfTheExampleSiteIsValid() throws IOException {
        assertEquals(45, assertValid(render(EXAMPLE, "example"), "example site"));
    }

    @Test
    void everyPageOfAThousandFindingSiteIsValid() throws IOException {
        Path source = Corpus.write(tmp.resolve("corpus-src"), 1_000, 42);
        assertTrue(assertValid(render(source, "corpus"), "1,000-finding site") > 1_000);
    }

    @Test
    void everyPageOfTheHostileSiteIsValid() throws IOException {
        assertValid(render(HostileSite.write(tmp.resolve("hostile-src")), "hostile"), "hostile site");
    }
}
