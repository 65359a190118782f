package org.sitegen.internal.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * Writes a file given in parts, in order, without joining them into one array first: for
     * large generated files (the open data of a 100,000-finding site is over 100 MB). The
     * remaining bytes of each buffer are written; the buffers themselves are not changed.
     */
    default void write(String path, List<ByteBuffer> parts) throws IOException {
        int size = 0;
        for (ByteBuffer part : parts) {
            size = Math.addExact(size, part.remaining());
        }
        byte[] all = new byte[size];
        int at = 0;
        for (ByteBuffer part : parts) {
            int n = part.remaining();
            part.duplicate().get(all, at, n);
            at += n;
        }
        write(path, all);
    }

    /** Copies a file from disk. */
    void copy(String path, Path source) throws IOException;
}
