package org.sitegen.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a rendered site over http on 127.0.0.1, at the root and under a sub-path at once, the way
 * a plain static web server would, with {@code Content-Security-Policy: default-src 'self'} on
 * every response so that a page needing inline script or {@code eval} fails visibly. Scripts are
 * sent without a charset, as many servers do.
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript",
            "css", "text/css",
            "json", "application/json",
            "svg", "image/svg+xml",
            "xml", "application/xml",
            "csv", "text/csv; charset=utf-8",
            "png", "image/png");

    private final HttpServer server;
    private final ExecutorService executor;

    private SiteServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Serves {@code site} at {@code /} and at each of {@code subPaths} (such as {@code /xszg/}).
     */
    public static SiteServer start(Path folder, String... subPaths) {
        return open(folder, "Content-Security-Policy", subPaths);
    }

    /**
     * Like {@link #start}, but the policy is only reported ({@code Content-Security-Policy-Report-Only}):
     * script that breaks it still runs and is reported, so a test of injected script sees it run
     * rather than have the policy hide it.
     */
    public static SiteServer startReportOnly(Path folder, String... subPaths) {
        return open(folder, "Content-Security-Policy-Report-Only", subPaths);
    }

    private static SiteServer open(Path folder, String policyHeader, String... subPaths) {
        Path site = folder.toAbsolutePath().normalize();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> serve(exchange, site, "/", policyHeader));
            for (String sub : subPaths) {
                if (!sub.startsWith("/") || !sub.endsWith("/")) {
                    throw new IllegalArgumentException("sub-path '" + sub + "' must start and end with '/'");
                }
                server.createContext(sub, exchange -> serve(exchange, site, sub, policyHeader));
            }
            ExecutorService executor = Executors.newFixedThreadPool(4);
            server.setExecutor(executor);
            server.start();
            return new SiteServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of the root, e.g. {@code http://127.0.0.1:41234/}. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private static void serve(HttpExchange exchange, Path site, String prefix, String policyHeader)
            throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = path.startsWith(prefix) ? site.resolve(path.substring(prefix.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            exchange.getResponseHeaders().set(policyHeader, "default-src 'self'");
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)
                    || !"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
