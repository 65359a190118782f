package org.sitegen.model;

import java.util.Objects;

/**
 * A file a notice lists as its attachment (附件): a PDF, a Word or Excel file or an image under
 * the source folder's {@code assets/}, published beside the pages and listed on the notice's page
 * with its type and size.
 *
 * @param path the file's path relative to the source folder, with {@code /} between folders, e.g.
 *     {@code assets/2023/整改台账.xlsx}; the site publishes it at the same path
 * @param title the title shown for it: as the record gives it, else the file name without its
 *     extension
 * @param type the file's type, its extension in capitals, e.g. {@code PDF}, {@code XLSX}
 * @param size the file's size in bytes
 */
public record Attachment(String path, String title, String type, long size) {
    /**
     * Checks the attachment.
     *
     * @param path the file's path relative to the source folder, e.g. {@code assets/2023/整改台账.xlsx}
     * @param title the title shown for it
     * @param type the file's type, e.g. {@code PDF}
     * @param size the file's size in bytes
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if the size is negative
     */
    public Attachment {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(type, "type must not be null");
        if (size < 0) {
            throw new IllegalArgumentException("size " + size + " must be >= 0");
        }
    }
}
