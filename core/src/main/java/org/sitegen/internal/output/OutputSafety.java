package org.sitegen.internal.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
     * @throws IllegalArgumentException saying why the folder is refused
     */
    public static void check(Path output, Path source, List<Path> protectedFolders) {
        Path out = real(output);
        if (out.getParent() == null || out.getNameCount() == 0) {
            throw new IllegalArgumentException("the output folder " + output + " is a file-system root;"
                    + " a build replaces its output folder as a whole, so it must be a folder of its own");
        }
        List<Guarded> guarded = new ArrayList<>();
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty()) {
            guarded.add(new Guarded(real(Path.of(home)), "your home folder"));
        }
        guarded.add(new Guarded(real(Path.of("")), "the working folder"));
        for (Path p : protectedFolders) {
            guarded.add(new Guarded(real(p), "the project folder " + p));
        }
        if (source != null) {
            Path src = real(source);
            if (out.equals(src)) {
                throw new IllegalArgumentException("the output folder " + output + " is the source folder;"
                        + " the build would replace the records with the site. Choose another output folder,"
                        + " e.g. target/site-gen");
            }
            if (src.startsWith(out)) {
                throw new IllegalArgumentException("the output folder " + output + " contains the source folder "
                        + source + "; the build replaces its output folder and would delete the records."
                        + " Choose a folder of its own, e.g. target/site-gen");
            }
            if (out.startsWith(src)) {
                throw new IllegalArgumentException("the output folder " + output + " is inside the source folder "
                        + source + "; the site would be read back as records. Choose a folder outside it,"
                        + " e.g. target/site-gen");
            }
        }
        for (Guarded g : guarded) {
            if (g.folder().startsWith(out)) {
                throw new IllegalArgumentException("the output folder " + output
                        + (g.folder().equals(out) ? " is " : " contains ") + g.name()
                        + "; a build replaces its output folder as a whole and would delete it."
                        + " Choose a folder of its own, e.g. target/site-gen");
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new IllegalArgumentException("the output folder " + output + " already holds files that site-gen"
                    + " did not write; a build replaces its output folder as a whole. Empty or remove it, or choose"
                    + " another folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("the output folder " + output + " is a file, not a folder");
        }
    }

    private record Guarded(Path folder, String name) {}

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
