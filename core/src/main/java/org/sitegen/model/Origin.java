package org.sitegen.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a record came from: its file, relative to the source folder, and the line its Markdown
 * body starts on. Lets later stages (rendering, checks) report a problem at its place.
 *
 * @param file the file, relative to the source folder
 * @param bodyLine the 1-based line of the first line of the body
 */
public record Origin(Path file, int bodyLine) {
    /**
     * Checks the origin.
     *
     * @param file the file, relative to the source folder
     * @param bodyLine the 1-based line of the first line of the body
     * @throws NullPointerException if the file is null
     * @throws IllegalArgumentException if the body line is below 1
     */
    public Origin {
        Objects.requireNonNull(file, "file must not be null");
        if (bodyLine < 1) {
            throw new IllegalArgumentException("bodyLine " + bodyLine + " must be >= 1");
        }
    }
}
