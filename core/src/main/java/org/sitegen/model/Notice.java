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
 * @param disclosure its 信息公开 metadata; the publisher defaults to the issuer and the date written
 *     to the date, so it is never {@link Disclosure#NONE} for a notice with an issuer
 */
public record Notice(
        String id, String title, LocalDate date, String issuer, Inspection inspection, String body, Origin origin,
        List<Attachment> attachments, Disclosure disclosure) {
    /**
     * Checks the notice and fills in its 信息公开 metadata's defaults.
     *
     * @param id the id, {@code [a-z0-9][a-z0-9-]*}; default: the file name
     * @param title the title
     * @param date the day it was issued
     * @param issuer who issued it; the site's issuer unless the record names another
     * @param inspection the inspection it reports on
     * @param body the narrative, Markdown source
     * @param origin the record's file
     * @param attachments the files it lists as attachments, in its order; possibly empty
     * @param disclosure its 信息公开 metadata, or {@code null} for none; a missing publisher becomes
     *     the issuer and a missing date written the date
     * @throws NullPointerException if any component but the issuer and the disclosure is null
     */
    public Notice {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(inspection, "inspection must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        attachments = List.copyOf(attachments);
        disclosure = (disclosure == null ? Disclosure.NONE : disclosure).withDefaults(issuer, date);
    }

    /**
     * A notice without attachments whose 信息公开 metadata is only what its issuer and date give.
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
        this(id, title, date, issuer, inspection, body, origin, List.of(), null);
    }

    /**
     * {@return the day the notice counts as published: its 发布日期 when the record gives one, else
     * its date}
     */
    public LocalDate publicationDate() {
        return disclosure.published() != null ? disclosure.published() : date;
    }
}
