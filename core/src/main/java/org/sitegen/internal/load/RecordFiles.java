package org.sitegen.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The record files of a source folder, found and sorted, relative to it. Finding them also
 * checks what lies around them: links that lead out of the source folder are refused (at the
 * top, in the record folders, and in {@code assets/} and {@code templates/}, which the render
 * reads), and stray files, sub-folders of flat folders and linked folders are reported.
 *
 * @param inspections the inspections declared in files of their own, {@code inspections/<id>.md}
 * @param refused the top-level names ({@code site.yaml}, {@code findings}…) refused as links out
 */
record RecordFiles(List<Path> categories, List<Path> findings, List<Path> notices, List<Path> pages,
        List<Path> inspections, Set<String> refused) {
    /** What the loader and the render read at the top of a source folder. */
    private static final List<String> TOP = List.of("site.yaml", "categories", "findings", "notices", "pages",
            "inspections", "assets", "templates");

    private static final String LINK_OUT = "link.outside";

    static RecordFiles scan(Path root, ProblemList problems) {
        // A link at the top that leads out is refused as a whole: Files.list would follow it and
        // read records, templates or assets (published as they are) from anywhere on the disk.
        Set<String> refused = new HashSet<>();
        for (String name : TOP) {
            Path p = root.resolve(name);
            if (Files.isSymbolicLink(p) && !linkStaysInside(root, p)) {
                problems.forFile(Path.of(name)).error(0, 0, LINK_OUT);
                refused.add(name);
            }
        }
        for (String folder : List.of("assets", "templates")) {
            if (!refused.contains(folder)) {
                refuseLinksOut(root, folder, problems);
            }
        }
        return new RecordFiles(
                list(root, "categories", false, problems, refused),
                list(root, "findings", true, problems, refused),
                list(root, "notices", false, problems, refused),
                list(root, "pages", false, problems, refused),
                list(root, "inspections", false, problems, refused),
                Set.copyOf(refused));
    }

    /** Reports every link in a folder of files the render copies or reads that leads out. */
    private static void refuseLinksOut(Path root, String folder, ProblemList problems) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(p) && !linkStaysInside(root, p)) {
                    out.add(root.relativize(p));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.forFile(Path.of(folder)).error(0, 0, "folder.unreadable", "reason", String.valueOf(e.getMessage()));
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        for (Path rel : out) {
            problems.forFile(rel).error(0, 0, LINK_OUT);
        }
    }

    private static List<Path> list(Path root, String folder, boolean recursive, ProblemList problems,
            Set<String> refused) {
        Path dir = root.resolve(folder);
        if (refused.contains(folder) || !Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        // walkFileTree hands over each entry's attributes (one lstat), so no further stat per file
        try {
            Files.walkFileTree(dir, Set.of(), recursive ? Integer.MAX_VALUE : 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.equals(dir) || !d.getFileName().toString().startsWith(".")
                            ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    Path rel = root.relativize(p);
                    String name = p.getFileName().toString();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        if (!linkStaysInside(root, p)) {
                            problems.forFile(rel).error(0, 0, LINK_OUT);
                            return FileVisitResult.CONTINUE;
                        }
                        if (Files.isDirectory(p)) {
                            problems.forFile(rel).warning(0, 0, "link.folder", "folder", folder);
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (attrs.isDirectory()) {
                        // only reached at the depth limit: a sub-folder of a flat folder
                        problems.forFile(rel).warning(0, 0, "folder.subFolder", "folder", folder);
                        return FileVisitResult.CONTINUE;
                    }
                    if (!name.endsWith(".md")) {
                        problems.forFile(rel).warning(0, 0, "file.notMd", "folder", folder);
                        return FileVisitResult.CONTINUE;
                    }
                    out.add(rel);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    problems.forFile(root.relativize(p)).error(0, 0, "path.unreadable", "reason",
                            String.valueOf(e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.forFile(root.relativize(dir)).error(0, 0, "folder.unreadable", "reason",
                    String.valueOf(e.getMessage()));
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }

    private static boolean linkStaysInside(Path root, Path link) {
        try {
            return link.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
