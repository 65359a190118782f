package org.sitegen.maven.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, an open page of the preview reloads by itself after an edit, turns into the
 * problem list when the record breaks and back when it is fixed, under the preview's policy
 * ({@code default-src 'self'}) with no error in the console.
 */
class PreviewReloadBrowserTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void anOpenPageReloadsByItselfAfterAnEdit() throws IOException {
        try (Chromium browser = Chromium.start(); PreviewSite site = PreviewSite.start()) {
            var driver = browser.driver;
            driver.get(site.url(PreviewSite.PAGE));
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains(PreviewSite.TITLE), "the page is open");
            JavascriptExecutor js = driver;
            js.executeScript("window.sitegenOpenedOnce = true;");
            String original = site.record();
            WebDriverWait wait = new WebDriverWait(driver, LIMIT);

            site.write(original.replace(PreviewSite.TITLE, "浏览器里自动刷新的标题"));
            wait.until(d -> d.getPageSource().contains("浏览器里自动刷新的标题"));
            assertNull(js.executeScript("return window.sitegenOpenedOnce;"), "the page was loaded anew, by itself");

            js.executeScript("window.sitegenOpenedOnce = true;");
            site.write(original.replace("number: 6", "number: six"));
            wait.until(d -> d.getPageSource().contains("src/site-gen/findings/06.md:3:9"));
            assertNull(js.executeScript("return window.sitegenOpenedOnce;"));

            site.write(original);
            wait.until(d -> d.getPageSource().contains(PreviewSite.TITLE));
            assertTrue(driver.getCurrentUrl().endsWith("/xszg/" + PreviewSite.PAGE), driver.getCurrentUrl());
            assertEquals(List.of(), browser.errors(), "no script error, failed load or policy violation");
        }
    }
}
