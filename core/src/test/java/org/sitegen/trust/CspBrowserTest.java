package org.sitegen.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.Browser;
import org.sitegen.testing.NeedsBrowser;
import org.sitegen.testing.SiteServer;

/**
 * The example site works under {@code Content-Security-Policy: default-src 'self'}: Chromium opens
 * every page from a server sending that header, at the root and under the sub-path of its
 * baseUrl, and no page reports a violation or logs an error; a search from the header's form
 * finds its results.
 */
@NeedsBrowser
class CspBrowserTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");
    static final String POLICY = "default-src 'self'";

    @TempDir static Path tmp;
    static Path site;
    static SiteServer server;
    static Browser browser;
    static PageProbe probe;

    @BeforeAll
    static void start() throws IOException {
        site = tmp.resolve("site");
        SiteGenerator.builder().build().render(SiteFiles.load(EXAMPLE), site);
        server = SiteServer.start(site, "/xszg/");
        browser = Browser.start();
        probe = PageProbe.install(browser.driver());
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
    void thePolicyIsEnforcedAndViolationsAreSeen() throws IOException {
        Path bait = Files.writeString(site.resolve("bait.html"),
                "<!DOCTYPE html><title>bait</title><p style='color:red'>x</p><script>window.__xss=1</script>");
        try {
            PageProbe.Report r = probe.visit(server.root() + "bait.html");
            assertTrue(!r.markerSet(), "the inline script was blocked");
            assertTrue(r.violations().stream().anyMatch(v -> v.startsWith("enforce script-src")), r.violations()::toString);
            browser.clearLog();
        } finally {
            Files.delete(bait);
        }
    }

    @Test
    void everyPageWorksUnderTheStrictPolicyAtTheRootAndUnderASubPath() throws IOException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        browser.clearLog();
        List<String> problems = new ArrayList<>();
        for (String prefix : List.of("", "xszg/")) {
            for (String page : pages) {
                PageProbe.Report r = probe.visit(server.root() + prefix + page);
                List<String> errors = browser.errors();
                if (!r.clean() || !errors.isEmpty()) {
                    problems.add(prefix + page + ": " + r + " " + errors);
                }
            }
        }
        System.out.println("CSP: " + pages.size() * 2 + " page loads under " + POLICY + ", " + problems.size()
                + " with a violation or error");
        assertEquals(List.of(), problems);
    }

    @Test
    void searchFromTheHeaderFormFindsResultsUnderTheStrictPolicy() {
        WebDriver driver = browser.driver();
        for (String prefix : List.of("", "xszg/")) {
            probe.visit(server.root() + prefix + "findings/leased-public-assets.html");
            browser.clearLog();
            WebElement q = driver.findElement(By.id("site-search-q"));
            q.sendKeys("招投标");
            q.submit();
            String status = PageProbe.awaitSearch(driver);
            assertTrue(status.startsWith("找到"), status);
            assertTrue(PageProbe.results(driver) > 0);
            assertTrue(driver.getCurrentUrl().startsWith(server.root() + prefix + "search.html?q="), driver.getCurrentUrl());
            PageProbe.Report r = probe.report();
            assertTrue(r.clean(), r::toString);
            assertEquals(List.of(), browser.errors(), prefix);
        }
    }
}
