package org.sitegen.maven.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.sitegen.SiteGenerator;

/**
 * A preview started by a test on a small site of its own (two findings of the example site, base
 * URL {@code /xszg/}), on a free port, with its console lines kept; closed by the test, which frees
 * the port and deletes the folder.
 */
final class PreviewSite implements AutoCloseable {
    static final String FINDING = "src/site-gen/findings/06.md";
    static final String TITLE = "平台公司以公益性资产作为租赁物融资";
    static final String PAGE = "findings/leased-public-assets.html";
    /**
     * The quiet period that ends a burst of changes: longer than the preview's own, so that a
     * test's burst of saves stays one burst on a busy machine.
     */
    static final Duration QUIET = Duration.ofMillis(300);

    final Path project;
    final Path source;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final Preview preview;

    private PreviewSite(Path project) throws IOException {
        this.project = project;
        this.source = project.resolve("src/site-gen");
        Path example = Path.of("src/it/run-preview/src/site-gen");
        try (Stream<Path> walk = Files.walk(example)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = source.resolve(example.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Preview.Console console = new Preview.Console() {
            @Override
            public void info(String line) {
                lines.add("INFO " + line);
            }

            @Override
            public void warn(String line) {
                lines.add("WARN " + line);
            }

            @Override
            public void error(String line) {
                lines.add("ERROR " + line);
            }
        };
        Preview started;
        try {
            started = Preview.start(SiteGenerator.builder().build().live(source), null, "127.0.0.1", 0, console,
                    p -> p.format(source, project), project, QUIET);
        } catch (IOException | RuntimeException e) {
            delete(project);
            throw e;
        }
        this.preview = started;
    }

    static PreviewSite start() throws IOException {
        return new PreviewSite(Files.createTempDirectory("sitegen-preview-"));
    }

    /** The address of a page, e.g. {@code http://127.0.0.1:41234/xszg/findings/x.html}. */
    String url(String page) {
        return preview.address() + page;
    }

    String record() {
        try {
            return Files.readString(project.resolve(FINDING), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String text) {
        try {
            Files.writeString(project.resolve(FINDING), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a condition holds, up to a limit; false if it never did. */
    static boolean await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    List<String> lines() {
        return Collections.unmodifiableList(lines);
    }

    @Override
    public void close() {
        try {
            preview.close();
        } finally {
            delete(project);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail a test
        }
    }
}
