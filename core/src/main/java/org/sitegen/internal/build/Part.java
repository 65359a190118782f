package org.sitegen.internal.build;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sitegen.internal.output.OutputSink;

/**
 * A piece of a stage's output that can be made on its own, with the inputs it depends on: a page,
 * or files that are made together (the search index, the sitemap and its parts). A full build makes
 * every part; the live build ({@code internal.pipeline.LiveBuild}) keeps what it made and makes a
 * part again only when its {@link #key() key} changed, and only when it is asked for.
 *
 * <p>The key stands for everything the part's bytes depend on that can change between two loads of
 * the same source folder with the same {@code site.yaml}, templates and assets (a change to those
 * remakes every part): two plans that give a part equal keys must give it the same bytes. Keys are
 * compared with {@link Object#equals}; records and lists of them make good keys. Equal keys with
 * different bytes would be a bug the live build cannot see; a key that changes while the bytes do
 * not only costs time.
 *
 * <p>A part that reads a version another part sets ({@link BuildContext#versions()}, e.g. {@code
 * search.html} reads the search index's) {@link #needs() needs} it: it is made after that part, and
 * again whenever that part is.
 */
public final class Part {
    /** Makes a part's files. */
    @FunctionalInterface
    public interface Maker {
        /** Writes the part's files; may write from several threads. */
        void make(OutputSink out) throws IOException;
    }

    private final String name;
    private final List<String> paths;
    private final Object key;
    private final String needs;
    private final String provides;
    private final Maker maker;

    private Part(String name, List<String> paths, Object key, String needs, String provides, Maker maker) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.paths = List.copyOf(paths);
        this.key = key;
        this.needs = needs;
        this.provides = provides;
        this.maker = Objects.requireNonNull(maker, "maker must not be null");
    }

    /** A part that writes one file. */
    public static Part file(String path, Object key, Maker maker) {
        return new Part(path, List.of(path), key, null, null, maker);
    }

    /**
     * A part that writes the given files, known ahead, together.
     *
     * @param name its name, e.g. the first path
     */
    public static Part files(String name, List<String> paths, Object key, Maker maker) {
        return new Part(name, paths, key, null, null, maker);
    }

    /**
     * A part that writes files under a folder whose names are known only once it is made (the
     * search index's parts); it writes nothing outside the folder.
     *
     * @param folder the folder, ending in '/', e.g. {@code assets/search/}
     */
    public static Part folder(String folder, Object key, Maker maker) {
        if (!folder.endsWith("/")) {
            throw new IllegalArgumentException("folder '" + folder + "' must end in '/'");
        }
        return new Part(folder, List.of(), key, null, null, maker);
    }

    /** This part, reading the version another part sets under this name. */
    public Part needs(String version) {
        return new Part(name, paths, key, Objects.requireNonNull(version), provides, maker);
    }

    /** This part, setting a version under this name when made. */
    public Part provides(String version) {
        return new Part(name, paths, key, needs, Objects.requireNonNull(version), maker);
    }

    /** A key of several values, any of them null, equal when they all are. */
    public static Object key(Object... values) {
        return Arrays.asList(values.clone());
    }

    /** The part's name: its path, or its folder ending in '/'. Unique in a plan. */
    public String name() {
        return name;
    }

    /** The files it writes, when known ahead; empty for a {@link #folder folder} part. */
    public List<String> paths() {
        return paths;
    }

    /** Whether its files are known only once made: then all are under {@link #name()}. */
    public boolean isFolder() {
        return paths.isEmpty();
    }

    /** What its bytes depend on; see the class comment. */
    public Object key() {
        return key;
    }

    /** The version it reads, or null. */
    public String needs() {
        return needs;
    }

    /** The version it sets, or null. */
    public String provides() {
        return provides;
    }

    /** Makes its files. */
    public void make(OutputSink out) throws IOException {
        maker.make(out);
    }

    @Override
    public String toString() {
        return "Part[" + name + "]";
    }
}
