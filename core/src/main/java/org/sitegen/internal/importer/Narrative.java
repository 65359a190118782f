package org.sitegen.internal.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The notice's narrative as Markdown, paragraph by paragraph: everything but the problems, whose
 * place in each section is taken by one sentence saying how many there were and that they are
 * listed on the site.
 */
final class Narrative {
    /** A paragraph of the narrative, or the place where a section's problems are summarised. */
    private record Block(String markdown, SectionDraft summaryOf) {}

    private final List<Block> blocks = new ArrayList<>();

    /** Adds a paragraph, already Markdown. */
    void add(String markdown) {
        blocks.add(new Block(markdown, null));
    }

    /** Adds the summary of a section's problems; its counts are read when the text is made. */
    void summary(SectionDraft section) {
        blocks.add(new Block(null, section));
    }

    /** The narrative: paragraphs separated by blank lines. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            if (b.summaryOf() == null) {
                sb.append(b.markdown());
            } else {
                SectionDraft s = b.summaryOf();
                sb.append(s.groups > 0 ? "反馈的" + s.groups + "个方面" : "反馈的").append(s.findings)
                        .append("项问题的整改结果和整改情况，逐项列于本站问题清单。");
            }
        }
        return sb.toString();
    }
}
