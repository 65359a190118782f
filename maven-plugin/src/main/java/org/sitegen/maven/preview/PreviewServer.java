package org.sitegen.maven.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.sitegen.LiveSite;
import org.sitegen.TemplateException;

/**
 * Serves a {@link LiveSite} over HTTP with the JDK's own server ({@code com.sun.net.httpserver}),
 * the way a plain static web server serves the built folder: under the path of the base URL, a
 * folder's address serving its {@code index.html}, a missing file answered with the site's {@code
 * 404.html}, every response with {@code Content-Security-Policy: default-src 'self'} (so a page
 * that needs inline script fails here as it would in production) and no caching.
 *
 * <p>What only the preview serves lives under {@code /_site-gen/}: the reload script and its event
 * stream ({@link ReloadEvents}), and the stylesheet of the problem page. Each HTML page is served
 * with a {@code <script src>} to the reload script added before {@code </head>}; nothing else of
 * the site's bytes is changed. While {@link Preview.State} has problems, every HTML page is the
 * problem list ({@link ProblemPage}).
 */
final class PreviewServer implements AutoCloseable {
    /** The prefix of what only the preview serves. */
    static final String OWN = "/_site-gen/";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("xml", "application/xml"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.US_ASCII);

    private final HttpServer server;
    private final ExecutorService executor;
    private final LiveSite site;
    private final ReloadEvents events;
    private final Supplier<Preview.State> state;

    private PreviewServer(HttpServer server, ExecutorService executor, LiveSite site, ReloadEvents events,
            Supplier<Preview.State> state) {
        this.server = server;
        this.executor = executor;
        this.site = site;
        this.events = events;
        this.state = state;
    }

    /**
     * Binds the address; serves once {@link #start()} is called (until then, connections wait).
     *
     * @throws Preview.PortInUseException if the port is taken
     */
    static PreviewServer bind(String host, int port, LiveSite site, ReloadEvents events,
            Supplier<Preview.State> state) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (BindException e) {
            throw new Preview.PortInUseException(host, port, e);
        }
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "site-gen-preview-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // a thread per connection: every open page holds one for its event stream
        ExecutorService executor = Executors.newCachedThreadPool(threads);
        server.setExecutor(executor);
        PreviewServer preview = new PreviewServer(server, executor, site, events, state);
        server.createContext("/", preview::handle);
        return preview;
    }

    void start() {
        server.start();
    }

    /** The port it listens on (the one chosen when 0 was asked for). */
    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("405 method not allowed\n"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(OWN)) {
                own(exchange, path.substring(OWN.length()));
                return;
            }
            Preview.State now = state.get();
            String base = now.basePath();
            if (!path.startsWith(base)) {
                if (path.equals("/") || (path + "/").equals(base)) {
                    redirect(exchange, base);
                } else {
                    send(exchange, 404, "text/plain; charset=utf-8",
                            bytes("404: the preview serves the site under " + base + "\n"));
                }
                return;
            }
            String file = path.substring(base.length());
            if (file.isEmpty() || file.endsWith("/")) {
                file += "index.html";
            }
            if (now.problems() != null && (file.endsWith(".html") || !file.contains("."))) {
                send(exchange, 200, TYPES.get("html"), problemPage(now));
                return;
            }
            Optional<byte[]> content;
            int status = 200;
            try {
                content = site.read(file);
                if (content.isEmpty() && !file.contains(".") && site.read(file + "/index.html").isPresent()) {
                    redirect(exchange, path + "/");
                    return;
                }
                if (content.isEmpty()) {
                    status = 404;
                    file = "404.html";
                    content = site.read(file);
                }
            } catch (TemplateException e) {
                send(exchange, 200, TYPES.get("html"), ProblemPage.html(
                        java.util.List.of(new ProblemPage.Shown("templates/" + e.template()
                                + (e.line() > 0 ? ":" + e.line() : ""), e.getMessage(), "", true)),
                        now.chinese(), true, script()));
                return;
            }
            if (content.isEmpty()) {
                send(exchange, 404, "text/plain; charset=utf-8", bytes("404 not found\n"));
                return;
            }
            String type = type(file);
            byte[] body = content.get();
            if (file.endsWith(".html")) {
                body = withScript(body, script());
            }
            send(exchange, status, type, body);
        } catch (IOException | RuntimeException e) {
            try {
                send(exchange, 500, "text/plain; charset=utf-8", bytes("500: " + e + "\n"));
            } catch (IOException | RuntimeException ignored) {
                // the response had begun
            }
        }
    }

    private void own(HttpExchange exchange, String name) throws IOException {
        switch (name) {
            case "events" -> events.serve(exchange);
            case "live.js" -> send(exchange, 200, TYPES.get("js"), resource("live.js"));
            case "preview.css" -> send(exchange, 200, TYPES.get("css"), resource("preview.css"));
            default -> send(exchange, 404, "text/plain; charset=utf-8", bytes("404 not found\n"));
        }
    }

    private byte[] problemPage(Preview.State now) {
        return ProblemPage.html(now.problems(), now.chinese(), now.template(), script());
    }

    /** The address of the reload script for a page served now. */
    private String script() {
        return OWN + "live.js?g=" + events.generation();
    }

    /** The page with a script element for the reload script, before its {@code </head>} (else at its end). */
    static byte[] withScript(byte[] html, String script) {
        byte[] tag = ("<script src=\"" + script + "\" defer></script>\n").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(html, HEAD_END);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    /** The first place of an ASCII needle, ignoring the case of letters; -1 when none. */
    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (Character.toLowerCase((char) (hay[i + j] & 0xFF)) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String type(String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().set("Location", to);
        send(exchange, 302, "text/plain; charset=utf-8", bytes("302: " + to + "\n"));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the plugin");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Stops serving: ends the event streams, then the server and its threads. */
    @Override
    public void close() {
        events.close();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
