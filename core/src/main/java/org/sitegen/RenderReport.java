package org.sitegen;

import org.sitegen.model.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link SiteGenerator#render} wrote.
 *
 * @param outputDirectory the folder the site is now in
 * @param pages the number of HTML pages written
 * @param files the number of files written, pages included
 * @param bytes the total size of the files written
 * @param elapsed the wall time of the whole render
 * @param stages the wall time of each stage, in the order they ran
 * @param warnings problems worth fixing that did not stop the render (e.g. no {@code baseUrl},
 *     so no sitemap)
 */
public record RenderReport(
        Path outputDirectory,
        int pages,
        int files,
        long bytes,
        Duration elapsed,
        Map<String, Duration> stages,
        List<Problem> warnings) {
    /**
     * Checks the report and copies its stages and warnings.
     *
     * @param outputDirectory the folder the site is now in
     * @param pages the number of HTML pages written
     * @param files the number of files written, pages included
     * @param bytes the total size of the files written
     * @param elapsed the wall time of the whole render
     * @param stages the wall time of each stage, in the order they ran
     * @param warnings problems worth fixing that did not stop the render (e.g. no {@code
     *     baseUrl}, so no sitemap)
     * @throws NullPointerException if the output folder, the elapsed time, the stages or
     *     the warnings are null
     */
    public RenderReport {
        Objects.requireNonNull(outputDirectory, "outputDirectory must not be null");
        Objects.requireNonNull(elapsed, "elapsed must not be null");
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
        warnings = List.copyOf(warnings);
    }
}
