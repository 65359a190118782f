package org.sitegen.model;

import java.util.Objects;

/**
 * A free page of the site, such as "about", shown at {@code pages/<id>.html}.
 *
 * @param id the id, {@code [a-z0-9][a-z0-9-]*}; default: the file name
 * @param title the title
 * @param order the position among the pages in navigation, ascending (default 0)
 * @param body the content, Markdown source
 * @param origin the record's file
 */
public record Page(String id, String title, int order, String body, Origin origin) {
    /**
     * Checks the page.
     *
     * @param id the id, {@code [a-z0-9][a-z0-9-]*}; default: the file name
     * @param title the title
     * @param order the position among the pages in navigation, ascending (default 0)
     * @param body the content, Markdown source
     * @param origin the record's file
     * @throws NullPointerException if the id, title, body or origin is null
     */
    public Page {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
    }
}
