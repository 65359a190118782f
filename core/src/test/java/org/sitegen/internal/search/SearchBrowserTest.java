package org.sitegen.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.Browser;
import org.sitegen.testing.NeedsBrowser;
import org.sitegen.testing.SiteServer;

/**
 * The example site's search in a real browser, served three ways: over http at the root, over
 * http under a sub-path, and opened from disk ({@code file://}). The http server sends {@code
 * Content-Security-Policy: default-src 'self'}, so inline script or eval would show as errors.
 */
@NeedsBrowser
class SearchBrowserTest {
    @TempDir
    static Path temp;
    static Path site;
    static Path many;
    static SiteServer server;
    static Browser browser;

    @BeforeAll
    static void renderServeAndOpen() throws IOException {
        site = temp.resolve("site");
        var result = SiteGenerator.builder().build().build(ExampleSiteSearchTest.EXAMPLE, site);
        assertTrue(result.render().isPresent(), () -> "errors: " + result.load().errors());
        many = renderManyFindings(temp.resolve("many-src"), temp.resolve("many"), 45);
        server = SiteServer.start(site, "/xszg/");
        browser = Browser.start();
    }

    /** A site of {@code count} findings that all mention 招投标, for paging through results. */
    static Path renderManyFindings(Path source, Path out, int count) throws IOException {
        Files.createDirectories(source.resolve("categories"));
        Files.createDirectories(source.resolve("findings"));
        Files.writeString(source.resolve("site.yaml"), """
                title: 测试
                inspections:
                  - {id: test, title: 测试巡视}
                """);
        Files.writeString(source.resolve("categories/c.md"), "---\nid: c\norder: 1\ntitle: 类别\n---\n");
        for (int n = 1; n <= count; n++) {
            Files.writeString(source.resolve("findings/f" + n + ".md"), "---\nnumber: " + n + "\ncategory: c\ntitle: 问题" + n
                    + "\nstatus: 完成\n---\n一是规范招投标管理。二是加强督查。\n");
        }
        var result = SiteGenerator.builder().build().build(source, out);
        assertTrue(result.render().isPresent(), () -> "errors: " + result.load().errors());
        return out;
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void pageLoggedNoError() {
        if (browser != null) {
            assertEquals(List.of(), browser.errors(), "the browser console");
        }
    }

    private static String base(String mode) {
        return switch (mode) {
            case "root" -> server.root();
            case "subpath" -> server.root() + "xszg/";
            case "file" -> site.toUri().toString();
            default -> throw new IllegalArgumentException(mode);
        };
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    /** Waits until the live region reports a finished search, and returns what it says. */
    private static String awaitStatus() {
        // a navigation still under way aborts a look-up ("aborted by navigation"): look again
        return new WebDriverWait(driver(), Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return s.contains("找到") || s.contains("没有") ? s : null;
        });
    }

    /** Waits until the live region says something other than {@code before}. */
    private static String awaitStatusChange(String before) {
        return new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return !s.equals(before) && (s.contains("找到") || s.contains("没有")) ? s : null;
        });
    }

    /** The numbers of the results shown, in order. */
    private static List<Integer> numbers() {
        List<Integer> out = new ArrayList<>();
        for (WebElement n : driver().findElements(By.cssSelector("#search-results li .num"))) {
            out.add(Integer.parseInt(n.getText().replaceAll("\\D", "")));
        }
        return out;
    }

    private static Map<String, String> query() {
        String url = driver().getCurrentUrl();
        String q = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        return java.util.Arrays.stream(q.split("&"))
                .filter(p -> !p.isEmpty())
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "subpath", "file"})
    void typing招投标FindsItem18FirstWithTheMatchHighlighted(String mode) {
        driver().get(base(mode) + "search.html");
        driver().findElement(By.id("search-q")).sendKeys("招投标");
        String status = awaitStatus();
        assertTrue(status.startsWith("找到"), status);
        assertEquals(18, numbers().get(0));
        WebElement first = driver().findElement(By.cssSelector("#search-results li"));
        assertEquals("招投标", first.findElement(By.cssSelector(".search-title mark")).getText());
        assertTrue(first.findElement(By.tagName("a")).getAttribute("href").endsWith("findings/bidding-supervision.html"));
        assertEquals("招投标", query().get("q"), "the URL carries the query");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "subpath", "file"})
    void aLinkWith违建FindsItems12And22(String mode) {
        driver().get(base(mode) + "search.html?q=%E8%BF%9D%E5%BB%BA");
        awaitStatus();
        assertEquals("违建", driver().findElement(By.id("search-q")).getAttribute("value"));
        assertEquals(List.of(12, 22), numbers().subList(0, 2));
        assertTrue(numbers().containsAll(List.of(12, 22)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "subpath", "file"})
    void statusFilterNarrowsTheListAndBackRestoresIt(String mode) {
        driver().get(base(mode) + "search.html?q=%E5%8C%BA");
        String all = awaitStatus();
        List<Integer> before = numbers();
        Select status = new Select(driver().findElement(By.cssSelector("#search-filters select[name=status]")));
        WebElement completed = status.getOptions().stream()
                .filter(o -> o.getAttribute("value").equals("completed")).findFirst().orElseThrow();
        int expected = Integer.parseInt(completed.getText().replaceAll(".*\\((\\d+)\\)$", "$1"));
        status.selectByValue("completed");
        String filtered = awaitStatusChange(all);
        List<Integer> after = numbers();
        assertTrue(after.size() < before.size(), before + " -> " + after);
        assertTrue(before.containsAll(after), before + " -> " + after);
        assertEquals(expected, after.size(), "the option's count agrees with the list");
        assertTrue(filtered.contains(String.valueOf(expected)), filtered);
        for (WebElement badge : driver().findElements(By.cssSelector("#search-results li .badge"))) {
            assertEquals("完成", badge.getText());
        }
        assertEquals("completed", query().get("status"), "the URL carries the filter");
        driver().navigate().back();
        awaitStatusChange(filtered);
        assertEquals(before, numbers(), "back restores the unfiltered list");
        assertEquals("", new Select(driver().findElement(By.cssSelector("#search-filters select[name=status]")))
                .getFirstSelectedOption().getAttribute("value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "subpath", "file"})
    void aQueryWithNoMatchSaysSoAndSuggestsTheBrowsePages(String mode) {
        driver().get(base(mode) + "search.html?q=%E9%87%8F%E5%AD%90");
        String status = awaitStatus();
        assertTrue(status.contains("没有"), status);
        assertEquals(List.of(), numbers());
        List<WebElement> links = driver().findElements(By.cssSelector("#search-browse a"));
        assertFalse(links.isEmpty());
        assertTrue(links.get(0).getAttribute("href").endsWith("index.html#categories"));
        assertTrue(links.stream().anyMatch(a -> a.getAttribute("href").endsWith("status/phased.html")));
    }

    @Test
    void submittingPushesHistorySoBackReturnsToThePreviousSearch() {
        driver().get(base("root") + "search.html");
        WebElement box = driver().findElement(By.id("search-q"));
        box.sendKeys("违建\n");
        String first = awaitStatus();
        box.clear();
        box.sendKeys("招投标\n");
        awaitStatusChange(first);
        assertEquals(18, numbers().get(0));
        driver().navigate().back();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> numbers().size() >= 2 && numbers().get(0) == 12);
        assertEquals("违建", driver().findElement(By.id("search-q")).getAttribute("value"));
        assertEquals(List.of(12, 22), numbers().subList(0, 2));
        assertEquals("违建", query().get("q"));
    }

    @Test
    void showsTwentyResultsThenMoreFromTheKeyboardWithFocusOnTheFirstNewOne() {
        driver().get(many.toUri() + "search.html?q=%E6%8B%9B%E6%8A%95%E6%A0%87");
        String status = awaitStatus();
        assertTrue(status.contains("45"), status);
        assertEquals(20, numbers().size());
        WebElement more = driver().findElement(By.id("search-more"));
        assertTrue(more.isDisplayed());
        more.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> numbers().size() == 40);
        WebElement focused = driver().switchTo().activeElement();
        assertEquals("a", focused.getTagName());
        assertTrue(focused.getText().contains("问题21"), focused.getText());
        more.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> numbers().size() == 45);
        assertFalse(more.isDisplayed(), "no more button once every result is shown");
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 45).boxed().toList(), numbers());
    }

    @Test
    void liveRegionAnnouncesTheNumberOfResults() {
        driver().get(base("root") + "search.html?q=%E8%BF%9D%E5%BB%BA");
        String status = awaitStatus();
        WebElement region = driver().findElement(By.id("search-status"));
        assertEquals("status", region.getAttribute("role"));
        assertEquals("polite", region.getAttribute("aria-live"));
        assertEquals("找到 " + numbers().size() + " 项问题", status);
    }

    @Test
    void everyIndexPartIsLoadedWithTheVersionSearchHtmlGivesTheScript() {
        driver().get(base("subpath") + "search.html?q=%E6%8B%9B%E6%8A%95%E6%A0%87");
        awaitStatus();
        String script = driver().findElement(By.cssSelector("script[src*='assets/search.js']")).getAttribute("src");
        assertTrue(script.matches(".*/assets/search\\.js\\?v=[0-9a-f]{16}"), script);
        String version = script.substring(script.indexOf("?v="));
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) driver()).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                        + ".filter(function (n) { return n.indexOf('/assets/search/') >= 0; });");
        assertTrue(loaded.size() >= 3, "meta, a bucket and a record part: " + loaded);
        for (String part : loaded) {
            assertTrue(part.endsWith(".js" + version), part + " is loaded with " + version);
        }
    }

    @Test
    void everyFileOfTheSearchScriptIsLoadedWithTheVersionOfTheIndexParts() {
        driver().get(base("subpath") + "search.html?q=%E6%8B%9B%E6%8A%95%E6%A0%87");
        awaitStatus();
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) driver()).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                        + ".filter(function (n) { return n.indexOf('/assets/search') >= 0; });");
        String meta = loaded.stream().filter(n -> n.contains("/assets/search/meta.js?")).findFirst().orElseThrow();
        String version = meta.substring(meta.indexOf("?v="));
        for (String script : SearchStage.SCRIPTS) {
            assertTrue(loaded.contains(server.root() + "xszg/" + script + version), script + version + " among " + loaded);
        }
        for (String file : loaded) {
            assertTrue(file.endsWith(".js" + version), file + " is loaded with " + version);
        }
    }

    @Test
    void aSiteWithItsOwnPartOfTheScriptRunsItWithTheBuiltInOthers() throws IOException {
        Path source = org.sitegen.SiteFiles.copy(ExampleSiteSearchTest.EXAMPLE, temp.resolve("own-part-src"));
        String builtIn = new String(IndexVersionTest.builtIn("assets/search-render.js"), StandardCharsets.UTF_8);
        String own = builtIn.replace("p.className = \"search-snippet\";", "p.className = \"search-snippet own-snippet\";");
        assertFalse(own.equals(builtIn));
        Files.createDirectories(source.resolve("assets"));
        Files.writeString(source.resolve("assets/search-render.js"), own);
        Path out = temp.resolve("own-part");
        var result = SiteGenerator.builder().build().build(source, out);
        assertTrue(result.render().isPresent(), () -> "errors: " + result.load().errors());
        driver().get(out.toUri() + "search.html?q=%E8%BF%9D%E5%BB%BA");
        awaitStatus();
        assertEquals(List.of(12, 22), numbers().subList(0, 2));
        assertEquals(numbers().size(), driver().findElements(By.cssSelector("#search-results li .own-snippet")).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"subpath", "file"})
    void theSearchBoxOfAFindingPageLeadsToTheResults(String mode) {
        driver().get(base(mode) + "findings/bidding-supervision.html");
        WebElement box = driver().findElement(By.id("site-search-q"));
        box.sendKeys("违建\n");
        // the form's submit navigates: wait for the results page before looking into it
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("search.html?"));
        awaitStatus();
        assertTrue(driver().getCurrentUrl().startsWith(base(mode) + "search.html?"), driver().getCurrentUrl());
        assertEquals(List.of(12, 22), numbers().subList(0, 2));
    }

    @Test
    void mixedQueryNeedsEveryTerm() {
        driver().get(base("root") + "search.html?q=2023%20%E6%8B%9B%E6%8A%95%E6%A0%87");
        awaitStatus();
        assertEquals(List.of(18), numbers());
    }

    @Test
    void searchJsFindsAndRanksAsTheJavaReferenceOnRandomRunsOfTheSiteText() {
        var example = SiteGenerator.builder().build().load(ExampleSiteSearchTest.EXAMPLE).site().orElseThrow();
        List<SearchDocument> documents = new SearchStage().documents(example);
        IndexQuery reference = new IndexQuery(new TokenIndexer(new Folding(), 3).index(documents), documents, 3);
        Folding folding = new Folding();
        java.util.Random random = new java.util.Random(11);
        driver().get(base("root") + "search.html");
        for (int i = 0; i < 25; i++) {
            SearchDocument d = documents.get(random.nextInt(documents.size()));
            List<String> fields = d.fields();
            int[] cps = folding.fold(fields.get(random.nextInt(fields.size())));
            int start = random.nextInt(cps.length);
            String q = new String(cps, start, 1 + random.nextInt(Math.min(6, cps.length - start)));
            if (i % 5 == 4) {
                q = q + " " + new String(folding.fold(documents.get(random.nextInt(documents.size())).title()), 0, 2);
            }
            // submitted in the same page: the live region is emptied first, so awaitStatus waits for this query
            ((JavascriptExecutor) driver()).executeScript("document.getElementById('search-status').textContent = '';"
                    + "document.getElementById('search-q').value = arguments[0];"
                    + "document.getElementById('search-form').requestSubmit();", q);
            awaitStatus();
            @SuppressWarnings("unchecked")
            List<Number> js = (List<Number>) ((JavascriptExecutor) driver()).executeScript("return window.__sitegenSearch.results()");
            List<Integer> expected = reference.search(q).stream().map(IndexQuery.Hit::doc).toList();
            String query0 = q;
            assertEquals(expected, js.stream().map(Number::intValue).toList(), () -> "query '" + query0 + "'");
        }
    }

    @Test
    void searchJsFoldsTheSharedVectorsAsJavaDoes() {
        driver().get(base("root") + "search.html");
        JavascriptExecutor js = (JavascriptExecutor) driver();
        FoldVectors vectors = FoldVectors.load();
        for (FoldVectors.Vector v : vectors.fold()) {
            assertEquals(v.expected(), js.executeScript("return window.__sitegenSearch.fold(arguments[0])", v.input()),
                    () -> "fold of '" + v.input() + "'");
        }
        for (FoldVectors.Vector v : vectors.terms()) {
            assertEquals(v.expectedTerms(), js.executeScript("return window.__sitegenSearch.terms(arguments[0])", v.input()),
                    () -> "terms of '" + v.input() + "'");
        }
    }
}
