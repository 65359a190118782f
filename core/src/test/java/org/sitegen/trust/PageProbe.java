package org.sitegen.trust;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Watches what pages do in a real browser: before any page script runs (through the DevTools
 * protocol's {@code Page.addScriptToEvaluateOnNewDocument}, so in every frame too), alert,
 * confirm, prompt and print are replaced by traps that record their calls, and every
 * Content-Security-Policy violation (enforced or report-only) is recorded.
 */
public final class PageProbe {
    /** Installed in every document before its own scripts. */
    static final String TRAPS = """
            (() => {
              const hits = [];
              const violations = [];
              Object.defineProperty(window, '__trustHits', {value: hits});
              Object.defineProperty(window, '__trustViolations', {value: violations});
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                window[name] = function () { hits.push(name + '(' + Array.from(arguments).join(',') + ')'); };
              }
              document.addEventListener('securitypolicyviolation', e => violations.push(
                  (e.disposition || '') + ' ' + e.effectiveDirective + ' blocked ' + e.blockedURI + ' at '
                  + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '')), true);
            })();
            """;

    /** What a page did that it should not have. */
    public record Report(List<String> dialogs, List<String> violations, boolean markerSet) {
        public boolean clean() {
            return dialogs.isEmpty() && violations.isEmpty() && !markerSet;
        }
    }

    private final WebDriver driver;

    private PageProbe(WebDriver driver) {
        this.driver = driver;
    }

    /** Installs the traps in the browser for every document it opens from now on. */
    public static PageProbe install(WebDriver driver) {
        ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAPS));
        return new PageProbe(driver);
    }

    /** Opens a page and reports on it after it loaded. */
    public Report visit(String url) {
        driver.get(url);
        return report();
    }

    /**
     * Fires the events attacks wait for on every element (pointer over, focus, toggle, animation,
     * error and load), so a handler that slipped through would run now.
     */
    public void provoke() {
        js().executeScript("""
                for (const el of document.querySelectorAll('*')) {
                  for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'animationstart', 'error', 'load']) {
                    el.dispatchEvent(new Event(type, {bubbles: false}));
                  }
                }
                """);
    }

    /**
     * Waits until the search page has finished its search (the result list is no longer busy, and
     * the live region says 找到… or 没有…, or nothing for a query with no word in it) and returns what
     * the live region says.
     */
    public static String awaitSearch(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            if (!"false".equals(d.findElement(By.id("search-results")).getAttribute("aria-busy"))) {
                return null;
            }
            String s = d.findElement(By.id("search-status")).getText();
            return s.contains("找到") || s.contains("没有") || s.isEmpty() ? s : null;
        });
    }

    /** The number of results the search page shows. */
    public static int results(WebDriver driver) {
        return driver.findElements(By.cssSelector("#search-results li")).size();
    }

    /** What the current page did so far. */
    @SuppressWarnings("unchecked")
    public Report report() {
        List<String> dialogs = new ArrayList<>();
        try {
            dialogs.add("a real dialog: " + driver.switchTo().alert().getText());
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException e) {
            // as it should be
        }
        Map<String, Object> state = (Map<String, Object>) js().executeScript("""
                return {hits: window.__trustHits || ['the traps are missing'],
                        violations: window.__trustViolations || [],
                        marker: window.__xss !== undefined};
                """);
        dialogs.addAll((List<String>) state.get("hits"));
        return new Report(dialogs, List.copyOf((List<String>) state.get("violations")), (Boolean) state.get("marker"));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
