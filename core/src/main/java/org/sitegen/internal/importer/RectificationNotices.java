package org.sitegen.internal.importer;

import java.util.regex.Pattern;

/**
 * Tells a rectification notice (整改进展情况的通报, 整改情况的公告…) from other publications an
 * office may hand the importer by mistake: an inspection's announcement (巡察进驻公告), a news item
 * (召开巡察整改推进会). Asked only when no problem was found, to say in one message what the
 * file is not.
 */
final class RectificationNotices {
    /** A rectification notice's title: it speaks of 整改 and is a notice, announcement or report. */
    private static final Pattern TITLE = Pattern.compile("整改.*(?:通报|公告|公示|情况|报告|通告)$");

    private RectificationNotices() {}

    /** Whether a notice whose problems could not be read is a rectification notice all the same. */
    static boolean isOne(String title, NoticeDocument document) {
        if (title != null) {
            return TITLE.matcher(NoticeLine.trimEnd(NoticeLine.key(title), NoticePatterns.END_PUNCTUATION + "》\"”")).find();
        }
        long mentions = document.lines().stream().filter(l -> l.key().contains("整改")).count();
        return mentions >= 3;
    }
}
