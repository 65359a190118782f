package org.sitegen;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.sitegen.internal.load.RecordCache;
import org.sitegen.internal.load.SourceLoader;
import org.sitegen.internal.pages.TemplateFailure;
import org.sitegen.internal.pipeline.LiveBuild;
import org.sitegen.model.Site;

/**
 * A site kept loaded and rendered in memory while its source folder changes: for a preview server,
 * an editor with a live preview, a review service. Tell it which files changed; it reads and
 * parses only those, checks the records again, and says which output paths that added, changed or
 * removed. Files are rendered when {@link #read} asks for them, and kept until what they show
 * changes.
 *
 * <pre>{@code
 * LiveSite live = SiteGenerator.builder().build().live(Path.of("src/site-gen"));
 * LiveUpdate first = live.update(List.of());               // loads the whole folder
 * byte[] page = live.read("findings/f1.html").orElseThrow();
 * // ... findings/f1.md is saved ...
 * LiveUpdate next = live.update(List.of(Path.of("findings/f1.md")));
 * if (next.changed().contains("findings/f1.html")) { ... }
 * }</pre>
 *
 * <p>Reading every path after any sequence of updates gives, byte for byte, what {@link
 * SiteGenerator#render} writes for the site as the folder now is. While the records have errors,
 * the output stays that of the last site without error, and the update carries the problems.
 *
 * <p>What it costs: an update reads the files named, then checks every record again (ids, numbers,
 * categories, links), taking what the last update made of each record whose file did not change,
 * and plans the pages: a page listing the same records, as the same objects, as before keeps its
 * key without being looked at, so an edit to one finding of 100,000 looks at that finding's
 * category, at the pages that list it, and at the lists it is in (around 0.2 s on a 2-core
 * machine; see the README's "The preview's speed"). A change to {@code site.yaml}, {@code
 * inspections/}, {@code templates/} or {@code assets/} renders everything anew (when read). The
 * search index and the open data list every finding, so any change to a finding makes them again,
 * as a whole, when next read.
 *
 * <p>Thread-safe: updates run one at a time; reads run beside them and each other. A read that
 * runs while an update is made may give a finding page as the update has it.
 *
 * @see SiteGenerator#live(Path)
 */
public final class LiveSite {
    /** What the render reads at the top of a source folder, besides the record folders. */
    private static final Set<String> RENDER_INPUTS = Set.of("site.yaml", "templates", "assets");
    private static final Set<String> RECORD_FOLDERS = Set.of("categories", "findings", "notices", "pages");
    /** The inspections declared in files of their own. */
    private static final String INSPECTIONS = "inspections";

    private final Path sourceDirectory;
    private final Consumer<String> progress;
    private final Locale messageLocale;
    private final RecordCache cache = new RecordCache();
    private final LiveBuild build;
    private LoadResult load;
    private Site site;
    private boolean remakeAll = true;

    LiveSite(Path sourceDirectory, String baseUrl, Consumer<String> progress, Locale messageLocale) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.progress = progress;
        this.messageLocale = messageLocale;
        this.build = new LiveBuild(baseUrl, progress, messageLocale);
    }

    /**
     * The source folder, absolute.
     *
     * @return the folder this live site reads
     */
    public Path sourceDirectory() {
        return sourceDirectory;
    }

    /**
     * Takes in files that changed since the last update: written, created, deleted, or renamed
     * (name both the old and the new name). The first update loads the whole folder, whatever it
     * names. Names of files the site does not read (outside {@code site.yaml}, the record folders,
     * {@code inspections/}, {@code templates/} and {@code assets/}, or hidden in a record folder)
     * change nothing.
     *
     * @param changed paths relative to the source folder, or absolute inside it
     * @return the problems of the records, and what changed in the output
     * @throws IllegalArgumentException if a path is outside the source folder
     * @throws TemplateException if a template of the site's {@code templates/} folder is broken
     * @throws IOException if the render could not read the site's own assets
     */
    public synchronized LiveUpdate update(Collection<Path> changed) throws IOException {
        long start = System.nanoTime();
        List<Path> relevant = new ArrayList<>();
        for (Path p : changed) {
            Path rel = relative(p);
            if (rel.getNameCount() == 0 || rel.toString().isEmpty()) {
                continue;
            }
            String top = rel.getName(0).toString();
            if (RENDER_INPUTS.contains(top)) {
                remakeAll = true;
                relevant.add(rel);
            } else if (top.equals(INSPECTIONS) && !hidden(rel)) {
                // an inspection is site-wide, as one of site.yaml is: what names it may be anywhere
                remakeAll = true;
                relevant.add(rel);
            } else if (RECORD_FOLDERS.contains(top) && !hidden(rel)) {
                relevant.add(rel);
            }
        }
        if (load != null && relevant.isEmpty()) {
            return new LiveUpdate(load, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), List.of(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
        cache.changed(relevant);
        return load(start);
    }

    /**
     * Takes in that anything in the folder may have changed (e.g. a file watcher lost events): reads
     * every file again and renders everything anew (when read).
     *
     * @return what the update changed in the output, or the problems that keep it as it was
     * @throws IOException if a file cannot be read
     */
    public synchronized LiveUpdate updateAll() throws IOException {
        long start = System.nanoTime();
        cache.forgetAll();
        remakeAll = true;
        return load(start);
    }

    private LiveUpdate load(long start) throws IOException {
        SourceLoader.Loaded found = new SourceLoader(progress, messageLocale, cache).load(sourceDirectory);
        LoadResult loaded = new LoadResult(found.root(), found.site(), found.problems());
        load = loaded;
        if (loaded.site().isEmpty()) {
            return new LiveUpdate(loaded, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), List.of(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
        LiveBuild.Changes changes;
        try {
            changes = build.update(loaded.site().get(), remakeAll);
        } catch (TemplateFailure f) {
            throw new TemplateException(f.template(), f.line(), f.detail(), f.getCause());
        }
        remakeAll = false;
        site = loaded.site().get();
        return new LiveUpdate(loaded, changes.added(), changes.changed(), changes.removed(), changes.warnings(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The result of the last load, with its problems.
     *
     * @return the last load's result; null before the first update
     */
    public synchronized LoadResult load() {
        return load;
    }

    /**
     * The site the output is of.
     *
     * @return the last site loaded without error; empty before there was one
     */
    public synchronized Optional<Site> site() {
        return Optional.ofNullable(site);
    }

    /**
     * A file of the output, rendered now if it was not yet: what {@link SiteGenerator#render} would
     * write at that path for the last site loaded without error.
     *
     * @param path the path in the output folder, '/'-separated, e.g. {@code findings/f1.html}
     * @return its bytes, which must not be changed; empty when the site has no such file
     * @throws TemplateException if a template of the site's {@code templates/} folder is broken
     * @throws IOException if the render could not read one of the site's own assets
     */
    public Optional<byte[]> read(String path) throws IOException {
        Objects.requireNonNull(path, "path must not be null");
        try {
            return build.read(path);
        } catch (TemplateFailure f) {
            throw new TemplateException(f.template(), f.line(), f.detail(), f.getCause());
        }
    }

    /**
     * Every path of the output, sorted. Renders the search index if it was not yet, since its file
     * names depend on its content.
     *
     * @return the output's paths, relative to its root, sorted
     * @throws IOException if rendering the search index fails
     */
    public SortedSet<String> paths() throws IOException {
        try {
            return build.paths();
        } catch (TemplateFailure f) {
            throw new TemplateException(f.template(), f.line(), f.detail(), f.getCause());
        }
    }

    private Path relative(Path p) {
        Path abs = p.isAbsolute() ? p.normalize() : sourceDirectory.resolve(p).normalize();
        if (!abs.startsWith(sourceDirectory)) {
            throw new IllegalArgumentException("path '" + p + "' is outside the source folder " + sourceDirectory);
        }
        return sourceDirectory.relativize(abs);
    }

    /** Whether a path in a record folder is hidden (a name starting with '.'), which loads skip. */
    private static boolean hidden(Path rel) {
        for (int i = 1; i < rel.getNameCount(); i++) {
            if (rel.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
