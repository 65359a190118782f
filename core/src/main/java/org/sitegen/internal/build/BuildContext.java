package org.sitegen.internal.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.sitegen.model.Problem;
import org.sitegen.model.Severity;
import org.sitegen.internal.Message;
import org.sitegen.internal.ProblemBundle;
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
 * @param texts the language warnings are written in
 */
public record BuildContext(Site site, String baseUrl, Consumer<String> progress, List<Problem> warnings,
        Map<String, String> versions, ProblemBundle texts) {
    /**
     * A context with no versions set yet.
     *
     * @param messageLocale the language of the warnings; null for the site's
     */
    public BuildContext(Site site, String baseUrl, Consumer<String> progress, List<Problem> warnings,
            Locale messageLocale) {
        this(site, baseUrl, progress, warnings, new ConcurrentHashMap<>(),
                ProblemBundle.of(messageLocale != null ? messageLocale : site.locale()));
    }

    /** A context with no versions set yet, its warnings in the site's language. */
    public BuildContext(Site site, String baseUrl, Consumer<String> progress, List<Problem> warnings) {
        this(site, baseUrl, progress, warnings, (Locale) null);
    }

    /**
     * Adds a warning about the site as a whole (reported against site.yaml), in the warnings'
     * language.
     *
     * @param key the key of the problem bundles ({@code org/sitegen/problems_*.properties}); its
     *     {@code .hint} is the hint
     * @param pairs the arguments: name, value, name, value…
     */
    public void warn(String key, Object... pairs) {
        Message message = Message.of(key, pairs);
        warnings.add(new Problem(Path.of("site.yaml"), 0, 0, Severity.WARNING, texts.write(message),
                texts.hintOf(message), texts.locale()));
    }
}
