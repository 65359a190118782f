package org.sitegen.internal.render;

import org.sitegen.model.Status;

/**
 * How the list of findings with a status is split into pages: a status of a large site has tens of
 * thousands of findings, too many for one page. Page 1 is {@code status/<code>.html}, page n
 * {@code status/<code>.p<n>.html} (codes have no dot, so no code's first page can clash).
 */
public final class StatusPages {
    /** Findings per page. */
    public static final int SIZE = 1000;

    private StatusPages() {}

    /** The number of pages for a status with this many findings: at least one. */
    public static int count(int findings) {
        return Math.max(1, (findings + SIZE - 1) / SIZE);
    }

    /** The file name without {@code .html} of page {@code page} (1-based). */
    public static String stem(Status status, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page " + page + " must be >= 1");
        }
        return page == 1 ? status.code() : status.code() + ".p" + page;
    }

    /** The path of page {@code page} from the site's root. */
    public static String path(Status status, int page) {
        return "status/" + stem(status, page) + ".html";
    }
}
