package org.sitegen.internal.importer;

import java.util.ArrayList;
import java.util.List;

/** A group of problems （一）… while it is read. */
final class GroupDraft {
    final int order;
    final String title;
    final int line;
    final List<NoticeLine> introduction = new ArrayList<>();
    int findings;

    GroupDraft(int order, String title, int line) {
        this.order = order;
        this.title = title;
        this.line = line;
    }
}
