package org.sitegen.internal.export;

import java.util.Objects;

/**
 * A file the export writes.
 *
 * @param path the path relative to the output folder, '/'-separated
 * @param content the bytes
 */
record ExportFile(String path, byte[] content) {
    ExportFile {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(content, "content must not be null");
    }
}
