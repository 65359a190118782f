package org.sitegen.internal.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The folder a site is written into, {@code .<name>.staging-<random>} beside the output folder:
 * made empty (but for the {@link OutputSafety#MARKER}), swapped into place at the end, or deleted.
 * Whatever a build that died left beside the output is removed before a new one is made.
 */
final class StagingFolder {
    private final Path output;
    private final Path path;
    private final StagedOutput.Mover mover;

    private StagingFolder(Path output, Path path, StagedOutput.Mover mover) {
        this.output = output;
        this.path = path;
        this.mover = mover;
    }

    /**
     * Removes the leftovers of builds that died, then makes a new staging folder. Called with the
     * output's lock held, so no running build owns what is removed.
     *
     * @param output the output folder's real path; its parent exists
     * @param mover moves folders in {@link #swapIn()}
     */
    static StagingFolder create(Path output, StagedOutput.Mover mover) throws IOException {
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        removeLeftovers(parent, name);
        // not createTempDirectory: its mode 700 would be swapped in as the site, and a web server
        // running as another user could not read it; createDirectory follows the umask
        Path staging = Files.createDirectory(parent.resolve("." + name + ".staging-" + randomSuffix()));
        Files.createFile(staging.resolve(OutputSafety.MARKER));
        return new StagingFolder(output, staging, mover);
    }

    Path path() {
        return path;
    }

    /**
     * Deletes the staging and old folders that a build which died (killed, power cut) left beside
     * the output.
     */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        String staging = "." + name + ".staging-";
        String old = "." + name + ".old-";
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(p -> {
                String n = p.getFileName().toString();
                return (n.startsWith(staging) || n.startsWith(old)) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            }).toList();
        }
        for (Path p : leftovers) {
            deleteTree(p);
        }
    }

    private static String randomSuffix() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /**
     * Puts the staging folder in place of the output folder. The previous folder is moved aside
     * first and deleted only after the new one is in place; if the new one cannot be moved in,
     * the previous one is moved back.
     */
    void swapIn() throws IOException {
        Path parent = output.getParent();
        Path old = null;
        if (Files.exists(output)) {
            old = parent.resolve("." + output.getFileName() + ".old-" + randomSuffix());
            mover.move(output, old);
        }
        try {
            mover.move(path, output);
        } catch (IOException | RuntimeException e) {
            if (old != null) {
                try {
                    mover.move(old, output);
                } catch (IOException | RuntimeException again) {
                    e.addSuppressed(again);
                    throw new IOException("could not put the new site in place (" + e + "), nor the previous one"
                            + " back; the previous site is in " + old + ": rename it to " + output, e);
                }
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes the staging folder and all it holds. */
    void delete() throws IOException {
        deleteTree(path);
    }

    /** Moves a folder, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
