package org.sitegen.internal.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a notice as it is read: the current section, group and problem, the problems
 * read so far, and the narrative and the lines whose sentences are searched for the inspection,
 * the contact and the declared totals. The readers of the notice's lines and tables share it.
 */
final class NoticeOutline {
    final ImportProblems problems;
    final Narrative narrative = new Narrative();
    final List<NoticeLine> opening = new ArrayList<>();
    final List<NoticeLine> contactLines = new ArrayList<>();
    final List<GroupDraft> groups = new ArrayList<>();
    final List<FindingDraft> drafts = new ArrayList<>();
    final DeclaredTotals totals = new DeclaredTotals();
    SectionDraft section;
    GroupDraft group;
    FindingDraft finding;

    NoticeOutline(ImportProblems problems) {
        this.problems = problems;
    }

    /** A section heading 一、…: the problems before it are closed. */
    void section(NoticeLine l, String title) {
        closeFinding();
        section = new SectionDraft(l, title);
        group = null;
        narrative.add("## " + MarkdownEscaping.escape(l.text()));
    }

    /** A line of the narrative; before the first section and problem, part of the opening too. */
    void paragraph(NoticeLine l) {
        if (section == null && drafts.isEmpty()) {
            opening.add(l);
        }
        totals.read(l);
        narrative.add(MarkdownEscaping.escape(l.text()));
    }

    /** A line of the contact paragraph. */
    void contact(NoticeLine l) {
        closeFinding();
        contactLines.add(l);
        paragraph(l);
    }

    /** A group （一）… of problems with the given title, read at {@code line}. */
    void openGroup(String title, int line) {
        closeFinding();
        if (title.isEmpty()) {
            problems.warning(line, 0, "import.groupWithoutTitle");
        }
        if (section == null) {
            section = new SectionDraft(null, "");
        }
        section.groups++;
        startGroup(title, line);
    }

    /** The group for a problem read at {@code l}: the current one, else one named after the section (and said so). */
    GroupDraft ensureGroup(int line) {
        if (section == null) {
            section = new SectionDraft(null, "");
        }
        if (group == null) {
            String title = section.title.isEmpty() ? "反馈问题"
                    : NoticeLine.trimEnd(section.title, NoticePatterns.END_PUNCTUATION);
            problems.warning(line, 0, "import.problemBeforeGroup", "title", title);
            startGroup(title, line);
        }
        return group;
    }

    private void startGroup(String title, int line) {
        group = new GroupDraft(groups.size() + 1, title, line);
        groups.add(group);
        if (!section.summarised) {
            section.summarised = true;
            narrative.summary(section);
        }
    }

    /** Starts a problem of the current group (see {@link #ensureGroup}); the one before is closed. */
    FindingDraft openFinding(int number, NoticeLine l) {
        closeFinding();
        ensureGroup(l.number());
        finding = new FindingDraft(number, group, l);
        group.findings++;
        section.findings++;
        return finding;
    }

    /** The number after the last problem's, for a problem the notice does not number. */
    int nextNumber() {
        FindingDraft last = finding != null ? finding : drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        return last == null ? 1 : last.number + 1;
    }

    void closeFinding() {
        if (finding != null) {
            drafts.add(finding);
            finding = null;
        }
    }

    /** Drops the current problem, which turned out to head others: its line goes to the group's introduction. */
    void dropFindingAsHeading() {
        if (finding != null) {
            group.findings--;
            section.findings--;
            group.introduction.add(finding.line);
            finding = null;
        }
    }
}
