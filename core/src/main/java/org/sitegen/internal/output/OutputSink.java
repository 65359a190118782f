package org.sitegen.internal.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the stages of a render write files. Paths are relative, '/'-separated, and checked: no
 * path can leave the output folder. Implementations are thread-safe, so stages may write from
 * several threads.
 */
public interface OutputSink {
    /**
     * Writes a file.
     *
     * @param path relative path such as {@code findings/leased-public-assets.html}
     * @throws IllegalArgumentException if the path is absolute, has {@code ..}, or is written twice
     */
    void write(String path, byte[] content) throws IOException;

    /** Writes a text file as UTF-8. */
    default void write(String path, String content) throws IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Copies a file from disk. */
    void copy(String path, Path source) throws IOException;
}
