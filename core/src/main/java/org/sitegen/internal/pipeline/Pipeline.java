package org.sitegen.internal.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.internal.build.Stage;
import org.sitegen.internal.export.ExportStage;
import org.sitegen.internal.output.OutputSink;
import org.sitegen.internal.output.StagedOutput;
import org.sitegen.internal.pages.AssetStage;
import org.sitegen.internal.pages.PageStage;
import org.sitegen.internal.search.SearchStage;
import org.sitegen.model.Problem;
import org.sitegen.model.Site;

/**
 * Runs the build's stages in order into a staged output folder and swaps it into place: the one
 * place that knows which stages there are and in what order they run.
 */
public final class Pipeline {
    private final String baseUrl;
    private final Consumer<String> progress;
    private final List<Path> protectedFolders;
    private final UnaryOperator<OutputSink> sinkFilter;
    private final Locale messageLocale;

    /**
     * @param baseUrl the normalised base URL overriding the site's, or null
     * @param messageLocale the language of the warnings; null for the site's
     */
    public Pipeline(String baseUrl, Consumer<String> progress, List<Path> protectedFolders, Locale messageLocale) {
        this(baseUrl, progress, protectedFolders, messageLocale, UnaryOperator.identity());
    }

    /**
     * @param sinkFilter wraps the sink the stages write to; tests use it to inject a full disk or
     *     an I/O error part-way through a build
     */
    Pipeline(String baseUrl, Consumer<String> progress, List<Path> protectedFolders, Locale messageLocale,
            UnaryOperator<OutputSink> sinkFilter) {
        this.messageLocale = messageLocale;
        this.baseUrl = baseUrl;
        this.progress = progress;
        this.protectedFolders = List.copyOf(protectedFolders);
        this.sinkFilter = sinkFilter;
    }

    /** The stages in order: the search index first, since search.html links to it by its version. */
    static List<Stage> stages() {
        return List.of(new SearchStage(), new PageStage(), new AssetStage(), new ExportStage());
    }

    /**
     * What a run wrote.
     *
     * @param outputDirectory the folder the site is now in, absolute
     * @param pages the HTML pages written
     * @param files the files written, pages included
     * @param bytes their total size
     * @param elapsed the wall time of the whole run
     * @param stages the wall time of each stage, in the order they ran
     * @param warnings the warnings of the stages, sorted
     */
    public record Written(Path outputDirectory, int pages, int files, long bytes, Duration elapsed,
            Map<String, Duration> stages, List<Problem> warnings) {}

    /** Builds a site into a folder, replacing it only when every stage succeeded. */
    public Written run(Site site, Path outputDirectory) throws IOException {
        long start = System.nanoTime();
        List<Problem> warnings = Collections.synchronizedList(new ArrayList<>());
        String url = baseUrl != null ? baseUrl : site.baseUrl();
        BuildContext context = new BuildContext(site, url, progress, warnings, messageLocale);
        Map<String, Duration> times = new LinkedHashMap<>();
        try (StagedOutput out = StagedOutput.open(outputDirectory, site.sourceDirectory(), protectedFolders)) {
            OutputSink sink = sinkFilter.apply(out);
            for (Stage stage : stages()) {
                long t = System.nanoTime();
                stage.run(context, sink);
                times.put(stage.name(), Duration.ofNanos(System.nanoTime() - t));
            }
            long t = System.nanoTime();
            out.awaitWrites();
            times.put("write", Duration.ofNanos(System.nanoTime() - t));
            t = System.nanoTime();
            out.commit();
            times.put("swap", Duration.ofNanos(System.nanoTime() - t));
            List<Problem> sorted = new ArrayList<>(warnings);
            sorted.sort(Problem.ORDER);
            return new Written(outputDirectory.toAbsolutePath().normalize(), out.pages(), out.files(), out.bytes(),
                    Duration.ofNanos(System.nanoTime() - start), Collections.unmodifiableMap(times), List.copyOf(sorted));
        }
    }
}
