package org.sitegen.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.Browser;
import org.sitegen.testing.NeedsBrowser;
import org.sitegen.testing.SiteServer;
import org.sitegen.testing.HostileSite;

/**
 * Chromium opens every page of the hostile site (every text an XSS payload, see
 * xss-payloads.txt) and fires the events attacks wait for: no dialog opens, no trap is called,
 * {@code window.__xss} stays unset, and no inline script, handler or script URL runs. The site is
 * served with a report-only policy of {@code default-src 'self'}, which reports such script
 * without stopping it, so that an injection is seen rather than hidden by the policy. Every
 * payload is also searched for, so the search shows it in its results and snippets.
 */
@NeedsBrowser
class XssBrowserTest {
    @TempDir static Path tmp;
    static Path site;
    static SiteServer server;
    static Browser browser;
    static PageProbe probe;

    @BeforeAll
    static void start() throws IOException {
        site = tmp.resolve("site");
        SiteGenerator.builder().build().render(SiteFiles.load(HostileSite.write(tmp.resolve("src"))), site);
        server = SiteServer.startReportOnly(site);
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

    static List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void theTrapsCatchAnInjectedScript() throws IOException {
        Path bait = Files.writeString(site.resolve("bait.html"),
                "<!DOCTYPE html><title>bait</title><img src=x onerror=alert(1)><script>window.__xss=1</script>");
        try {
            PageProbe.Report r = probe.visit(server.root() + "bait.html");
            assertEquals(List.of("alert(1)"), r.dialogs());
            assertTrue(r.markerSet());
            assertTrue(r.violations().size() >= 2, r.violations()::toString);
        } finally {
            Files.delete(bait);
        }
    }

    @Test
    void noPageOfTheHostileSiteRunsAnyScriptOfItsRecords() throws IOException {
        List<String> pages = pages();
        assertTrue(pages.size() > 90, pages::toString);
        List<String> dirty = new ArrayList<>();
        for (String page : pages) {
            probe.visit(server.root() + page);
            probe.provoke();
            PageProbe.Report r = probe.report();
            if (!r.clean()) {
                dirty.add(page + ": " + r);
            }
        }
        System.out.println("XSS: " + pages.size() + " pages opened in Chromium, " + HostileSite.payloads().size()
                + " payloads, " + dirty.size() + " pages ran foreign script");
        assertEquals(List.of(), dirty);
    }

    @Test
    void searchingForEveryPayloadShowsItAsTextAndRunsNothing() {
        List<String> dirty = new ArrayList<>();
        int found = 0;
        for (String payload : HostileSite.payloads()) {
            probe.visit(server.root() + "search.html?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
            if (PageProbe.awaitSearch(browser.driver()).startsWith("找到")) {
                found++;
            }
            probe.provoke();
            PageProbe.Report r = probe.report();
            if (!r.clean()) {
                dirty.add(payload + ": " + r);
            }
        }
        System.out.println("XSS: " + HostileSite.payloads().size() + " payloads searched for, " + found
                + " found results, " + dirty.size() + " ran foreign script");
        assertEquals(List.of(), dirty);
        assertTrue(found > HostileSite.payloads().size() / 2, "most payloads are found, so their text was shown: " + found);
    }
}
