package org.sitegen.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.Browser;
import org.sitegen.testing.NeedsBrowser;
import org.sitegen.testing.SiteServer;

/**
 * A site whose own {@code templates/search.mustache} was written for the first release, when the
 * search was one script, loads {@code search.js} alone: the search still works, under {@code
 * default-src 'self'} and from {@code file://}, because search.js then loads the other six itself.
 */
@NeedsBrowser
class FirstReleaseSearchTemplateBrowserTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");

    @TempDir static Path tmp;
    static Path site;
    static SiteServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Path src = tmp.resolve("src");
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            for (Path p : walk.toList()) {
                Path to = src.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        String template = Files.readString(Path.of("src/main/resources/org/sitegen/templates/search.mustache"));
        String alone = template.replaceAll("(?m)^<script src=\"\\{\\{root}}assets/search-[a-z]+\\.js[^\\n]*\\n", "");
        assertTrue(alone.contains("assets/search.js") && !alone.contains("search-index.js"), alone);
        Files.createDirectories(src.resolve("templates"));
        Files.writeString(src.resolve("templates/search.mustache"), alone);
        site = tmp.resolve("site");
        SiteGenerator.builder().build().render(SiteFiles.load(src), site);
        assertTrue(!Files.readString(site.resolve("search.html")).contains("search-index.js"));
        server = SiteServer.start(site, "/xszg/");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchJsAloneLoadsTheOtherScriptsAndFindsResultsUnderTheStrictPolicy() {
        assertFinds(server.root() + "xszg/search.html?q=%E6%8B%9B%E6%8A%95%E6%A0%87");
    }

    @Test
    void searchJsAloneFindsResultsFromFile() {
        assertFinds(site.resolve("search.html").toUri() + "?q=%E6%8B%9B%E6%8A%95%E6%A0%87");
    }

    private static void assertFinds(String url) {
        WebDriver driver = browser.driver();
        browser.clearLog();
        driver.get(url);
        String status = PageProbe.awaitSearch(driver);
        assertTrue(status.startsWith("找到"), status);
        assertTrue(PageProbe.results(driver) > 0);
        assertEquals(List.of(), browser.errors(), url);
    }
}
