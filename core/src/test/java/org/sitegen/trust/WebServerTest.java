package org.sitegen.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.Browser;

/**
 * The server configurations of the README, tested: the block for a server is taken from README.md
 * as it stands, given the folder of a freshly built example site, and the real server is started
 * with it on a free port of 127.0.0.1 and stopped at the end whatever happens. Over HTTP: the
 * policy, charset, compression and caching headers, the site's 404.html for missing addresses and
 * folders, the redirect of the bare sub-path; in Chromium: a search, and a 404 deep in the site
 * that still finds its stylesheet. One subclass per server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebServerTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");
    static final Path README = Path.of("..", "README.md");
    static final String POLICY = "default-src 'self'";
    static final String LONG = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=300";
    /** Where the README's configurations expect the site. */
    static final String README_FOLDER = "/var/www/html/xszg";

    /** The test's folder: the site, the server's configuration, logs and temporary files. */
    Path work;
    Path site;
    int port;
    Process server;
    Thread stopAtExit;
    Browser browser;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The server's program. */
    abstract Path binary();

    /** How the README's code block for this server is marked, e.g. {@code nginx}. */
    abstract String language();

    /** Whether CI must run this server (it is installed there). */
    abstract boolean requiredOnCi();

    /**
     * Writes the server's whole configuration around the README's block and returns the command
     * that runs the server in the foreground with it.
     *
     * @param block the README's block, the site's folder put in
     */
    abstract List<String> configure(String block, Path work, int port) throws IOException;

    @BeforeAll
    void start() throws IOException {
        if (!Files.isExecutable(binary())) {
            String message = "the " + language() + " test needs " + binary();
            if (requiredOnCi() && "true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + "; on CI it must run");
            }
            Assumptions.abort(message);
        }
        work = Files.createTempDirectory("sitegen-" + language() + "-");
        site = work.resolve("www/xszg");
        SiteGenerator.builder().build().render(SiteFiles.load(EXAMPLE), site);
        String block = readmeBlock(language()).replace(README_FOLDER, site.toAbsolutePath().toString());
        port = freePort();
        List<String> command = configure(block, work, port);
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("server.out").toFile()).start();
        stopAtExit = new Thread(this::stopServer);
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        try {
            awaitPort();
            browser = Browser.start();
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            stopServer();
            delete(work);
            if (stopAtExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopAtExit);
                } catch (IllegalStateException e) {
                    // the JVM is already stopping: the hook runs
                }
            }
        }
    }

    private void stopServer() {
        Process p = server;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail a test
        }
    }

    /** The one code block of README.md marked with the language. */
    static String readmeBlock(String language) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```").matcher(readme);
        assertTrue(m.find(), "README.md has a ```" + language + " block");
        String block = m.group(1);
        assertTrue(!m.find(), "README.md has one ```" + language + " block");
        assertTrue(block.contains(README_FOLDER), "the block serves " + README_FOLDER);
        return block;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void awaitPort() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            if (!server.isAlive()) {
                throw new AssertionError(language() + " stopped at once: " + log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(ie);
                }
            }
        }
        throw new AssertionError(language() + " does not listen on " + port + ": " + log());
    }

    String log() {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(work)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".out") || p.toString().endsWith(".log")).toList()) {
                sb.append(f.getFileName()).append(": ").append(Files.readString(f)).append('\n');
            }
        } catch (IOException e) {
            sb.append(e);
        }
        return sb.toString();
    }

    /** Gives other users (the server's user, when the test runs as root) the way into the work folder. */
    void openToOthers() throws IOException {
        for (Path p = work.toAbsolutePath(); p != null && p.getNameCount() > 1; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_READ);
            Files.setPosixFilePermissions(p, perms);
        }
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<byte[]> get(String path, boolean gzip) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10));
        if (gzip) {
            r.header("Accept-Encoding", "gzip");
        }
        try {
            return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    /** The body as the server meant it: unzipped when it came compressed. */
    static byte[] body(HttpResponse<byte[]> r) {
        if (!"gzip".equals(header(r, "Content-Encoding"))) {
            return r.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status, policy, type and caching of a response, and its body against the site's file. */
    void assertServed(String path, String file, String type, String cache, boolean compressed) throws IOException {
        HttpResponse<byte[]> r = get(path, true);
        String what = language() + " " + path;
        assertEquals(200, r.statusCode(), what);
        assertEquals(POLICY, header(r, "Content-Security-Policy"), what);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), what);
        String contentType = header(r, "Content-Type").toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        assertTrue(contentType.matches(type + ";charset=utf-8"), what + ": " + contentType);
        assertEquals(cache, header(r, "Cache-Control"), what);
        if (compressed) {
            assertEquals("gzip", header(r, "Content-Encoding"), what);
            assertTrue(String.valueOf(header(r, "Vary")).contains("Accept-Encoding"), what);
        }
        assertArrayEquals(Files.readAllBytes(site.resolve(file)), body(r), what);
    }

    String searchVersion() throws IOException {
        Matcher m = Pattern.compile("assets/search\\.js\\?v=([0-9a-f]+)").matcher(Files.readString(site.resolve("search.html")));
        assertTrue(m.find(), "search.html loads the versioned script");
        return m.group(1);
    }

    @Test
    void pagesComeWithThePolicyUtf8CompressionAndShortCaching() throws IOException {
        assertServed("/xszg/", "index.html", "text/html", SHORT, true);
        assertServed("/xszg/ledger.html", "ledger.html", "text/html", SHORT, true);
        assertServed("/xszg/findings/leased-public-assets.html", "findings/leased-public-assets.html", "text/html",
                SHORT, true);
        assertServed("/xszg/assets/site.css", "assets/site.css", "text/css", SHORT, true);
        assertServed("/xszg/assets/care.js", "assets/care.js", "(application|text)/javascript", SHORT, true);
        assertServed("/xszg/assets/gov/conac.svg", "assets/gov/conac.svg", "image/svg\\+xml", SHORT, true);
    }

    @Test
    void theVersionedSearchPartsAreCachedLongAndCompressed() throws IOException {
        String v = searchVersion();
        assertServed("/xszg/assets/search.js?v=" + v, "assets/search.js", "(application|text)/javascript", LONG, true);
        List<Path> parts;
        try (Stream<Path> walk = Files.walk(site.resolve("assets/search"))) {
            parts = walk.filter(Files::isRegularFile).sorted().limit(3).toList();
        }
        assertTrue(!parts.isEmpty());
        for (Path part : parts) {
            String rel = site.relativize(part).toString().replace('\\', '/');
            assertServed("/xszg/" + rel + "?v=" + v, rel, "(application|text)/javascript", LONG,
                    Files.size(part) > 1024);
        }
    }

    @Test
    void theDataAreUtf8AndCompressed() throws IOException {
        assertServed("/xszg/data/findings.csv", "data/findings.csv", "text/csv", SHORT, true);
        assertServed("/xszg/data/findings.json", "data/findings.json", "application/json", SHORT, true);
    }

    @Test
    void missingAddressesAndFoldersGetTheSites404AndNoListing() throws IOException {
        for (String path : List.of("/xszg/no-such-page.html", "/xszg/findings/no/such/page.html", "/xszg/findings/",
                "/xszg/assets/search/", "/xszg/assets/")) {
            HttpResponse<byte[]> r = get(path, false);
            String what = language() + " " + path;
            assertEquals(404, r.statusCode(), what);
            assertEquals(POLICY, header(r, "Content-Security-Policy"), what);
            assertTrue(header(r, "Content-Type").replace(" ", "").equalsIgnoreCase("text/html;charset=utf-8"), what);
            assertArrayEquals(Files.readAllBytes(site.resolve("404.html")), body(r), what + ": the site's 404.html");
        }
    }

    @Test
    void theBareSubPathRedirectsToTheSite() {
        HttpResponse<byte[]> r = get("/xszg", false);
        assertEquals(301, r.statusCode(), language());
        assertNotNull(header(r, "Location"));
        assertTrue(header(r, "Location").endsWith("/xszg/"), header(r, "Location"));
    }

    @Test
    void aSearchRunsInChromiumAgainstTheServer() {
        WebDriver d = browser.driver();
        PageProbe probe = PageProbe.install(d);
        probe.visit(url("/xszg/search.html?q=%E6%8B%9B%E6%8A%95%E6%A0%87"));
        String status = PageProbe.awaitSearch(d);
        assertTrue(status.startsWith("找到"), status);
        assertTrue(PageProbe.results(d) > 0);
        PageProbe.Report r = probe.report();
        assertTrue(r.clean(), r::toString);

        probe.visit(url("/xszg/findings/no/such/page.html"));
        assertEquals("页面未找到", d.findElement(By.tagName("h1")).getText());
        assertEquals("rgb(155, 28, 28)", ((JavascriptExecutor) d).executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).backgroundColor"),
                "the 404 page finds its stylesheet from any depth");
        assertTrue(d.findElement(By.id("care-bar")).isDisplayed(), "and its script");
        assertTrue(probe.report().clean());
        String missing = url("/xszg/findings/no/such/page.html");
        assertEquals(List.of(), browser.errors().stream().filter(e -> !e.startsWith(missing + " ")).toList(),
                "nothing failed but the missing page itself");
    }
}
