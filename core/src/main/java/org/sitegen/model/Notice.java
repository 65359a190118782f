package org.sitegen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated publication (通报) reporting progress, with its narrative in Markdown.
 *
 * @param id the id, {@code [a-z0-9][a-z0-9-]*}; default: the file name
 * @param title the title
 * @param date the day it was issued
 * @param issuer who issued it; the site's issuer unless the record names another
 * @param inspection the inspection it reports on
 * @param body the narrative, Markdown source
 * @param origin the record's file
 * @param attachments the files it lists as attachments (附件), in its order; possibly empty
 */
public record Notice(
        String id, String title, LocalDate date, String issuer, Inspection inspection, String body, Origin origin,
        List<Attachment> attachments) {
    /**
     * Checks the notice.
     *
     * @param id the id, {@code [a-z0-9][a-z0-9-]*}; default: the file name
     * @param title the title
     * @param date the day it was issued
     * @param issuer who issued it; the site's issuer unless the record names another
     * @param inspection the inspection it reports on
     * @param body the narrative, Markdown source
     * @param origin the record's file
     * @param attachments the files it lists as attachments, in its order; possibly empty
     * @throws NullPointerException if any component but the issuer is null
     */
    public Notice {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(inspection, "inspection must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        attachments = List.copyOf(attachments);
    }

    /**
     * A notice without attachments.
     *
     * @param id the id, {@code [a-z0-9][a-z0-9-]*}; default: the file name
     * @param title the title
     * @param date the day it was issued
     * @param issuer who issued it; the site's issuer unless the record names another
     * @param inspection the inspection it reports on
     * @param body the narrative, Markdown source
     * @param origin the record's file
     * @throws NullPointerException if any argument but the issuer is null
     */
    public Notice(String id, String title, LocalDate date, String issuer, Inspection inspection, String body,
            Origin origin) {
        this(id, title, date, issuer, inspection, body, origin, List.of());
    }
}
