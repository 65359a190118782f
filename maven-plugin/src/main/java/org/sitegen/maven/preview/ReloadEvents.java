package org.sitegen.maven.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells open pages to reload, as Server-Sent Events: each page's script ({@code live.js}) holds
 * one stream open. The state of the preview has a generation, raised by every update that changed
 * what pages show; a page is served with the generation it shows, and reloads when the stream says
 * a later one is current (also when the stream is opened after an update, which it would otherwise
 * miss).
 *
 * <p>Each stream holds a thread of the server until the page goes or the preview stops; a comment
 * line is sent every {@link #PING_SECONDS} seconds so that a closed page is found out.
 */
final class ReloadEvents {
    static final int PING_SECONDS = 15;
    private static final long CLOSE = -1;

    private final AtomicLong generation = new AtomicLong(1);
    private final Set<BlockingQueue<Long>> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** The current generation. */
    long generation() {
        return generation.get();
    }

    /** Raises the generation and tells every open page. */
    void reload() {
        long g = generation.incrementAndGet();
        for (BlockingQueue<Long> stream : streams) {
            stream.offer(g);
        }
    }

    /** How many pages listen now. */
    int listeners() {
        return streams.size();
    }

    /** Serves one stream; returns when the page goes or the preview stops. */
    void serve(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
        streams.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 500\nevent: generation\ndata: " + generation.get() + "\n\n");
            while (!closed) {
                Long g = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
                if (g == null) {
                    send(out, ": ping\n\n");
                } else if (g == CLOSE) {
                    break;
                } else {
                    send(out, "event: generation\ndata: " + g + "\n\n");
                }
            }
        } catch (IOException e) {
            // the page went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.remove(queue);
            exchange.close();
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Ends every stream. */
    void close() {
        closed = true;
        for (BlockingQueue<Long> stream : streams) {
            stream.offer(CLOSE);
        }
    }
}
