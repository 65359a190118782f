package org.sitegen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a folder holds, to compare before and after a build: every file and folder by relative
 * path, each file with the SHA-256 of its bytes; and the names beside it (to see that no staging or
 * old folder was left behind).
 *
 * @param entries relative '/'-separated path to "dir" or the file's hash, sorted
 * @param siblings the names in the folder's parent, sorted
 */
public record FolderState(Map<String, String> entries, List<String> siblings) {
    /** Reads the state of a folder now. */
    public static FolderState of(Path folder) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    entries.put(rel, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(rel + "/", "dir");
                } else {
                    entries.put(rel, sha256(Files.readAllBytes(p)));
                }
            }
            try (Stream<Path> list = Files.list(folder.getParent())) {
                return new FolderState(entries, list.map(p -> p.getFileName().toString()).sorted().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the folder holds exactly what it held, byte for byte, with the same neighbours. */
    public void assertUnchanged(Path folder, String after) {
        FolderState now = of(folder);
        assertEquals(entries.keySet(), now.entries.keySet(), after + ": the file list changed");
        assertEquals(entries, now.entries, after + ": a file's bytes changed");
        assertEquals(siblings, now.siblings, after + ": something was left beside the output folder");
    }

    /** The number of files (not folders). */
    public long files() {
        return entries.values().stream().filter(v -> !v.equals("dir") && !v.startsWith("link to ")).count();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
