package org.sitegen.internal.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.sitegen.Problem;
import org.sitegen.Severity;
import org.sitegen.model.Site;

/**
 * What every render stage gets: the site, the effective base URL, a progress callback, a
 * thread-safe list to add warnings to, and the versions of the generated files that pages link to.
 *
 * @param site the site
 * @param baseUrl the absolute base URL ending in '/', or null: the generator's override, else
 *     site.yaml's
 * @param progress receives progress lines; thread-safe
 * @param warnings receives warnings; a synchronized list
 * @param versions by output path (e.g. {@code assets/search.js}), a digest of what a file and the
 *     files it loads contain, set by the stage that writes them; pages written later add it to their
 *     links ({@code ?v=…}) so that a browser does not mix files cached from an earlier build with
 *     new ones. Thread-safe.
 */
public record RenderContext(Site site, String baseUrl, Consumer<String> progress, List<Problem> warnings,
        Map<String, String> versions) {
    /** A context with no versions set yet. */
    public RenderContext(Site site, String baseUrl, Consumer<String> progress, List<Problem> warnings) {
        this(site, baseUrl, progress, warnings, new ConcurrentHashMap<>());
    }

    /** Adds a warning about the site as a whole (reported against site.yaml). */
    public void warn(String message, String hint) {
        warnings.add(new Problem(Path.of("site.yaml"), 0, 0, Severity.WARNING, message, hint));
    }
}
