package org.sitegen.internal.render;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.sitegen.Problem;
import org.sitegen.Severity;
import org.sitegen.model.Site;

/**
 * What every render stage gets: the site, the effective base URL, a progress callback and a
 * thread-safe list to add warnings to.
 *
 * @param site the site
 * @param baseUrl the absolute base URL ending in '/', or null: the generator's override, else
 *     site.yaml's
 * @param progress receives progress lines; thread-safe
 * @param warnings receives warnings; a synchronized list
 */
public record RenderContext(Site site, String baseUrl, Consumer<String> progress, List<Problem> warnings) {
    /** Adds a warning about the site as a whole (reported against site.yaml). */
    public void warn(String message, String hint) {
        warnings.add(new Problem(Path.of("site.yaml"), 0, 0, Severity.WARNING, message, hint));
    }
}
