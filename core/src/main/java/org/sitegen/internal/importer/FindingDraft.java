package org.sitegen.internal.importer;

import java.time.LocalDate;
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
    LocalDate deadline;
    NoticeLine statusLine;
    String statusText;
    boolean awaitingStatus;
    boolean measuresLabelled;
    Field current = Field.TITLE;

    FindingDraft(int number, GroupDraft group, NoticeLine line) {
        this.number = number;
        this.group = group;
        this.line = line;
    }
}
