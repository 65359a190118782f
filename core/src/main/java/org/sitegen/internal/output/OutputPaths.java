package org.sitegen.internal.output;

import java.nio.file.Path;

/** Checks that relative output paths stay inside the output folder and are portable. */
public final class OutputPaths {
    private static final String UNSAFE = "\\:*?\"<>|";

    private OutputPaths() {}

    /** Whether path[from, to) is a portable name: not empty, not . or .., no \\ : * ? " < > | or control. */
    private static boolean safeSegment(String path, int from, int to) {
        int n = to - from;
        if (n == 0 || (n == 1 && path.charAt(from) == '.') || (n == 2 && path.startsWith("..", from))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = path.charAt(i);
            if (c < 0x20 || UNSAFE.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Resolves a relative '/'-separated path under root.
     *
     * @throws IllegalArgumentException if the path could leave root or is not portable
     */
    public static Path resolve(Path root, String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("output path '" + path + "' must be relative and name a file");
        }
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (!safeSegment(path, start, end)) {
                throw new IllegalArgumentException("output path '" + path + "' has an unsafe part '"
                        + path.substring(start, end) + "'");
            }
            start = end + 1;
        }
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("output path '" + path + "' leaves the output folder");
        }
        return resolved;
    }
}
