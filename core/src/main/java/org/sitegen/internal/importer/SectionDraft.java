package org.sitegen.internal.importer;

/** A section 一、二、… of a notice while it is read: its title and what it held. */
final class SectionDraft {
    final int ordinal;
    final String title;
    int groups;
    int findings;
    boolean summarised;

    /**
     * @param heading the section's heading line; null for the problems outside any section
     * @param title the heading without its ordinal
     */
    SectionDraft(NoticeLine heading, String title) {
        this.ordinal = heading == null ? 0
                : ChineseDates.number(NoticePatterns.SECTION.matcher(heading.key()).replaceFirst("$1"));
        this.title = heading == null ? "" : heading.text().substring(heading.text().length() - title.length());
    }
}
