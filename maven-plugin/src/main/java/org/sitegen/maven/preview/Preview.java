package org.sitegen.maven.preview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.sitegen.LiveSite;
import org.sitegen.LiveUpdate;
import org.sitegen.TemplateException;
import org.sitegen.model.Problem;
import org.sitegen.model.Site;

/**
 * The preview of {@code mvn site-gen:run}: a {@link LiveSite} served over HTTP ({@link
 * PreviewServer}), updated when its source folder changes ({@link SourceWatcher}), with every open
 * page told to reload ({@link ReloadEvents}). While the records have errors, every page is the list
 * of problems, which the console prints too; fixing the records brings the pages back.
 *
 * <p>Runs on its own threads from {@link #start} until {@link #close}.
 */
public final class Preview implements AutoCloseable {
    /** How long the folder must be quiet before a burst of changes is taken in: one update per burst. */
    public static final Duration QUIET = Duration.ofMillis(15);

    /** Where the preview says what it does: Maven's log, or a test's. */
    public interface Console {
        void info(String line);

        void warn(String line);

        void error(String line);
    }

    /** The port asked for is taken. */
    public static final class PortInUseException extends IOException {
        private static final long serialVersionUID = 1L;

        PortInUseException(String host, int port, Throwable cause) {
            super("port " + port + " on " + host + " is in use", cause);
        }
    }

    /**
     * What the server shows now.
     *
     * @param basePath the path the site is served under, '/'-ended: the path of the base URL
     * @param problems the problems to show instead of every page, or null when the site is fine
     * @param template whether the problem is a broken template
     * @param chinese whether the problems are in Chinese
     */
    record State(String basePath, List<ProblemPage.Shown> problems, boolean template, boolean chinese) {}

    private final LiveSite site;
    private final String baseUrl;
    private final Console console;
    private final Function<Problem, String> format;
    private final Path shownFrom;
    private final ReloadEvents events = new ReloadEvents();
    private volatile State state = new State("/", null, false, true);
    private PreviewServer server;
    private SourceWatcher watcher;
    private String host;

    private Preview(LiveSite site, String baseUrl, Console console, Function<Problem, String> format, Path shownFrom) {
        this.site = site;
        this.baseUrl = baseUrl;
        this.console = console;
        this.format = format;
        this.shownFrom = shownFrom;
    }

    /**
     * Binds the port, loads the site (the first build), then serves it and watches its folder.
     *
     * @param baseUrl the base URL that overrides {@code site.yaml}'s, or null
     * @param port the port; 0 for any free one
     * @param format how the console writes a problem, e.g. {@code path:line:column: message (hint)}
     * @param shownFrom the folder the problem page shows paths relative to (the project's)
     * @throws PortInUseException if the port is taken
     * @throws IOException if the folder cannot be watched
     */
    public static Preview start(LiveSite site, String baseUrl, String host, int port, Console console,
            Function<Problem, String> format, Path shownFrom) throws IOException {
        return start(site, baseUrl, host, port, console, format, shownFrom, QUIET);
    }

    /** As the other, with the quiet period of a burst of changes; for tests. */
    static Preview start(LiveSite site, String baseUrl, String host, int port, Console console,
            Function<Problem, String> format, Path shownFrom, Duration quiet) throws IOException {
        Preview preview = new Preview(site, baseUrl, console, format, shownFrom);
        preview.host = host;
        preview.server = PreviewServer.bind(host, port, site, preview.events, () -> preview.state);
        try {
            long start = System.nanoTime();
            preview.first(start);
            preview.server.start();
            preview.watcher = SourceWatcher.start(site.sourceDirectory(), quiet, preview::changed);
            console.info("site-gen: serving at " + preview.address() + " (Ctrl+C stops)");
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    /** The address of the site's home page. */
    public URI address() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shownHost + ":" + server.port() + state.basePath());
    }

    /** The port it serves on. */
    public int port() {
        return server.port();
    }

    private void first(long start) {
        LiveUpdate first;
        try {
            first = site.update(List.of());
        } catch (IOException | TemplateException e) {
            broken(e);
            return;
        }
        took(first);
        Site s = site.site().orElse(null);
        if (s != null) {
            try {
                site.read("index.html");
            } catch (IOException | TemplateException e) {
                broken(e);
                return;
            }
            console.info(String.format(Locale.ROOT, "site-gen: %d findings in %d categories, first build %.1f s",
                    s.findings().size(), s.categories().size(), (System.nanoTime() - start) / 1e9));
        }
    }

    /** Takes in a batch of changes from the watcher. */
    private void changed(Set<Path> paths, boolean lost) {
        State before = state;
        LiveUpdate update;
        try {
            update = lost ? site.updateAll() : site.update(paths);
        } catch (IOException | TemplateException | IllegalArgumentException e) {
            broken(e);
            events.reload();
            return;
        }
        boolean hadProblems = before.problems() != null;
        took(update);
        if (!update.isEmpty() || update.hasErrors() || hadProblems) {
            events.reload();
        }
        if (!update.hasErrors() && (!update.isEmpty() || hadProblems)) {
            console.info("site-gen: " + what(paths, lost) + ": " + update.added().size() + " added, "
                    + update.changed().size() + " changed, " + update.removed().size() + " removed ("
                    + update.elapsed().toMillis() + " ms)" + (hadProblems ? "; no more errors, the pages are back" : ""));
        }
    }

    /** Takes in the result of an update: the state to serve, and the problems to print. */
    private void took(LiveUpdate update) {
        String basePath = basePath(site.site().orElse(null));
        if (!update.hasErrors()) {
            boolean moved = !basePath.equals(state.basePath());
            state = new State(basePath, null, false, true);
            for (Problem p : update.load().warnings()) {
                console.warn(format.apply(p));
            }
            for (Problem p : update.warnings()) {
                console.warn(format.apply(p));
            }
            if (moved && server != null && watcher != null) {
                console.info("site-gen: the base URL changed: serving at " + address());
            }
            return;
        }
        List<ProblemPage.Shown> shown = new ArrayList<>();
        for (Problem p : update.load().problems()) {
            shown.add(new ProblemPage.Shown(place(p), p.message(), p.hint(), p.isError()));
            if (p.isError()) {
                console.error(format.apply(p));
            } else {
                console.warn(format.apply(p));
            }
        }
        List<Problem> errors = update.load().errors();
        boolean chinese = errors.isEmpty() || ProblemPage.chinese(errors.get(0).locale());
        console.error("site-gen: " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + "; every page of the preview shows them until they are fixed");
        state = new State(basePath, shown, false, chinese);
    }

    /** A template or the disk failed: the pages show it until the next update. */
    private void broken(Exception e) {
        String place = e instanceof TemplateException t ? "templates/" + t.template() + (t.line() > 0 ? ":" + t.line() : "")
                : site.sourceDirectory().toString();
        console.error("site-gen: " + place + ": " + e.getMessage());
        state = new State(state.basePath(), List.of(new ProblemPage.Shown(place, String.valueOf(e.getMessage()), "", true)),
                e instanceof TemplateException, state.chinese());
    }

    /** A problem's place as the problem page shows it: {@code file:line:column}, the file relative to the project. */
    private String place(Problem p) {
        Path abs = site.sourceDirectory().resolve(p.file()).normalize();
        String file;
        try {
            file = shownFrom.relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            file = abs.toString();
        }
        StringBuilder sb = new StringBuilder(file);
        if (p.line() > 0) {
            sb.append(':').append(p.line());
            if (p.column() > 0) {
                sb.append(':').append(p.column());
            }
        }
        return sb.toString();
    }

    private String what(Set<Path> paths, boolean lost) {
        if (lost || paths.isEmpty()) {
            return "the source folder changed";
        }
        // name a file that is there now (an editor's temporary file is gone by now)
        Path named = paths.stream().filter(java.nio.file.Files::isRegularFile).findFirst()
                .orElse(paths.iterator().next());
        String first = site.sourceDirectory().relativize(named).toString().replace('\\', '/');
        return paths.size() == 1 ? first : first + " and " + (paths.size() - 1) + " more";
    }

    /** The path the site is served under: that of the base URL, else the root. */
    private String basePath(Site s) {
        String url = baseUrl != null ? baseUrl : s != null ? s.baseUrl() : null;
        if (url == null) {
            return s == null ? state.basePath() : "/";
        }
        try {
            String path = URI.create(url.strip()).getPath();
            if (path == null || path.isEmpty()) {
                return "/";
            }
            return path.endsWith("/") ? path : path + "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** Stops watching and serving. */
    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            console.warn("site-gen: could not stop watching " + site.sourceDirectory() + ": " + e);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Preview[" + Objects.toString(server == null ? null : address()) + "]";
    }
}
