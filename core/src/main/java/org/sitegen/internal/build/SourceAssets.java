package org.sitegen.internal.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files of a site's own {@code assets/} folder that a build publishes: the one rule by which
 * the asset stage copies them and the search stage knows which search script the site really gets.
 * A file counts when it is a regular file, or a symbolic link to a file inside the folder; a link
 * that leads out of the folder does not (the stage warns). The folder itself may be a symbolic
 * link, to a folder inside the source folder (the loader reports one that leads out of it as an
 * error; here it counts as no folder).
 */
public final class SourceAssets {
    private static final SourceAssets NONE = new SourceAssets(null);

    /** The folder's real path, or null when the site has none. */
    private final Path root;

    private SourceAssets(Path root) {
        this.root = root;
    }

    /** The assets of a source folder (null: a site built from no folder, which has none). */
    public static SourceAssets of(Path source) throws IOException {
        if (source == null) {
            return NONE;
        }
        Path folder = source.resolve("assets");
        if (!Files.isDirectory(folder)) {
            return NONE;
        }
        Path real = folder.toRealPath();
        return real.startsWith(source.toRealPath()) ? new SourceAssets(real) : NONE;
    }

    /**
     * The files that count, by their paths inside the folder ({@code /}-separated), sorted.
     *
     * @param leadsOut receives the path of each symbolic link that leads out of the folder
     */
    public List<String> names(Consumer<String> leadsOut) throws IOException {
        if (root == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(p)) {
                    if (!p.toRealPath().startsWith(root)) {
                        leadsOut.accept(name(p));
                        continue;
                    }
                    if (Files.isDirectory(p)) {
                        continue;
                    }
                } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                names.add(name(p));
            }
        }
        names.sort(String::compareTo);
        return names;
    }

    /** The file to publish at {@code assets/<name>}, or null when the site has none that counts. */
    public Path file(String name) throws IOException {
        if (root == null) {
            return null;
        }
        Path p = root.resolve(name);
        if (Files.isSymbolicLink(p)) {
            return p.toRealPath().startsWith(root) && !Files.isDirectory(p) ? p : null;
        }
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? p : null;
    }

    private String name(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
