package org.sitegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helper: writes small source trees and reads rendered output folders. */
public final class SiteFiles {
    private SiteFiles() {}

    /** Writes each relative path with its UTF-8 text under dir; returns dir. */
    public static Path write(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under root, by '/'-separated relative path, with its bytes; sorted. */
    public static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a source tree and fails the test with its problems if it has errors. */
    public static org.sitegen.model.Site load(Path source) {
        LoadResult r = SiteGenerator.builder().build().load(source);
        if (r.hasErrors()) {
            throw new AssertionError("the test site has errors: " + r.errors());
        }
        return r.site().orElseThrow();
    }

    /** A minimal valid site.yaml, with the given extra lines. */
    public static String siteYaml(String title, String... extra) {
        StringBuilder sb = new StringBuilder("title: \"" + title.replace("\"", "\\\"") + "\"\n")
                .append("issuer: 测试单位\n")
                .append("inspections:\n  - {id: insp, title: 测试巡视, inspector: 测试组, kind: 专项巡视,")
                .append(" start: 2023-03-11, end: 2023-05-10, feedback: 2023-07-20}\n");
        for (String line : extra) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
