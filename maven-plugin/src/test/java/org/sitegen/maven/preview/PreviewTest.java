package org.sitegen.maven.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitegen.SiteGenerator;

/** The preview serves the site as a static server would, follows edits, and shows problems instead of pages. */
class PreviewTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void servesTheSiteUnderTheBaseUrlsPathAsAStaticServerWould() throws IOException {
        try (PreviewSite site = PreviewSite.start()) {
            String root = "http://127.0.0.1:" + site.preview.port();
            assertEquals(root + "/xszg/", site.preview.address().toString());
            HttpResponse<String> home = get(root + "/");
            assertEquals(302, home.statusCode());
            assertEquals("/xszg/", home.headers().firstValue("Location").orElseThrow());

            HttpResponse<String> index = get(site.url(""));
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("<script src=\"/_site-gen/live.js?g=1\" defer></script>\n</head>"),
                    "the reload script, before </head>");
            assertEquals("default-src 'self'", index.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertEquals("no-store", index.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElseThrow());

            HttpResponse<String> page = get(site.url(PreviewSite.PAGE));
            assertTrue(page.body().contains(PreviewSite.TITLE));
            HttpResponse<String> css = get(site.url("assets/site.css"));
            assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
            assertFalse(css.body().contains("live.js"), "only HTML gets the script");

            HttpResponse<String> missing = get(site.url("findings/nothing.html"));
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("<base href=\"/xszg/\">"), "the site's own 404.html");
            assertEquals(404, get(root + "/elsewhere.html").statusCode());
            assertEquals(200, get(root + "/_site-gen/live.js").statusCode());
        }
    }

    @Test
    void anEditIsServedAndABurstOfSavesIsOneUpdate() throws Exception {
        try (PreviewSite site = PreviewSite.start()) {
            String original = site.record();
            site.write(original.replace(PreviewSite.TITLE, "改过的标题"));
            assertTrue(PreviewSite.await(LIMIT, () -> get(site.url(PreviewSite.PAGE)).body().contains("改过的标题")));
            assertTrue(PreviewSite.await(LIMIT, () -> updates(site) == 1), site.lines()::toString);

            for (int i = 0; i < 20; i++) {
                site.write(original.replace(PreviewSite.TITLE, "连续保存" + i));
            }
            assertTrue(PreviewSite.await(LIMIT, () -> get(site.url(PreviewSite.PAGE)).body().contains("连续保存19")));
            Thread.sleep(500);
            assertEquals(2, updates(site), () -> "twenty saves in a row are one update: " + site.lines());
        }
    }

    private static long updates(PreviewSite site) {
        return site.lines().stream().filter(l -> l.matches("INFO site-gen: .*: \\d+ added, \\d+ changed.*")).count();
    }

    @Test
    void whileARecordIsBrokenEveryPageIsTheProblemListUntilItIsFixed() throws Exception {
        try (PreviewSite site = PreviewSite.start()) {
            String original = site.record();
            site.write(original.replace("number: 6", "number: six"));
            assertTrue(PreviewSite.await(LIMIT, () -> get(site.url("")).body().contains("findings/06.md:3:9")));
            for (String page : List.of("", PreviewSite.PAGE, "search.html", "categories/funds.html", "nothing.html")) {
                String body = get(site.url(page)).body();
                assertTrue(body.contains("<code>src/site-gen/findings/06.md:3:9</code> number 应当填写整数，不能写成“six”"),
                        page + ": " + body);
                assertTrue(body.contains("（只写阿拉伯数字，例如 number: 6）"), "the hint");
                assertTrue(body.contains("<script src=\"/_site-gen/live.js?g="), "it reloads by itself when fixed");
                assertFalse(body.contains("<style") || body.contains("<script>"), "no inline style or script");
            }
            assertTrue(get(site.url("assets/site.css")).body().contains("site-gen"), "the assets are still served");
            assertTrue(site.lines().contains(
                    "ERROR src/site-gen/findings/06.md:3:9: number 应当填写整数，不能写成“six”（只写阿拉伯数字，例如 number: 6）"),
                    site.lines()::toString);

            site.write(original);
            assertTrue(PreviewSite.await(LIMIT, () -> get(site.url(PreviewSite.PAGE)).body().contains(PreviewSite.TITLE)));
            assertTrue(PreviewSite.await(LIMIT, () -> site.lines().stream().anyMatch(l -> l.endsWith("the pages are back"))));
        }
    }

    @Test
    void aPortInUseIsRefusedAndClosingFreesThePort() throws IOException {
        int port;
        try (PreviewSite site = PreviewSite.start()) {
            port = site.preview.port();
            Preview.PortInUseException e = assertThrows(Preview.PortInUseException.class,
                    () -> Preview.start(SiteGenerator.builder().build().live(site.source), null, "127.0.0.1",
                            site.preview.port(), new Quiet(), p -> p.toString(), site.project));
            assertTrue(e.getMessage().contains("port " + site.preview.port() + " on 127.0.0.1 is in use"));
        }
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
                s.getInputStream();
            }
        });
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, again.getLocalPort());
        }
    }

    private static final class Quiet implements Preview.Console {
        @Override
        public void info(String line) {}

        @Override
        public void warn(String line) {}

        @Override
        public void error(String line) {}
    }
}
