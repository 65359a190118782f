package org.sitegen.internal.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output held in memory, bytes by path: what the live build makes, for a preview server to
 * serve; nothing is written to disk. Checks paths as {@link StagedOutput} does: relative, inside
 * the output, portable, each written once. Thread-safe.
 */
public final class MemoryOutput implements OutputSink {
    /** A stand-in root, only to check that paths stay inside it. */
    private static final Path ROOT = Path.of("site").toAbsolutePath();

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String path, byte[] content) {
        OutputPaths.resolve(ROOT, path);
        if (files.putIfAbsent(path, content) != null) {
            throw new IllegalArgumentException("output path '" + path + "' is written twice");
        }
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        write(path, Files.readAllBytes(source));
    }

    /** The files written so far, by path, sorted; the arrays are not copied and must not be changed. */
    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
