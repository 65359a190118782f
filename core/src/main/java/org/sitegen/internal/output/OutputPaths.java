package org.sitegen.internal.output;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Checks that relative output paths stay inside the output folder and are portable. */
public final class OutputPaths {
    private static final Pattern SEGMENT = Pattern.compile("[^/\\\\:*?\"<>|\\x00-\\x1f]+");

    private OutputPaths() {}

    /**
     * Resolves a relative '/'-separated path under root.
     *
     * @throws IllegalArgumentException if the path could leave root or is not portable
     */
    public static Path resolve(Path root, String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("output path '" + path + "' must be relative and name a file");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("output path '" + path + "' has an unsafe part '" + segment + "'");
            }
        }
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("output path '" + path + "' leaves the output folder");
        }
        return resolved;
    }
}
