package org.sitegen.internal.search;

import java.util.List;

/** Small search documents for tests. */
final class Docs {
    private Docs() {}

    /** A document with a title and measures, status 0, category 0, category title "类别". */
    static SearchDocument doc(String title, String... measures) {
        return new SearchDocument("d" + Math.abs(title.hashCode()), 1, title, 0, 0, List.of(measures), List.of(), List.of(), "类别");
    }

    /** The same with a status. */
    static SearchDocument doc(int status, String title, String... measures) {
        return new SearchDocument("d" + Math.abs(title.hashCode()), 1, title, status, 0, List.of(measures), List.of(), List.of(), "类别");
    }
}
