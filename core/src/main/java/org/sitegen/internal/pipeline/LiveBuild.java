package org.sitegen.internal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
        Plan next = new Plan(context, parts, keepBytes);
        Set<String> remade = new java.util.HashSet<>();
        for (Part part : next.parts.values()) {
            if (fresh || !same(old, next, part)) {
                remade.add(part.name());
            }
        }
        for (Part part : next.parts.values()) {
            Made made = fresh ? null : old.made.get(part.name());
            if (made != null && !remade.contains(part.name()) && made.isDone()) {
                next.carry(part.name(), made);
            }
        }
        Map<String, String> before = old == null ? Map.of() : old.partOfPath;
        SortedSet<String> added = new TreeSet<>();
        SortedSet<String> changed = new TreeSet<>();
        SortedSet<String> removed = new TreeSet<>();
        for (Map.Entry<String, String> e : next.partOfPath.entrySet()) {
            String was = before.get(e.getKey());
            if (was == null) {
                added.add(e.getKey());
            } else if (remade.contains(e.getValue()) || !was.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        for (String path : before.keySet()) {
            if (!next.partOfPath.containsKey(path)) {
                removed.add(path);
            }
        }
        plan = next;
        List<Problem> sorted = new ArrayList<>(warnings);
        sorted.sort(Problem.ORDER);
        return new Changes(Collections.unmodifiableSortedSet(added), Collections.unmodifiableSortedSet(changed),
                Collections.unmodifiableSortedSet(removed), List.copyOf(sorted));
    }

    /** Whether a part is as it was: same key, and the same for the part whose version it reads. */
    private static boolean same(Plan old, Plan next, Part part) {
        Part before = old.parts.get(part.name());
        if (before == null || !Objects.equals(before.key(), part.key())
                || !before.paths().equals(part.paths()) || !Objects.equals(before.needs(), part.needs())) {
            return false;
        }
        if (part.needs() == null) {
            return true;
        }
        String provider = next.providers.get(part.needs());
        return provider != null && provider.equals(old.providers.get(part.needs()))
                && same(old, next, next.parts.get(provider));
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
        String name = p.partOf(path);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.made(name).files().get(path));
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
        for (Part part : p.parts.values()) {
            if (part.isFolder()) {
                paths.addAll(p.made(part.name()).files().keySet());
            } else {
                paths.addAll(part.paths());
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
        final Map<String, Part> parts = new LinkedHashMap<>();
        /** Each output path (a folder part by its folder), with the name of its part. */
        final Map<String, String> partOfPath = new HashMap<>();
        final List<String> folders = new ArrayList<>();
        /** The part that sets each version. */
        final Map<String, String> providers = new HashMap<>();
        final Map<String, Made> made = new ConcurrentHashMap<>();
        final AtomicLong keptBytes = new AtomicLong();
        final long keepBytes;

        Plan(BuildContext context, List<Part> parts, long keepBytes) {
            this.context = context;
            this.keepBytes = keepBytes;
            for (Part part : parts) {
                if (this.parts.putIfAbsent(part.name(), part) != null) {
                    throw new IllegalStateException("two parts are named " + part.name());
                }
                List<String> paths = part.isFolder() ? List.of(part.name()) : part.paths();
                for (String path : paths) {
                    if (partOfPath.putIfAbsent(path, part.name()) != null) {
                        throw new IllegalStateException("two parts write " + path);
                    }
                }
                if (part.isFolder()) {
                    folders.add(part.name());
                }
                if (part.provides() != null) {
                    providers.put(part.provides(), part.name());
                }
            }
        }

        String partOf(String path) {
            String name = partOfPath.get(path);
            if (name != null && !parts.get(name).isFolder()) {
                return name;
            }
            for (String folder : folders) {
                if (path.startsWith(folder) && path.length() > folder.length()) {
                    return folder;
                }
            }
            return null;
        }

        void carry(String name, Made made) {
            this.made.put(name, made);
            if (made.keptLimited) {
                keptBytes.addAndGet(made.bytes);
            }
        }

        /** The part made, by this thread or another; waits for it. */
        Made made(String name) throws IOException {
            Made m = made.get(name);
            if (m == null) {
                Part part = parts.get(name);
                Made mine = new Made(!part.isFolder() && part.provides() == null && part.paths().size() == 1);
                m = made.putIfAbsent(name, mine);
                if (m == null) {
                    make(part, mine);
                    return mine;
                }
            }
            m.files();
            return m;
        }

        private void make(Part part, Made mine) throws IOException {
            try {
                if (part.needs() != null) {
                    String provider = providers.get(part.needs());
                    if (provider != null) {
                        String version = made(provider).version;
                        if (version != null) {
                            context.versions().put(part.needs(), version);
                        }
                    }
                }
                MemoryOutput out = new MemoryOutput();
                part.make(out);
                Map<String, byte[]> files = out.files();
                check(part, files);
                if (part.provides() != null) {
                    mine.version = context.versions().get(part.provides());
                }
                long bytes = 0;
                for (byte[] b : files.values()) {
                    bytes += b.length;
                }
                mine.bytes = bytes;
                mine.files.complete(files);
                if (mine.keptLimited && keptBytes.addAndGet(bytes) > keepBytes) {
                    letGo();
                }
            } catch (IOException | RuntimeException | Error e) {
                made.remove(part.name(), mine);
                mine.files.completeExceptionally(e);
                throw e;
            }
        }

        /** Forgets every page made, to be made again when read. */
        private void letGo() {
            for (Map.Entry<String, Made> e : made.entrySet()) {
                Made m = e.getValue();
                if (m.keptLimited && m.isDone() && made.remove(e.getKey(), m)) {
                    keptBytes.addAndGet(-m.bytes);
                }
            }
        }

        private static void check(Part part, Map<String, byte[]> files) {
            boolean ok = part.isFolder()
                    ? files.keySet().stream().allMatch(p -> p.startsWith(part.name()))
                    : files.keySet().equals(Set.copyOf(part.paths()));
            if (!ok) {
                throw new IllegalStateException(part + " wrote " + files.keySet() + ", not what it declared: "
                        + (part.isFolder() ? "files under " + part.name() : part.paths()));
            }
        }
    }
}
