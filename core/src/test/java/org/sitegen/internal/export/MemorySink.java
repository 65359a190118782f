package org.sitegen.internal.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.sitegen.internal.output.OutputSink;

/** An {@link OutputSink} in memory for tests; refuses to write a path twice, like the real one. */
final class MemorySink implements OutputSink {
    private final Map<String, byte[]> files = Collections.synchronizedMap(new TreeMap<>());

    @Override
    public void write(String path, byte[] content) {
        if (files.putIfAbsent(path, content.clone()) != null) {
            throw new IllegalArgumentException("output path '" + path + "' is written twice");
        }
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        write(path, Files.readAllBytes(source));
    }

    Map<String, byte[]> files() {
        return files;
    }

    boolean has(String path) {
        return files.containsKey(path);
    }

    byte[] bytes(String path) {
        byte[] b = files.get(path);
        if (b == null) {
            throw new AssertionError(path + " was not written; written: " + files.keySet());
        }
        return b;
    }

    /** The file as UTF-8 text, without a BOM if it has one. */
    String text(String path) {
        String s = new String(bytes(path), StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
