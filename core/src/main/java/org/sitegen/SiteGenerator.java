package org.sitegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitegen.internal.Language;
import org.sitegen.internal.load.SourceLoader;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.output.OutputFolderRefused;
import org.sitegen.internal.pages.TemplateFailure;
import org.sitegen.internal.pipeline.Pipeline;
import org.sitegen.model.Site;

/**
 * The entry point: loads finding records into a {@link Site} and renders a site into a folder.
 *
 * <pre>{@code
 * SiteGenerator generator = SiteGenerator.builder().build();
 * LoadResult loaded = generator.load(Path.of("src/site-gen"));
 * loaded.problems().forEach(System.err::println);
 * if (loaded.site().isPresent()) {
 *     RenderReport report = generator.render(loaded.site().get(), Path.of("target/site-gen"));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: one generator may load and render many sites at once. Content
 * problems never throw: {@link #load} returns them as values. Wrong arguments throw {@link
 * IllegalArgumentException}; I/O failures throw {@link IOException}.
 */
public final class SiteGenerator {
    private final String baseUrl;
    private final Consumer<String> progress;
    private final List<Path> protectedFolders;
    private final Locale messageLocale;

    private SiteGenerator(Builder builder) {
        this.messageLocale = builder.messageLocale;
        this.baseUrl = builder.baseUrl;
        this.progress = builder.progress;
        this.protectedFolders = List.copyOf(builder.protectedFolders);
    }

    /**
     * Starts configuring a generator.
     *
     * @return a builder with the defaults: problems in the site's language, no extra protected
     *     folder, the {@code baseUrl} of {@code site.yaml}, no progress lines
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and validates a source folder (DESIGN.md, "Source format"). Every problem of every
     * record is collected in one pass, written in the language of {@link Builder#messageLocale}.
     *
     * @param sourceDirectory the folder holding {@code site.yaml}
     * @return the site, or the problems that prevent it; never throws for bad content
     */
    public LoadResult load(Path sourceDirectory) {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory must not be null");
        SourceLoader.Loaded loaded = new SourceLoader(progress, messageLocale).load(sourceDirectory);
        return new LoadResult(loaded.root(), loaded.site(), loaded.problems(), loaded.externalLinks());
    }

    /**
     * Renders a site into a folder: pages, search index, open data and assets. The site is written
     * beside the folder and swapped in at the end, so a failed render leaves the folder as it was.
     *
     * @param site the site to render
     * @param outputDirectory the folder to write; replaced as a whole
     * @return what was written
     * @throws IOException if writing fails; the previous folder is then untouched
     * @throws TemplateException if a template of the site's {@code templates/} folder is broken
     * @throws IllegalArgumentException if the output folder is unsafe to replace (the source
     *     folder, one of its parents, a file-system root or the home folder), saying why in the
     *     language of {@link Builder#messageLocale}, else the site's
     */
    public RenderReport render(Site site, Path outputDirectory) throws IOException {
        Objects.requireNonNull(site, "site must not be null");
        Objects.requireNonNull(outputDirectory, "outputDirectory must not be null");
        Pipeline.Written w;
        try {
            w = new Pipeline(baseUrl, progress, protectedFolders, messageLocale).run(site, outputDirectory);
        } catch (TemplateFailure f) {
            throw new TemplateException(f.template(), f.line(), f.detail(), f.getCause());
        } catch (OutputFolderRefused e) {
            // said in the language of the problems: the one chosen, else the site's
            throw e.in(messageLocale != null ? messageLocale : site.locale());
        }
        return new RenderReport(w.outputDirectory(), w.pages(), w.files(), w.bytes(), w.elapsed(), w.stages(),
                w.warnings());
    }

    /**
     * Loads, then renders when the records have no error.
     *
     * @param sourceDirectory the folder holding {@code site.yaml}
     * @param outputDirectory the folder to write; replaced as a whole, and left alone when the
     *     records have an error
     * @return the load's problems, and the render's report when there was one
     * @throws IOException if writing fails; the previous folder is then untouched
     * @throws TemplateException if a template of the site's {@code templates/} folder is broken
     * @throws IllegalArgumentException if the output folder is unsafe to replace (see {@link
     *     #render})
     */
    public BuildResult build(Path sourceDirectory, Path outputDirectory) throws IOException {
        LoadResult loaded = load(sourceDirectory);
        if (loaded.site().isEmpty()) {
            return new BuildResult(loaded, Optional.empty());
        }
        return new BuildResult(loaded, Optional.of(render(loaded.site().get(), outputDirectory)));
    }

    /**
     * A live site on a source folder: kept loaded and rendered in memory, updated file by file as
     * the folder changes, for a preview or an editor. Nothing is read until its first {@link
     * LiveSite#update update}.
     *
     * @param sourceDirectory the folder holding {@code site.yaml}
     * @return a live site that has read nothing yet
     */
    public LiveSite live(Path sourceDirectory) {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory must not be null");
        return new LiveSite(sourceDirectory, baseUrl, progress, messageLocale);
    }

    /** Configures a {@link SiteGenerator}. */
    public static final class Builder {
        private String baseUrl;
        private Consumer<String> progress = line -> {};
        private final List<Path> protectedFolders = new ArrayList<>();
        private Locale messageLocale;

        private Builder() {}

        /**
         * The language of the problems {@link #load} reports (message and hint), and of the
         * warnings of {@link #render} (e.g. no {@code baseUrl}, so no sitemap): Simplified
         * Chinese ({@code zh}, e.g. {@link Locale#SIMPLIFIED_CHINESE}) or English ({@code en}).
         *
         * <p>By default (null) problems are written in the site's language, like its pages: the
         * {@code locale} of {@code site.yaml}, Chinese when it sets none. Problems are collected
         * first and written out at the end of the load, once {@code site.yaml} has been read, so
         * its own problems are in its language too. When {@code site.yaml} cannot be read into
         * settings (it is not UTF-8, its YAML is broken, it has errors), a top-level line {@code
         * locale: en} in it still decides; without one, the language is Chinese.
         *
         * @param locale {@code zh} or {@code en} (the language counts, not the country); null for
         *     the site's language
         * @return this builder
         * @throws IllegalArgumentException for another language
         */
        public Builder messageLocale(Locale locale) {
            if (locale != null && !Language.isSupported(locale)) {
                throw new IllegalArgumentException("messageLocale '" + locale.toLanguageTag()
                        + "' must be zh-CN or en");
            }
            this.messageLocale = locale == null ? null
                    : Language.of(locale).locale();
            return this;
        }

        /**
         * A folder the output folder must never be or contain, besides the source folder, the
         * home folder and the working folder, which are always protected (e.g. a Maven project's
         * base folder). A render replaces its output folder as a whole.
         *
         * @param folder a folder to protect; may be called again for more
         * @return this builder
         */
        public Builder protect(Path folder) {
            protectedFolders.add(Objects.requireNonNull(folder, "folder must not be null"));
            return this;
        }

        /**
         * The absolute URL the site will be published at, overriding {@code baseUrl} of {@code
         * site.yaml}; used in the sitemap and feed.
         *
         * @param baseUrl an absolute http or https URL, a final {@code /} added when missing;
         *     null or blank to use the one of {@code site.yaml}
         * @return this builder
         * @throws IllegalArgumentException if it is not an absolute http or https URL
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = SitePaths.baseUrl(baseUrl);
            return this;
        }

        /**
         * Receives a line of progress now and then on long work (e.g. "rendered 5000/10000
         * pages"). Called from worker threads; must be thread-safe.
         *
         * @param progress the receiver of the lines; by default they are dropped
         * @return this builder
         */
        public Builder progress(Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress, "progress must not be null");
            return this;
        }

        /**
         * Makes the generator.
         *
         * @return an immutable generator; later changes to this builder do not affect it
         */
        public SiteGenerator build() {
            return new SiteGenerator(this);
        }
    }
}
