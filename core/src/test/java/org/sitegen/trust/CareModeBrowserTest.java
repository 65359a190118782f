package org.sitegen.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.Browser;
import org.sitegen.testing.SiteServer;

/**
 * 关怀版 in Chromium, served under {@code Content-Security-Policy: default-src 'self'}: axe-core finds
 * no WCAG 2.1 A/AA violation in the standard look, in 关怀版 and in high contrast (and no text under
 * 7:1 where contrast is high) on every kind of page at 375 and 1280 px; at extra large every page
 * reflows at 320 CSS px; the switch works from the keyboard, is announced, remembered and applied
 * before the page is drawn; read aloud is offered only where the browser can speak.
 */
class CareModeBrowserTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");
    static final String KEY = "sitegen-care";

    /**
     * One page of each kind of the example site, the ledgers included (the accessibility test's
     * pages of a site of several inspections are built there, not here).
     */
    static final List<String> PAGES = new ArrayList<>(AccessibilityTest.PAGES);

    static {
        PAGES.removeIf(page -> page.startsWith("several/"));
        PAGES.add("ledger.html");
        PAGES.add("ledger/2023-special.html");
    }

    /** The modes the issue names, as assets/care.js stores them. */
    static final Map<String, String> MODES = new LinkedHashMap<>();

    static {
        MODES.put("standard", null);
        MODES.put("关怀版", "{\"size\":\"large\",\"contrast\":true,\"spacing\":true}");
        MODES.put("high contrast", "{\"size\":\"standard\",\"contrast\":true,\"spacing\":false}");
    }

    static final String ENHANCED_CONTRAST = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast-enhanced']}, resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ') + ' '
                  + (n.any[0] && n.any[0].message)).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    /** Notes what the page looks like at the moment its body is created, before anything in it is drawn. */
    static final String AT_BODY = """
            new MutationObserver(function (changes, observer) {
              if (document.body) {
                observer.disconnect();
                var html = document.documentElement;
                window.__careAtBody = getComputedStyle(html).fontSize + '|' + html.className;
              }
            }).observe(document, {childList: true, subtree: true});
            """;

    @TempDir static Path tmp;
    static Path site;
    static String axe;
    static SiteServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        axe = AccessibilityTest.axeScript();
        site = tmp.resolve("site");
        SiteGenerator.builder().build().render(SiteFiles.load(EXAMPLE), site);
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

    /**
     * The look the page had when its body appeared ({@link #AT_BODY}), waited for: the observer's
     * record is written by a callback that a loaded page may not have run yet.
     */
    private static Object atBody(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> js(x).executeScript("return window.__careAtBody"));
    }

    private static JavascriptExecutor js(WebDriver d) {
        return (JavascriptExecutor) d;
    }

    /** Stores a mode as the reader's choice (null: none). */
    private static void choose(WebDriver d, String stored) {
        d.get(server.root() + "xszg/index.html");
        if (stored == null) {
            js(d).executeScript("localStorage.removeItem(arguments[0])", KEY);
        } else {
            js(d).executeScript("localStorage.setItem(arguments[0], arguments[1])", KEY, stored);
        }
    }

    /** Opens a page in the stored mode, with the reading options open so that they are checked too. */
    private static void open(WebDriver d, String page) {
        d.get(server.root() + "xszg/" + page);
        if (page.startsWith("search.html?q=")) {
            PageProbe.awaitSearch(d);
        }
        d.findElement(By.id("care-toggle")).click();
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(String script) {
        js(browser.driver()).executeScript(axe);
        return (List<String>) js(browser.driver()).executeAsyncScript(script);
    }

    @Test
    void axeFindsNoViolationInAnyModeOnAnyPageKindOnAPhoneOrADesktop() {
        WebDriver d = browser.driver();
        List<String> found = new ArrayList<>();
        int runs = 0;
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(375, 812))) {
            d.manage().window().setSize(size);
            for (Map.Entry<String, String> mode : MODES.entrySet()) {
                choose(d, mode.getValue());
                for (String page : PAGES) {
                    open(d, page);
                    String applied = (String) js(d).executeScript(
                            "return (document.documentElement.getAttribute('data-care-size') || 'standard') + ' '"
                                    + " + document.documentElement.className");
                    String expected = switch (mode.getKey()) {
                        case "关怀版" -> "large care-contrast care-spacing";
                        case "high contrast" -> "standard care-contrast";
                        default -> "standard ";
                    };
                    assertEquals(expected, applied.strip().equals("standard") ? "standard " : applied, page);
                    for (String v : run(AccessibilityTest.RUN)) {
                        found.add(size.width + "px " + mode.getKey() + " " + page + ": " + v);
                    }
                    runs++;
                    if (mode.getValue() != null) {
                        for (String v : run(ENHANCED_CONTRAST)) {
                            found.add(size.width + "px " + mode.getKey() + " " + page + " (7:1): " + v);
                        }
                    }
                }
            }
        }
        System.out.println("axe-core: " + runs + " page runs in " + MODES.size() + " modes, " + found.size()
                + " violations");
        assertEquals(List.of(), found);
        assertEquals(PAGES.size() * MODES.size() * 2, runs);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reflow(WebDriver d) {
        return (Map<String, Object>) js(d).executeScript("""
                var html = document.documentElement, wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width && r.right > html.clientWidth + 1 && wide.length < 5) {
                    wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));
                  }
                });
                return {scroll: html.scrollWidth, client: html.clientWidth, body: getComputedStyle(document.body).fontSize,
                        wide: wide.join(', ')};
                """);
    }

    @Test
    void atExtraLargeEveryPageKindReflowsAt320CssPixels() throws IOException {
        WebDriver d = browser.driver();
        HasCdp cdp = (HasCdp) d;
        Path bait = Files.writeString(site.resolve("wide.html"), "<!DOCTYPE html><html lang=zh-CN><title>宽</title>"
                + "<link rel=stylesheet href=assets/site.css><script src=assets/care.js></script>"
                + "<main id=main><h1>宽</h1><img src=assets/gov/jiucuo.svg width=600 height=300 alt=宽></main></html>");
        List<String> wide = new ArrayList<>();
        try {
            cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
            for (String stored : List.of("{\"size\":\"x-large\",\"contrast\":false,\"spacing\":false}",
                    "{\"size\":\"x-large\",\"contrast\":true,\"spacing\":true}")) {
                choose(d, stored);
                for (String page : PAGES) {
                    open(d, page);
                    Map<String, Object> r = reflow(d);
                    assertEquals("24px", r.get("body"), page + " at extra large");
                    if (((Number) r.get("scroll")).longValue() > ((Number) r.get("client")).longValue()) {
                        wide.add(page + " " + stored + ": " + r);
                    }
                }
                d.get(server.root() + "xszg/wide.html");
                Map<String, Object> r = reflow(d);
                assertTrue(((Number) r.get("scroll")).longValue() > ((Number) r.get("client")).longValue(),
                        "the check sees a page that does not reflow: " + r);
            }
        } finally {
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            Files.delete(bait);
        }
        System.out.println("reflow at 320 CSS px, extra large: " + PAGES.size() * 2 + " page loads, " + wide.size()
                + " with horizontal scrolling");
        assertEquals(List.of(), wide);
    }

    @Test
    void theSwitchWorksFromTheKeyboardIsAnnouncedRememberedAndAppliedBeforeThePageIsDrawn() {
        WebDriver d = browser.driver();
        d.manage().window().setSize(new Dimension(1280, 900));
        choose(d, null);
        d.get(server.root() + "xszg/findings/leased-public-assets.html");
        WebElement bar = d.findElement(By.id("care-bar"));
        assertTrue(bar.isDisplayed(), "the script shows the control");
        WebElement body = d.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertEquals("skip-link", d.switchTo().activeElement().getAttribute("class"));
        d.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement care = d.switchTo().activeElement();
        assertEquals("care-switch", care.getAttribute("id"), "the second stop of the keyboard");
        care.sendKeys(Keys.SPACE);
        assertEquals("true", care.getAttribute("aria-pressed"));
        assertEquals("large", d.findElement(By.tagName("html")).getAttribute("data-care-size"));
        assertEquals("care-contrast care-spacing", d.findElement(By.tagName("html")).getAttribute("class"));
        WebElement status = d.findElement(By.id("care-status"));
        assertEquals("关怀版 已开启", new WebDriverWait(d, Duration.ofSeconds(5))
                .until(x -> status.getDomProperty("textContent").isEmpty() ? null : status.getDomProperty("textContent")));

        care.sendKeys(Keys.TAB);
        WebElement toggle = d.switchTo().activeElement();
        assertEquals("care-toggle", toggle.getAttribute("id"));
        assertFalse(d.findElement(By.id("care-panel")).isDisplayed());
        toggle.sendKeys(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(d.findElement(By.id("care-panel")).isDisplayed());
        toggle.sendKeys(Keys.TAB);
        WebElement size = d.switchTo().activeElement();
        assertEquals("care-size-large", size.getAttribute("id"), "the checked size takes the focus");
        size.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("x-large", d.findElement(By.tagName("html")).getAttribute("data-care-size"));
        assertEquals("true", d.findElement(By.id("care-switch")).getAttribute("aria-pressed"), "still all on");
        d.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement contrast = d.switchTo().activeElement();
        assertEquals("care-contrast", contrast.getAttribute("id"));
        contrast.sendKeys(Keys.ENTER);
        assertEquals("false", contrast.getAttribute("aria-pressed"));
        assertEquals("false", d.findElement(By.id("care-switch")).getAttribute("aria-pressed"), "no longer all on");
        assertEquals("高对比度 已关闭", new WebDriverWait(d, Duration.ofSeconds(5))
                .until(x -> status.getDomProperty("textContent").startsWith("高对比度") ? status.getDomProperty("textContent") : null));

        // the next page is drawn in the chosen look from the start
        String id = (String) ((HasCdp) d).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", AT_BODY)).get("identifier");
        try {
            d.get(server.root() + "xszg/ledger.html");
            assertEquals("24px|care-spacing", atBody(d));
            assertTrue(d.findElement(By.id("care-size-x-large")).isSelected());
            assertEquals("true", d.findElement(By.id("care-spacing")).getAttribute("aria-pressed"));
            d.findElement(By.id("care-switch")).click();
            assertEquals("true", d.findElement(By.id("care-switch")).getAttribute("aria-pressed"));
            d.findElement(By.id("care-switch")).click();
            d.get(server.root() + "xszg/index.html");
            assertEquals("16px|", atBody(d), "off again: the standard look");
        } finally {
            ((HasCdp) d).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
        }
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void readAloudIsOfferedOnlyWhereTheBrowserCanSpeak() {
        try (Browser other = Browser.start()) {
            WebDriver d = other.driver();
            HasCdp cdp = (HasCdp) d;
            String fake = (String) cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    (function () {
                      var spoken = [];
                      Object.defineProperty(window, '__spoken', {value: spoken});
                      Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
                        speak: function (u) { spoken.push(u.lang + ':' + u.text); },
                        cancel: function () { spoken.push('cancel'); }
                      }});
                    })();
                    """)).get("identifier");
            d.get(server.root() + "xszg/findings/leased-public-assets.html");
            WebElement read = d.findElement(By.id("care-read"));
            d.findElement(By.id("care-toggle")).click();
            assertTrue(read.isDisplayed());
            assertEquals("朗读本页", read.getText());
            read.click();
            assertEquals("停止朗读", read.getText());
            assertEquals("true", read.getAttribute("aria-pressed"));
            @SuppressWarnings("unchecked")
            List<String> spoken = (List<String>) js(d).executeScript("return window.__spoken");
            String all = String.join("", spoken);
            assertTrue(spoken.get(0).equals("cancel") && spoken.size() > 2, spoken::toString);
            assertTrue(all.contains("zh-CN:") && all.contains("平台公司以公益性资产作为租赁物融资")
                    && all.contains("督促平台公司将原租赁物变更为经营性资产"), all);
            assertTrue(spoken.stream().allMatch(s -> s.length() <= 6 + 200), "read in pieces: " + spoken);
            read.click();
            assertEquals("朗读本页", read.getText());
            assertEquals("cancel", js(d).executeScript("return window.__spoken[window.__spoken.length - 1]"));

            cdp.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", fake));
            cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: undefined});"));
            d.get(server.root() + "xszg/findings/leased-public-assets.html");
            d.findElement(By.id("care-toggle")).click();
            assertFalse(d.findElement(By.id("care-read")).isDisplayed(), "no speech, no button");
            assertTrue(d.findElement(By.id("care-contrast")).isDisplayed());
            assertEquals(List.of(), other.errors());
        }
    }
}
