package org.sitegen.internal.importer;

import java.util.ArrayList;
import java.util.List;

/** A numbered problem while its lines are read. */
final class FindingDraft {
    /** Where an unlabelled line inside a problem goes: after the problem text, status or measures. */
    enum Field { TITLE, STATUS, MEASURES, OTHER }

    final int number;
    final GroupDraft group;
    final NoticeLine line;
    final StringBuilder title = new StringBuilder();
    final List<String> measures = new ArrayList<>();
    final List<String> units = new ArrayList<>();
    /** The record's {@code deadline:} value ({@link Deadlines}); null when none. */
    String deadline;
    NoticeLine statusLine;
    String statusText;
    boolean awaitingStatus;
    boolean measuresLabelled;
    Field current = Field.TITLE;
    /** Whether each measure line is a measure of its own (a notice in prose, a table cell); else they run on. */
    boolean paragraphs;
    /** The numbering of the problem's line: "." for 1., ")" for （1）, "一" for （一）, "" for none. */
    String style = "";
    /** The number of the last measure line numbered in the problem's own style; 0 when none. */
    int lastEnumerated;

    FindingDraft(int number, GroupDraft group, NoticeLine line) {
        this.number = number;
        this.group = group;
        this.line = line;
    }
}
