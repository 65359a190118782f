package org.sitegen.internal.render;

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
import org.sitegen.Problem;
import org.sitegen.RenderReport;
import org.sitegen.internal.export.ExportStage;
import org.sitegen.internal.output.OutputSink;
import org.sitegen.internal.output.StagedOutput;
import org.sitegen.internal.search.SearchStage;
import org.sitegen.model.Site;

/** Runs the render stages into a staged output folder and swaps it into place. */
public final class SiteRenderer {
    private final String baseUrl;
    private final Consumer<String> progress;
    private final List<Path> protectedFolders;
    private final UnaryOperator<OutputSink> sinkFilter;
    private final Locale messageLocale;

    /** @param messageLocale the language of the warnings; null for the site's */
    public SiteRenderer(String baseUrl, Consumer<String> progress, List<Path> protectedFolders, Locale messageLocale) {
        this(baseUrl, progress, protectedFolders, messageLocale, UnaryOperator.identity());
    }

    /**
     * @param sinkFilter wraps the sink the stages write to; tests use it to inject a full disk or
     *     an I/O error part-way through a render
     */
    SiteRenderer(String baseUrl, Consumer<String> progress, List<Path> protectedFolders, Locale messageLocale,
            UnaryOperator<OutputSink> sinkFilter) {
        this.messageLocale = messageLocale;
        this.baseUrl = baseUrl;
        this.progress = progress;
        this.protectedFolders = List.copyOf(protectedFolders);
        this.sinkFilter = sinkFilter;
    }

    /** The stages in order: the search index first, since search.html links to it by its version. */
    static List<RenderStage> stages() {
        return List.of(new SearchStage(), new PageStage(), new AssetStage(), new ExportStage());
    }

    public RenderReport render(Site site, Path outputDirectory) throws IOException {
        long start = System.nanoTime();
        List<Problem> warnings = Collections.synchronizedList(new ArrayList<>());
        String url = baseUrl != null ? baseUrl : site.baseUrl();
        RenderContext context = new RenderContext(site, url, progress, warnings, messageLocale);
        Map<String, Duration> times = new LinkedHashMap<>();
        try (StagedOutput out = StagedOutput.open(outputDirectory, site.sourceDirectory(), protectedFolders)) {
            OutputSink sink = sinkFilter.apply(out);
            for (RenderStage stage : stages()) {
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
            return new RenderReport(outputDirectory.toAbsolutePath().normalize(), out.pages(), out.files(),
                    out.bytes(), Duration.ofNanos(System.nanoTime() - start), times, sorted);
        }
    }
}
