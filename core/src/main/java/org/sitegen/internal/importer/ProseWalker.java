package org.sitegen.internal.importer;

import static org.sitegen.internal.importer.NoticePatterns.GROUP;
import static org.sitegen.internal.importer.NoticePatterns.NUMBERED;
import static org.sitegen.internal.importer.NoticePatterns.PROBLEM_LABEL;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads the body of a notice that states its problems in prose ({@link ProseShapes}): only the
 * sections that report on the problems hold them (the （一）（二）… of a section on the organisation
 * of the work are measures of the party committee, not categories); there, a category is a
 * （一）… line, a problem a numbered line, a 关于“…” line or a category's first line, and every other
 * line is a measure of the problem before it. A notice without sections is read as one such
 * section.
 */
final class ProseWalker {
    private final List<NoticeLine> lines;
    private final int last;
    private final NoticeOutline outline;
    private final FindingFields fields;
    private final Map<Integer, String> sections;
    private final boolean anyProblemSection;
    private boolean inProblems;
    private int groupOrdinals;
    /** The numbering of the leaves （1）关于“…” under a problem that heads them; null before any. */
    private String leafStyle;
    /** The index of the problem line {@link #problemFollows} last found: lines before it need not look again. */
    private int problemAhead = -1;

    ProseWalker(List<NoticeLine> lines, int last, NoticeOutline outline, FindingFields fields,
            Map<Integer, String> sections) {
        this.lines = lines;
        this.last = last;
        this.outline = outline;
        this.fields = fields;
        this.sections = sections;
        this.anyProblemSection = sections.values().stream().anyMatch(ProseShapes::problemSection);
        this.inProblems = sections.isEmpty();
    }

    void line(int i) {
        NoticeLine l = lines.get(i);
        if (sections.containsKey(i)) {
            String title = sections.get(i);
            outline.section(l, title);
            inProblems = anyProblemSection ? ProseShapes.problemSection(title) : !ProseShapes.otherSection(title);
            groupOrdinals = 0;
            return;
        }
        if (NoticeParts.isContact(l)) {
            outline.contact(l);
            return;
        }
        if (!inProblems) {
            outline.closeFinding();
            outline.paragraph(l);
            return;
        }
        String key = l.key();
        Matcher g = GROUP.matcher(key);
        if (g.matches() && ChineseDates.number(g.group(1)) == groupOrdinals + 1 && !g.group(2).isEmpty()) {
            groupOrdinals++;
            String rest = l.text().substring(g.start(2));
            if (ProseShapes.aboutProblem(g.group(2)) && !namedProblemFollows(i)) {
                open(l, ChineseDates.number(g.group(1)), rest, "一");
            } else {
                outline.openGroup(ProseShapes.categoryTitle(rest), l.number());
            }
            return;
        }
        Matcher n = NUMBERED.matcher(key);
        if (n.matches() && !n.group(3).isEmpty() && numbered(l, n)) {
            return;
        }
        if (ProseShapes.aboutProblem(key) || PROBLEM_LABEL.matcher(key).lookingAt() && outline.finding == null) {
            Matcher label = PROBLEM_LABEL.matcher(key);
            open(l, outline.nextNumber(), label.lookingAt() ? l.text().substring(label.end()) : l.text(), "");
            return;
        }
        FindingDraft finding = outline.finding;
        if (finding != null) {
            fields.read(finding, l);
            return;
        }
        GroupDraft group = outline.group;
        if (group != null && group.findings == 0) {
            if (problemFollows(i)) {
                group.introduction.add(l);
                outline.totals.read(l);
            } else {
                open(l, outline.nextNumber(), l.text(), ""); // the category's only problem, unnumbered
            }
            return;
        }
        outline.paragraph(l);
    }

    /** Reads a numbered line as a problem, a leaf of one, or a measure; false when it is none of these. */
    private boolean numbered(NoticeLine l, Matcher n) {
        String style = n.group(1) != null ? ")" : ".";
        int number = Integer.parseInt(n.group(1) != null ? n.group(1) : n.group(2));
        String rest = l.text().substring(n.start(3));
        FindingDraft finding = outline.finding;
        boolean about = ProseShapes.aboutProblem(n.group(3));
        if (finding == null) {
            open(l, number, rest, style);
            return true;
        }
        if (finding.style.equals(style)) {
            boolean measureNext = finding.lastEnumerated == number - 1 && finding.lastEnumerated > 0;
            if (style.equals(leafStyle) && about) {
                open(l, outline.nextNumber(), rest, style);
                return true;
            }
            if (!measureNext && (number == finding.number + 1 || about)) {
                open(l, number, rest, style);
                return true;
            }
        } else if (about && finding.measures.isEmpty()) {
            // （1）关于“…” under 1.关于“…”: the leaves are the problems, their head is not
            outline.dropFindingAsHeading();
            leafStyle = style;
            open(l, outline.nextNumber(), rest, style);
            return true;
        } else if (about && !finding.style.isEmpty() && !finding.style.equals("一")) {
            open(l, outline.nextNumber(), rest, style);
            return true;
        }
        if (finding.style.equals(style) || finding.lastEnumerated > 0 || number == 1) {
            finding.lastEnumerated = number;
        }
        return false;
    }

    private void open(NoticeLine l, int number, String text, String style) {
        ProseShapes.Headed headed = ProseShapes.problem(text);
        FindingDraft d = outline.openFinding(number, l);
        d.title.append(headed.title());
        if (!headed.rest().isEmpty()) {
            d.measures.add(headed.rest());
        }
        if (headed.status() != null) {
            d.statusText = headed.status();
            d.statusLine = l;
        }
        d.current = FindingDraft.Field.MEASURES;
        d.paragraphs = true;
        d.style = style;
    }

    /** Whether a numbered line, or a line naming a problem (关于“…”, 问题：), comes before the next category or section. */
    private boolean problemFollows(int i) {
        if (i < problemAhead) {
            return true; // each introduction line would otherwise scan to the same line again
        }
        for (int j = i + 1; j < last; j++) {
            NoticeLine l = lines.get(j);
            if (sections.containsKey(j) || GROUP.matcher(l.key()).matches()) {
                return false;
            }
            Matcher n = NUMBERED.matcher(l.key());
            if (n.matches() && !n.group(3).isEmpty() || ProseShapes.aboutProblem(l.key())
                    || PROBLEM_LABEL.matcher(l.key()).lookingAt()) {
                problemAhead = j;
                return true;
            }
        }
        return false;
    }

    /** Whether a line naming a problem (关于“…”问题, 问题：…), numbered or not, comes before the next category or section. */
    private boolean namedProblemFollows(int i) {
        for (int j = i + 1; j < last; j++) {
            NoticeLine l = lines.get(j);
            if (sections.containsKey(j) || GROUP.matcher(l.key()).matches()) {
                return false;
            }
            Matcher n = NUMBERED.matcher(l.key());
            String text = n.matches() ? n.group(3) : l.key();
            if (ProseShapes.aboutProblem(text) || PROBLEM_LABEL.matcher(text).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
