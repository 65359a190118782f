package org.sitegen.internal.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.internal.Msg;

/**
 * Refuses output folders that a build must never replace: the swap at the end of a build deletes
 * the previous output folder, so it must not be, or contain, anything else of value.
 */
public final class OutputSafety {
    /** The file that marks a folder as written by site-gen, so it may be replaced. */
    public static final String MARKER = ".site-gen";

    private OutputSafety() {}

    /**
     * @param output the output folder
     * @param source the source folder, or null
     * @param protectedFolders further folders the output must not be or contain (e.g. the Maven
     *     project's base folder)
     * @throws OutputFolderRefused saying why the folder is refused (in English; {@link
     *     OutputFolderRefused#in} says it in the clerk's language)
     */
    public static void check(Path output, Path source, List<Path> protectedFolders) {
        Path out = real(output);
        if (out.getParent() == null || out.getNameCount() == 0) {
            throw refused("output.root", output);
        }
        List<Guarded> guarded = new ArrayList<>();
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty()) {
            guarded.add(new Guarded(real(Path.of(home)), Msg.of("output.home")));
        }
        guarded.add(new Guarded(real(Path.of("")), Msg.of("output.workingFolder")));
        for (Path p : protectedFolders) {
            guarded.add(new Guarded(real(p), Msg.of("output.projectFolder", "folder", p)));
        }
        if (source != null) {
            Path src = real(source);
            if (out.equals(src)) {
                throw refused("output.isSource", output);
            }
            if (src.startsWith(out)) {
                throw refused("output.containsSource", output, "source", source);
            }
            if (out.startsWith(src)) {
                throw refused("output.insideSource", output, "source", source);
            }
        }
        for (Guarded g : guarded) {
            if (g.folder().startsWith(out)) {
                throw refused(g.folder().equals(out) ? "output.isGuarded" : "output.containsGuarded", output,
                        "guarded", g.name());
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw refused("output.notOurs", output);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw refused("output.isFile", output);
        }
    }

    /** A refusal by its bundle key, whose hint is the key's {@code .hint}. */
    private static OutputFolderRefused refused(String key, Path output, Object... more) {
        Object[] pairs = new Object[more.length + 2];
        pairs[0] = "folder";
        pairs[1] = output;
        System.arraycopy(more, 0, pairs, 2, more.length);
        return new OutputFolderRefused(Msg.of(key, pairs), Msg.of(key + ".hint", pairs));
    }

    private record Guarded(Path folder, Msg name) {}

    private static boolean isEmpty(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The real path of p: links of its nearest existing ancestor resolved, the rest appended. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        java.util.Deque<Path> missing = new java.util.ArrayDeque<>();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path real = existing.toRealPath();
            while (!missing.isEmpty()) {
                real = real.resolve(missing.pop());
            }
            return real;
        } catch (java.io.IOException e) {
            return abs;
        }
    }
}
