package org.sitegen.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A link of a published record to another web site. The build does not fetch it (there is no
 * network at build time); {@code site-gen:check} lists every such link, so that someone can
 * review where the site sends its readers.
 *
 * @param file the record's file, relative to the source folder
 * @param line the 1-based line the link starts on
 * @param column the 1-based column the link starts at
 * @param url the address, as the page links to it
 */
public record ExternalLink(Path file, int line, int column, String url) {
    /** File order: by file, then line, then column. */
    public static final Comparator<ExternalLink> ORDER = Comparator.comparing((ExternalLink l) -> l.file().toString())
            .thenComparingInt(ExternalLink::line).thenComparingInt(ExternalLink::column);

    /**
     * Checks the link.
     *
     * @param file the record's file, relative to the source folder
     * @param line the 1-based line the link starts on
     * @param column the 1-based column the link starts at
     * @param url the address
     * @throws NullPointerException if the file or the address is null
     */
    public ExternalLink {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(url, "url must not be null");
    }

    /** {@return the link as {@code path:line:column: url}, the path relative to the source folder} */
    @Override
    public String toString() {
        return file.toString().replace('\\', '/') + ":" + line + ":" + column + ": " + url;
    }
}
