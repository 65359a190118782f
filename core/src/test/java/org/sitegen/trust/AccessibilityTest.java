package org.sitegen.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.Browser;
import org.sitegen.testing.NeedsBrowser;
import org.sitegen.testing.SiteServer;

/**
 * axe-core (its {@code axe.min.js}, from a test dependency on Maven Central) finds no WCAG 2.1 A or
 * AA violation on any kind of page of the example site, at a desktop width (1280 px) and a phone
 * width (375 px). It runs the version the parent POM names ({@code axe-core.version}).
 */
@NeedsBrowser
class AccessibilityTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");

    /** One page of each kind. */
    static final List<String> PAGES = List.of("index.html", "findings/leased-public-assets.html",
            "categories/funds.html", "status/completed.html", "notices.html", "notices/2023-12-26.html",
            "pages/about.html", "search.html?q=%E6%8B%9B%E6%8A%95%E6%A0%87", "404.html",
            "inspections/2023-special.html",
            // a site of several inspections (issue 13), under several/
            "several/index.html", "several/inspections/2023-special.html", "several/inspections/2024-audit.html",
            "several/notices/2024-06-30.html", "several/findings/2024-audit-02.html",
            // what shows a status in an inspection's words, and the breadcrumb through an inspection
            "several/status/completed.html", "several/ledger/2024-audit.html", "several/categories/2024-audit-c01.html");

    static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    @TempDir static Path tmp;
    static String axe;
    static SiteServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        axe = axeScript();
        Path site = tmp.resolve("site");
        SiteGenerator.builder().build().render(SiteFiles.load(EXAMPLE), site);
        SiteGenerator.builder().build().render(
                SiteFiles.load(org.sitegen.testing.SeveralInspections.write(tmp.resolve("several-src"))),
                site.resolve("several"));
        server = SiteServer.start(site, "/xszg/");
        browser = Browser.start();
    }

    /**
     * The axe-core script: the {@code axe.min.js} that Deque bundles in its Java integration, a
     * test dependency from Maven Central (see the parent POM), so no npm is needed.
     */
    static String axeScript() throws IOException {
        try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new AssertionError("axe.min.js is not on the test class path: the test dependency"
                        + " com.deque.html.axe-core:playwright of core/pom.xml brings it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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

    @SuppressWarnings("unchecked")
    private static List<String> violations(String page) {
        browser.driver().get(server.root() + page);
        if (page.startsWith("search.html?q=")) {
            String status = PageProbe.awaitSearch(browser.driver());
            if (!status.startsWith("找到") || PageProbe.results(browser.driver()) == 0) {
                throw new AssertionError("the search page has no results to check: " + status);
            }
        }
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axe);
        return (List<String>) js.executeAsyncScript(RUN);
    }

    @Test
    void axeFindsTheViolationsOfABadPage() throws IOException {
        Path bad = Files.writeString(tmp.resolve("site/bad.html"),
                "<!DOCTYPE html><html><title>x</title><img src=x.png><a href=#></a><input type=text>"
                        + "<button></button></html>");
        try {
            List<String> found = violations("bad.html");
            for (String rule : List.of("html-has-lang", "image-alt", "link-name", "label", "button-name")) {
                assertEquals(1, found.stream().filter(v -> v.startsWith(rule + " ")).count(), rule + " in " + found);
            }
        } finally {
            Files.delete(bad);
        }
    }

    @Test
    void noPageKindHasAWcag21AaViolationOnADesktopOrAPhone() {
        List<String> found = new ArrayList<>();
        int runs = 0;
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(375, 812))) {
            browser.driver().manage().window().setSize(size);
            for (String page : PAGES) {
                for (String v : violations(page)) {
                    found.add(size.width + "px " + page + ": " + v);
                }
                runs++;
            }
        }
        String version = (String) ((JavascriptExecutor) browser.driver()).executeScript("return axe.version");
        System.out.println("axe-core " + version + ": " + runs + " page runs, " + found.size()
                + " WCAG 2.1 A/AA violations");
        assertEquals(List.of(), found);
        assertEquals(System.getProperty("axe.version", version), version, "the axe-core version the parent POM names");
    }
}
