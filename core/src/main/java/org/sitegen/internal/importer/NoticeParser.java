package org.sitegen.internal.importer;

import static org.sitegen.internal.importer.NoticePatterns.GROUP;
import static org.sitegen.internal.importer.NoticePatterns.GROUP_LABEL;
import static org.sitegen.internal.importer.NoticePatterns.NUMBERED;
import static org.sitegen.internal.importer.NoticePatterns.PROBLEM_LABEL;
import static org.sitegen.internal.importer.NoticePatterns.SECTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.sitegen.internal.importer.NoticePatterns.Label;
import org.sitegen.internal.importer.ParsedNotice.Group;
import org.sitegen.internal.importer.ParsedNotice.Item;
import org.sitegen.model.Contact;

/**
 * Reads the structure of a notice, line by line: the head and closing ({@link HeadAndClosing}),
 * the opening paragraph, the sections 一、二、…, the groups （一）… and the numbered problems, whose
 * lines {@link FindingFields} reads, and the contact paragraph. Matching is done on each line's
 * {@link NoticeLine#key() key}, so full- and half-width digits and punctuation read the same.
 *
 * <p>What it cannot place it reports with the line; it drops nothing but Word artefacts and stray
 * spaces. Not thread-safe: one parser per notice.
 */
final class NoticeParser {
    private final List<NoticeLine> lines;
    private final ImportProblems problems;
    private final StatusWords statuses;
    private final FindingFields fields;
    private final boolean labelledProblems;

    private final Narrative narrative = new Narrative();
    private final List<NoticeLine> opening = new ArrayList<>();
    private final List<NoticeLine> contactLines = new ArrayList<>();
    private final List<GroupDraft> groups = new ArrayList<>();
    private final List<FindingDraft> drafts = new ArrayList<>();
    private int last;
    private SectionDraft section;
    private GroupDraft group;
    private FindingDraft finding;

    NoticeParser(List<NoticeLine> lines, ImportProblems problems, StatusWords statuses) {
        this.lines = lines;
        this.problems = problems;
        this.statuses = statuses;
        this.fields = new FindingFields(problems, statuses);
        this.labelledProblems = lines.stream().anyMatch(l -> {
            Matcher m = NUMBERED.matcher(l.key());
            return m.matches() && PROBLEM_LABEL.matcher(m.group(3)).lookingAt();
        });
    }

    /** Reads the whole notice. */
    ParsedNotice parse() {
        last = lines.size();
        HeadAndClosing.Closing closing = HeadAndClosing.closing(lines, last);
        if (closing != null) {
            last = closing.start();
        }
        HeadAndClosing.Head head = HeadAndClosing.head(lines, last);
        for (int i = head.next(); i < last; i++) {
            line(i);
        }
        closeFinding();
        if (closing != null) {
            narrative.add(closing.markdown());
            closing.after().forEach(l -> narrative.add(MarkdownEscaping.escape(l.text())));
        }
        String issuer = head.issuer() != null ? head.issuer() : closing != null ? closing.issuer() : null;
        if (issuer == null) {
            problems.warning(1, 0, "import.noIssuer");
        }
        if (head.title() == null) {
            problems.error(1, 0, "import.noTitle");
        }
        LocalDate date = closing != null ? closing.date() : head.date();
        if (date == null) {
            problems.error(0, 0, "import.noDate");
        }
        ParsedNotice.Inspected inspection = NoticeParts.inspection(opening, problems);
        Contact contact = NoticeParts.contact(contactLines);
        if (contact.isEmpty()) {
            problems.warning(0, 0, "import.noContact");
        }
        List<Item> items = new FindingList(problems, statuses).items(drafts);
        if (items.isEmpty()) {
            problems.error(0, 0, "import.noProblems");
        }
        List<Group> groupList = groups.stream()
                .map(g -> new Group(g.order, g.title, paragraphs(g.introduction), g.line))
                .toList();
        return new ParsedNotice(issuer, head.title(), date, inspection, contact, groupList, items,
                narrative.text());
    }

    private void line(int i) {
        NoticeLine l = lines.get(i);
        if (isSection(l)) {
            closeFinding();
            section = new SectionDraft(l, SECTION.matcher(l.key()).replaceFirst("$2"));
            group = null;
            narrative.add("## " + MarkdownEscaping.escape(l.text()));
            return;
        }
        if (NoticeParts.isContact(l)) {
            closeFinding();
            contactLines.add(l);
            paragraph(l);
            return;
        }
        if (isGroup(i)) {
            closeFinding();
            openGroup(l);
            return;
        }
        if (isFindingStart(i)) {
            closeFinding();
            openFinding(l);
            return;
        }
        if (finding != null) {
            fields.read(finding, l);
            return;
        }
        if (group != null && group.findings == 0) {
            group.introduction.add(l);
            return;
        }
        paragraph(l);
    }

    private void paragraph(NoticeLine l) {
        if (section == null && drafts.isEmpty()) {
            opening.add(l);
        }
        narrative.add(MarkdownEscaping.escape(l.text()));
    }

    private boolean isSection(NoticeLine l) {
        Matcher m = SECTION.matcher(l.key());
        if (!m.matches() || l.key().length() > 50 || l.key().matches(".*[。;]$")) {
            return false;
        }
        int expected = section == null ? 1 : section.ordinal + 1;
        return ChineseDates.number(m.group(1)) == expected;
    }

    private boolean isGroup(int i) {
        Matcher m = GROUP.matcher(lines.get(i).key());
        if (!m.matches()) {
            return false;
        }
        int n = ChineseDates.number(m.group(1));
        int inSection = section == null ? 0 : section.groups;
        if (n != inSection + 1 && n != groups.size() + 1) {
            return false;
        }
        String rest = m.group(2);
        return GROUP_LABEL.matcher(rest).lookingAt() || rest.length() <= 60 && findingFollows(i);
    }

    /** Whether a problem starts after line i before the next section or group head. */
    private boolean findingFollows(int i) {
        for (int j = i + 1; j < last; j++) {
            NoticeLine l = lines.get(j);
            if (SECTION.matcher(l.key()).matches() || GROUP.matcher(l.key()).matches()) {
                return false;
            }
            if (isFindingStart(j)) {
                return true;
            }
        }
        return false;
    }

    private boolean isFindingStart(int i) {
        Matcher m = NUMBERED.matcher(lines.get(i).key());
        if (!m.matches()) {
            return false;
        }
        String rest = m.group(3);
        if (PROBLEM_LABEL.matcher(rest).lookingAt()) {
            return true;
        }
        if (labelledProblems || rest.isEmpty() || i + 1 >= last) {
            return false;
        }
        Label next = NoticePatterns.label(lines.get(i + 1));
        return next == Label.STATUS || next == Label.MEASURES;
    }

    private void openGroup(NoticeLine l) {
        Matcher m = GROUP.matcher(l.key());
        m.matches();
        int from = m.start(2);
        Matcher label = GROUP_LABEL.matcher(m.group(2));
        if (label.lookingAt()) {
            from += label.end();
        }
        String title = NoticeLine.trimEnd(l.text().substring(from), NoticePatterns.END_PUNCTUATION);
        if (title.isEmpty()) {
            problems.warning(l.number(), 0, "import.groupWithoutTitle");
        }
        if (section == null) {
            section = new SectionDraft(null, "");
        }
        section.groups++;
        startGroup(title, l.number());
    }

    private void startGroup(String title, int line) {
        group = new GroupDraft(groups.size() + 1, title, line);
        groups.add(group);
        if (!section.summarised) {
            section.summarised = true;
            narrative.summary(section);
        }
    }

    private void openFinding(NoticeLine l) {
        if (section == null) {
            section = new SectionDraft(null, "");
        }
        if (group == null) {
            String title = section.title.isEmpty() ? "反馈问题"
                    : NoticeLine.trimEnd(section.title, NoticePatterns.END_PUNCTUATION);
            problems.warning(l.number(), 0, "import.problemBeforeGroup", "title", title);
            startGroup(title, l.number());
        }
        Matcher m = NUMBERED.matcher(l.key());
        m.matches();
        int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        int from = m.start(3);
        Matcher label = PROBLEM_LABEL.matcher(m.group(3));
        if (label.lookingAt()) {
            from += label.end();
        }
        finding = new FindingDraft(number, group, l);
        finding.title.append(l.text().substring(from));
        group.findings++;
        section.findings++;
    }

    private void closeFinding() {
        if (finding != null) {
            drafts.add(finding);
            finding = null;
        }
    }

    private static String paragraphs(List<NoticeLine> lines) {
        return lines.stream().map(l -> MarkdownEscaping.escape(l.text())).collect(Collectors.joining("\n\n"));
    }
}
