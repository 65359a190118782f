package org.sitegen.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Finding;
import org.sitegen.model.Site;
import org.sitegen.testing.Browser;
import org.sitegen.testing.NeedsBrowser;
import org.sitegen.testing.SeveralInspections;
import org.sitegen.testing.SiteServer;

/**
 * In a site of several inspections, each search result's badge shows the finding's status in its
 * inspection's words (an audit's 已整改, 部分整改, 正在整改), as its pages do, while the status filter
 * keeps the site's words (one filter across the inspections) — opened from disk and from a server
 * sending {@code Content-Security-Policy: default-src 'self'}, with no violation or error.
 */
@NeedsBrowser
class SeveralInspectionsSearchBrowserTest {
    static final Map<String, String> AUDIT_WORDS =
            Map.of("completed", "已整改", "phased", "部分整改", "not-completed", "正在整改");

    @TempDir static Path tmp;
    static Site site;
    static Path out;
    static SiteServer server;
    static Browser browser;
    static PageProbe probe;

    @BeforeAll
    static void start() throws IOException {
        site = SiteGenerator.builder().build().load(SeveralInspections.write(tmp.resolve("src"))).site().orElseThrow();
        out = tmp.resolve("site");
        SiteGenerator.builder().build().render(site, out);
        server = SiteServer.start(out);
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

    private static String expectedBadge(String findingId) {
        Finding f = site.finding(findingId).orElseThrow();
        return f.inspection().id().equals("2024-audit") ? AUDIT_WORDS.get(f.status().code()) : f.status().label();
    }

    /** Each result's finding id and badge, in the order shown. */
    private static Map<String, String> badges(WebDriver driver) {
        Map<String, String> badges = new LinkedHashMap<>();
        for (WebElement li : driver.findElements(By.cssSelector("#search-results li"))) {
            String href = li.findElement(By.cssSelector("a.finding-link")).getAttribute("href");
            String id = href.substring(href.lastIndexOf('/') + 1, href.length() - ".html".length());
            badges.put(id, li.findElement(By.cssSelector(".badge")).getText());
        }
        return badges;
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "server"})
    void aResultsBadgeShowsTheStatusInItsInspectionsWordsAndTheFilterTheSites(String mode) {
        WebDriver driver = browser.driver();
        String root = mode.equals("file") ? out.toUri().toString() : server.root();
        List<String> seen = new ArrayList<>();
        boolean otherInspection = false;
        for (String q : List.of("预算执行", "结余资金", "账实不符", "资金")) {
            probe.visit(root + "search.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            browser.clearLog();
            String status = PageProbe.awaitSearch(driver);
            assertTrue(status.startsWith("找到"), q + ": " + status);
            Map<String, String> badges = badges(driver);
            assertFalse(badges.isEmpty(), q);
            for (Map.Entry<String, String> b : badges.entrySet()) {
                assertEquals(expectedBadge(b.getKey()), b.getValue(), q + ": " + b.getKey());
                if (b.getKey().startsWith("2024-audit-")) {
                    seen.add(b.getValue());
                } else {
                    otherInspection = true;
                }
            }
            List<String> options = new Select(driver.findElement(By.cssSelector("#search-filters select[name=status]")))
                    .getOptions().stream().map(WebElement::getText).toList();
            assertTrue(options.stream().noneMatch(o -> o.startsWith("已整改") || o.startsWith("部分整改") || o.startsWith("正在整改")),
                    "the filter names the statuses in the site's words: " + options);
            if (mode.equals("server")) {
                PageProbe.Report r = probe.report();
                assertTrue(r.clean(), r::toString);
            }
            assertEquals(List.of(), browser.errors(), q);
        }
        assertTrue(seen.containsAll(List.of("已整改", "部分整改", "正在整改")), seen::toString);
        assertTrue(otherInspection, "资金 finds findings of the other inspections too");
    }
}
