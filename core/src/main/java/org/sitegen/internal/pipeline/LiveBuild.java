package org.sitegen.internal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.internal.build.Part;
import org.sitegen.internal.build.Stage;
import org.sitegen.internal.output.MemoryOutput;
import org.sitegen.model.Problem;
import org.sitegen.model.Site;

/**
 * The live build: a site's output held in memory and kept up to date as the site changes, for a
 * preview or an editor. Each {@link #update} plans the stages' {@link Part parts} of the new site
 * and compares each part's key with the one of the previous plan: that tells which output paths
 * were added, changed or removed, without making anything. Parts are made when first {@link #read
 * read}, and kept while their key stays the same; so an edit costs the plan, and then only the
 * pages that are looked at. Reading every path gives the bytes a full build of the same site would
 * write.
 *
 * <p>Pages that were made are kept up to {@link #KEEP_BYTES}, then let go (and made again when read);
 * the parts made from the whole site (search index, open data) are kept until they change.
 *
 * <p>Thread-safe: updates run one at a time; reads run beside them and each other, each on the plan
 * that was current when it started.
 */
public final class LiveBuild {
    /** How many bytes of made pages are kept before they are let go. */
    static final long KEEP_BYTES = 64L << 20;

    private final String baseUrl;
    private final Consumer<String> progress;
    private final Locale messageLocale;
    private final long keepBytes;
    private List<Stage> stages;
    private volatile Plan plan;

    /**
     * @param baseUrl the normalised base URL overriding the site's, or null
     * @param messageLocale the language of the warnings; null for the site's
     */
    public LiveBuild(String baseUrl, Consumer<String> progress, Locale messageLocale) {
        this(baseUrl, progress, messageLocale, KEEP_BYTES);
    }

    LiveBuild(String baseUrl, Consumer<String> progress, Locale messageLocale, long keepBytes) {
        this.baseUrl = baseUrl;
        this.progress = progress;
        this.messageLocale = messageLocale;
        this.keepBytes = keepBytes;
    }

    /**
     * What an update changed, by output path: a folder part (the search index) is named by its
     * folder, ending in '/'.
     *
     * @param added paths the previous site did not have
     * @param changed paths whose part's key changed: their bytes may differ
     * @param removed paths the new site does not have
     * @param warnings the render's warnings for the new site, sorted
     */
    public record Changes(SortedSet<String> added, SortedSet<String> changed, SortedSet<String> removed,
            List<Problem> warnings) {}

    /**
     * Plans a new state of the site.
     *
     * @param site the site as it now is
     * @param remakeAll whether what every part depends on beyond its key changed ({@code site.yaml},
     *     templates, assets): then every part is made anew, with new stage objects
     * @return what changed since the previous update; everything is added on the first
     */
    public synchronized Changes update(Site site, boolean remakeAll) throws IOException {
        Objects.requireNonNull(site, "site must not be null");
        Plan old = plan;
        boolean fresh = remakeAll || old == null;
        if (fresh) {
            stages = Pipeline.stages();
        }
        List<Problem> warnings = Collections.synchronizedList(new ArrayList<>());
        BuildContext context = new BuildContext(site, baseUrl != null ? baseUrl : site.baseUrl(), progress,
                warnings, messageLocale);
        List<Part> parts = new ArrayList<>();
        for (Stage stage : stages) {
            parts.addAll(stage.plan(context));
        }
        Plan next = new Plan(context, parts, keepBytes, fresh ? null : old);
        // Parts are matched by name, each one once: an edit to one finding of 100,000 must not cost
        // much more than a pass over the parts
        SortedSet<String> added = new TreeSet<>();
        SortedSet<String> changed = new TreeSet<>();
        SortedSet<String> removed = new TreeSet<>();
        boolean[] kept = new boolean[old == null ? 0 : old.parts.length];
        boolean[] same = new boolean[next.parts.length];
        int[] at = new int[next.parts.length];
        int cursor = 0;
        for (int i = 0; i < next.parts.length; i++) {
            Part part = next.parts[i];
            // most parts are where they were, with the same name object: looked at there first
            Integer j = fresh ? null
                    : cursor < old.parts.length && old.parts[cursor].name() == part.name() ? Integer.valueOf(cursor)
                    : old.index.get(part.name());
            at[i] = j == null ? -1 : j;
            if (j == null) {
                added.addAll(paths(part));
                continue;
            }
            cursor = j + 1;
            kept[j] = true;
            Part before = old.parts[j];
            same[i] = before == part || Objects.equals(before.key(), part.key()) && before.paths().equals(part.paths())
                    && Objects.equals(before.needs(), part.needs()) && Objects.equals(before.provides(), part.provides());
            if (!same[i]) {
                List<String> was = paths(before);
                for (String path : paths(part)) {
                    (was.contains(path) ? changed : added).add(path);
                }
                for (String path : was) {
                    if (!paths(part).contains(path)) {
                        removed.add(path);
                    }
                }
            }
        }
        for (int j = 0; j < kept.length; j++) {
            if (!kept[j]) {
                removed.addAll(paths(old.parts[j]));
            }
        }
        // a part that reads another's version is made again with it
        for (int i = 0; i < next.parts.length; i++) {
            Part part = next.parts[i];
            if (same[i] && part.needs() != null) {
                Integer provider = next.providers.get(part.needs());
                if (provider == null || !same[provider]) {
                    same[i] = false;
                    changed.addAll(paths(part));
                }
            }
        }
        for (int i = 0; i < next.parts.length; i++) {
            if (same[i]) {
                Made made = old.made.get(at[i]);
                if (made != null && made.isDone()) {
                    next.carry(i, made);
                }
            }
        }
        // a file that moved from one part to another is changed, not gone and new
        for (java.util.Iterator<String> it = removed.iterator(); it.hasNext(); ) {
            String path = it.next();
            if (added.remove(path)) {
                changed.add(path);
                it.remove();
            }
        }
        plan = next;
        List<Problem> sorted = new ArrayList<>(warnings);
        sorted.sort(Problem.ORDER);
        return new Changes(Collections.unmodifiableSortedSet(added), Collections.unmodifiableSortedSet(changed),
                Collections.unmodifiableSortedSet(removed), List.copyOf(sorted));
    }

    /** A part's paths as updates name them: its files, or its folder. */
    private static List<String> paths(Part part) {
        return part.isFolder() ? List.of(part.name()) : part.paths();
    }

    /**
     * A file of the current state, made if it was not yet.
     *
     * @param path an output path such as {@code findings/f1.html}
     * @return its bytes, not to be changed; empty if the site has no such file (or no update ran)
     * @throws IOException if making it failed
     */
    public Optional<byte[]> read(String path) throws IOException {
        Plan p = plan;
        if (p == null) {
            return Optional.empty();
        }
        int i = p.partOf(path);
        if (i < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.made(i).files().get(path));
    }

    /**
     * Every path of the current state, sorted; makes the folder parts (whose files are named only
     * once made).
     */
    public SortedSet<String> paths() throws IOException {
        Plan p = plan;
        SortedSet<String> paths = new TreeSet<>();
        if (p == null) {
            return paths;
        }
        for (int i = 0; i < p.parts.length; i++) {
            if (p.parts[i].isFolder()) {
                paths.addAll(p.made(i).files().keySet());
            } else {
                paths.addAll(p.parts[i].paths());
            }
        }
        return paths;
    }

    /** A part made (or being made) for a plan: its files, and the version it set. */
    private static final class Made {
        final CompletableFuture<Map<String, byte[]>> files = new CompletableFuture<>();
        final boolean keptLimited;
        volatile String version;
        volatile long bytes;

        Made(boolean keptLimited) {
            this.keptLimited = keptLimited;
        }

        boolean isDone() {
            return files.isDone() && !files.isCompletedExceptionally();
        }

        Map<String, byte[]> files() throws IOException {
            try {
                return files.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw new IOException(io.getMessage(), io);
                } else if (cause instanceof UncheckedIOException io) {
                    throw new IOException(io.getCause().getMessage(), io.getCause());
                } else if (cause instanceof RuntimeException re) {
                    throw re;
                } else if (cause instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    /** The parts of one state of the site, and what of them was made. */
    private static final class Plan {
        final BuildContext context;
        final Part[] parts;
        /** Each part's position, by name; a single file's part is named by its path. */
        final Map<String, Integer> index;
        /** The position of the part of each file of a part of several files. */
        final Map<String, Integer> files = new HashMap<>();
        final List<Integer> folders = new ArrayList<>();
        /** The part that sets each version. */
        final Map<String, Integer> providers = new HashMap<>();
        final AtomicReferenceArray<Made> made;
        final AtomicLong keptBytes = new AtomicLong();
        final long keepBytes;

        /**
         * @param old the previous plan, or null: when its parts have the same names, in the same
         *     order, its indexes of names are this plan's too (an edit that adds or removes no
         *     page, of a site of 100,000 findings)
         */
        Plan(BuildContext context, List<Part> parts, long keepBytes, Plan old) {
            this.context = context;
            this.keepBytes = keepBytes;
            this.parts = parts.toArray(new Part[0]);
            this.made = new AtomicReferenceArray<>(this.parts.length);
            boolean sameNames = old != null && old.parts.length == this.parts.length;
            for (int i = 0; sameNames && i < this.parts.length; i++) {
                Part was = old.parts[i];
                Part part = this.parts[i];
                sameNames = was == part || was.name().equals(part.name()) && was.paths().equals(part.paths())
                        && Objects.equals(was.provides(), part.provides());
            }
            if (sameNames) {
                this.index = old.index;
                this.files.putAll(old.files);
                this.folders.addAll(old.folders);
                this.providers.putAll(old.providers);
                return;
            }
            this.index = new HashMap<>(this.parts.length * 4 / 3 + 16);
            for (int i = 0; i < this.parts.length; i++) {
                Part part = this.parts[i];
                if (index.putIfAbsent(part.name(), i) != null) {
                    throw new IllegalStateException("two parts are named " + part.name());
                }
                if (part.isFolder()) {
                    folders.add(i);
                } else if (part.paths().size() != 1 || !part.paths().get(0).equals(part.name())) {
                    for (String path : part.paths()) {
                        if (files.putIfAbsent(path, i) != null) {
                            throw new IllegalStateException("two parts write " + path);
                        }
                    }
                }
                if (part.provides() != null) {
                    providers.put(part.provides(), i);
                }
            }
        }

        /** The position of the part that writes a path; -1 for none. */
        int partOf(String path) {
            Integer i = files.get(path);
            if (i != null) {
                return i;
            }
            i = index.get(path);
            if (i != null && !parts[i].isFolder() && parts[i].paths().contains(path)) {
                return i;
            }
            for (int f : folders) {
                String folder = parts[f].name();
                if (path.startsWith(folder) && path.length() > folder.length()) {
                    return f;
                }
            }
            return -1;
        }

        void carry(int i, Made m) {
            made.set(i, m);
            if (m.keptLimited) {
                keptBytes.addAndGet(m.bytes);
            }
        }

        /** The part made, by this thread or another; waits for it. */
        Made made(int i) throws IOException {
            Made m = made.get(i);
            if (m == null) {
                Part part = parts[i];
                Made mine = new Made(!part.isFolder() && part.provides() == null && part.paths().size() == 1);
                if (made.compareAndSet(i, null, mine)) {
                    make(i, mine);
                    return mine;
                }
                m = made.get(i);
                if (m == null) {
                    return made(i);
                }
            }
            m.files();
            return m;
        }

        private void make(int i, Made mine) throws IOException {
            Part part = parts[i];
            try {
                if (part.needs() != null) {
                    Integer provider = providers.get(part.needs());
                    if (provider != null) {
                        String version = made(provider).version;
                        if (version != null) {
                            context.versions().put(part.needs(), version);
                        }
                    }
                }
                MemoryOutput out = new MemoryOutput();
                part.make(out);
                Map<String, byte[]> written = out.files();
                check(part, written);
                if (part.provides() != null) {
                    mine.version = context.versions().get(part.provides());
                }
                long bytes = 0;
                for (byte[] b : written.values()) {
                    bytes += b.length;
                }
                mine.bytes = bytes;
                mine.files.complete(written);
                if (mine.keptLimited && keptBytes.addAndGet(bytes) > keepBytes) {
                    letGo();
                }
            } catch (IOException | RuntimeException | Error e) {
                made.compareAndSet(i, mine, null);
                mine.files.completeExceptionally(e);
                throw e;
            }
        }

        /** Forgets every page made, to be made again when read. */
        private void letGo() {
            for (int i = 0; i < parts.length; i++) {
                Made m = made.get(i);
                if (m != null && m.keptLimited && m.isDone() && made.compareAndSet(i, m, null)) {
                    keptBytes.addAndGet(-m.bytes);
                }
            }
        }

        private static void check(Part part, Map<String, byte[]> written) {
            boolean ok = part.isFolder()
                    ? written.keySet().stream().allMatch(p -> p.startsWith(part.name()))
                    : written.keySet().equals(Set.copyOf(part.paths()));
            if (!ok) {
                throw new IllegalStateException(part + " wrote " + written.keySet() + ", not what it declared: "
                        + (part.isFolder() ? "files under " + part.name() : part.paths()));
            }
        }
    }
}
