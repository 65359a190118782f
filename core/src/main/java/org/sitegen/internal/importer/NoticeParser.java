package org.sitegen.internal.importer;

import static org.sitegen.internal.importer.NoticePatterns.GROUP;
import static org.sitegen.internal.importer.NoticePatterns.GROUP_LABEL;
import static org.sitegen.internal.importer.NoticePatterns.NUMBERED;
import static org.sitegen.internal.importer.NoticePatterns.PROBLEM_LABEL;
import static org.sitegen.internal.importer.NoticePatterns.SECTION;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitegen.internal.importer.NoticePatterns.Label;
import org.sitegen.internal.importer.ParsedNotice.Group;
import org.sitegen.internal.importer.ParsedNotice.Item;
import org.sitegen.model.Contact;

/**
 * Reads the structure of a notice: the head and closing ({@link HeadAndClosing}), the opening
 * paragraph, the sections 一、二、…, the groups （一）… and the problems, the contact paragraph, and
 * the tables ({@link TableFindings}). A notice whose problems carry labelled lines (1.问题：…,
 * 整改结果：…, 整改情况：…) is read here, line by line, its lines read by {@link FindingFields}; a
 * notice that states its problems in prose is read by {@link ProseWalker}. Matching is done on
 * each line's {@link NoticeLine#key() key}, so full- and half-width digits and punctuation read
 * the same.
 *
 * <p>What it cannot place it reports with the line; it drops nothing but Word artefacts and stray
 * spaces. Not thread-safe: one parser per notice.
 */
final class NoticeParser {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private final NoticeDocument document;
    private final List<NoticeLine> lines;
    private final ImportProblems problems;
    private final StatusWords statuses;
    private final RecordWriter.Layout layout;
    private final FindingFields fields;
    private final NoticeOutline outline;
    private final TableFindings tables;
    private final boolean labelledProblems;
    private final Map<Integer, String> sections = new HashMap<>();
    private int last;
    private int nextTable;
    /** The numeral of the last group opened, e.g. 2 for （二）; 0 before the first. */
    private int lastGroupNumeral;

    NoticeParser(NoticeDocument document, ImportProblems problems, StatusWords statuses) {
        this(document, problems, statuses, RecordWriter.Layout.fresh(""));
    }

    /** @param layout where the records will go, for the files problems name */
    NoticeParser(NoticeDocument document, ImportProblems problems, StatusWords statuses, RecordWriter.Layout layout) {
        this.layout = layout;
        this.document = document;
        this.lines = document.lines();
        this.problems = problems;
        this.statuses = statuses;
        this.fields = new FindingFields(problems, statuses);
        this.outline = new NoticeOutline(problems);
        this.tables = new TableFindings(outline, problems);
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
        findSections(head.next());
        boolean structured = false;
        for (int i = head.next(); i < last && !structured; i++) {
            structured = isFindingStart(i);
        }
        ProseWalker prose = structured ? null : new ProseWalker(lines, last, outline, fields, sections);
        for (int i = head.next(); i < last; i++) {
            tablesBefore(i);
            if (prose != null) {
                prose.line(i);
            } else {
                line(i);
            }
        }
        tablesBefore(Integer.MAX_VALUE);
        outline.closeFinding();
        if (closing != null) {
            outline.narrative.add(closing.markdown());
            closing.after().forEach(l -> outline.narrative.add(MarkdownEscaping.escape(l.text())));
        }
        String issuer = head.issuer() != null ? head.issuer() : closing != null ? closing.issuer() : null;
        if (issuer == null) {
            problems.warning(1, 0, "import.noIssuer");
        }
        if (head.title() == null) {
            problems.error(1, 0, "import.noTitle");
        }
        LocalDate date = closing == null ? head.date() : closing.date();
        if (date == null && closing != null && closing.monthDay() != null) {
            LocalDate feedback = NoticeParts.inspection(outline.opening, head.title(), ImportProblems.quiet()).feedback();
            date = withYear(closing.monthDay(), head.date(), feedback);
        }
        if (date == null) {
            problems.error(0, 0, "import.noDate");
        }
        ParsedNotice.Inspected inspection = NoticeParts.inspection(outline.opening, head.title(), problems);
        Contact contact = NoticeParts.contact(outline.contactLines);
        if (contact.isEmpty()) {
            problems.warning(0, 0, "import.noContact");
        }
        List<Item> items = new FindingList(problems, statuses, layout).items(outline.drafts);
        if (items.isEmpty()) {
            problems.error(0, 0, "import.noProblems");
        }
        List<Group> groupList = outline.groups.stream()
                .map(g -> new Group(g.order, g.title, paragraphs(g.introduction), g.line))
                .toList();
        return new ParsedNotice(issuer, head.title(), date, inspection, contact, groupList, items,
                outline.narrative.text(), outline.totals.totals());
    }

    /** The headings 一、二、… of the body, numbered one after the other, by index. */
    private void findSections(int from) {
        int expected = 1;
        for (int i = from; i < last; i++) {
            NoticeLine l = lines.get(i);
            Matcher m = SECTION.matcher(l.key());
            if (m.matches() && l.key().length() <= 50 && !l.key().matches(".*[。;]$")
                    && ChineseDates.number(m.group(1)) == expected) {
                sections.put(i, m.group(2));
                expected++;
            }
        }
    }

    /**
     * The date of a closing written without its year (12月22日): the year of the metadata's date,
     * else the first on or after the inspectors' feedback, else the last year the notice names.
     */
    private LocalDate withYear(int[] monthDay, LocalDate metadata, LocalDate feedback) {
        if (metadata != null) {
            return ChineseDates.of(String.valueOf(metadata.getYear()), String.valueOf(monthDay[0]),
                    String.valueOf(monthDay[1]));
        }
        int year = 0;
        if (feedback != null) {
            year = feedback.getYear();
            LocalDate d = ChineseDates.of(String.valueOf(year), String.valueOf(monthDay[0]), String.valueOf(monthDay[1]));
            if (d != null && d.isBefore(feedback)) {
                year++;
            }
        } else {
            for (NoticeLine l : lines) {
                Matcher m = YEAR.matcher(l.key());
                while (m.find()) {
                    year = Math.max(year, Integer.parseInt(m.group(1)));
                }
            }
        }
        return year == 0 ? null
                : ChineseDates.of(String.valueOf(year), String.valueOf(monthDay[0]), String.valueOf(monthDay[1]));
    }

    private void tablesBefore(int index) {
        while (nextTable < document.tables().size() && document.tables().get(nextTable).index() <= index) {
            tables.read(document.tables().get(nextTable++));
        }
    }

    // ---- a notice whose problems have labelled lines ----

    private void line(int i) {
        NoticeLine l = lines.get(i);
        if (sections.containsKey(i)) {
            outline.section(l, sections.get(i));
            return;
        }
        if (NoticeParts.isContact(l)) {
            outline.contact(l);
            return;
        }
        if (isGroup(i)) {
            openGroup(l);
            return;
        }
        if (isFindingStart(i)) {
            openFinding(l);
            return;
        }
        if (outline.finding != null) {
            fields.read(outline.finding, l);
            return;
        }
        if (outline.group != null && outline.group.findings == 0) {
            outline.group.introduction.add(l);
            outline.totals.read(l);
            return;
        }
        outline.paragraph(l);
    }

    private boolean isGroup(int i) {
        Matcher m = GROUP.matcher(lines.get(i).key());
        if (!m.matches()) {
            return false;
        }
        int n = ChineseDates.number(m.group(1));
        int inSection = outline.section == null ? 0 : outline.section.groups;
        String rest = m.group(2);
        if (n > lastGroupNumeral && GROUP_LABEL.matcher(rest).lookingAt()) {
            return true; // （五）反馈问题：… after （二）: a later notice leaves out the groups it has no news of
        }
        if (n != inSection + 1 && n != outline.groups.size() + 1) {
            return false;
        }
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
        lastGroupNumeral = ChineseDates.number(m.group(1));
        int from = m.start(2);
        Matcher label = GROUP_LABEL.matcher(m.group(2));
        if (label.lookingAt()) {
            from += label.end();
        }
        outline.openGroup(NoticeLine.trimEnd(l.text().substring(from), NoticePatterns.END_PUNCTUATION), l.number());
    }

    private void openFinding(NoticeLine l) {
        Matcher m = NUMBERED.matcher(l.key());
        m.matches();
        int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        int from = m.start(3);
        Matcher label = PROBLEM_LABEL.matcher(m.group(3));
        if (label.lookingAt()) {
            from += label.end();
        }
        String text = l.text().substring(from);
        if (ProseShapes.aboutProblem(NoticeLine.key(text))) {
            text = ProseShapes.problem(text).title();
        }
        outline.openFinding(number, l).title.append(text);
    }

    private static String paragraphs(List<NoticeLine> lines) {
        return lines.stream().map(l -> MarkdownEscaping.escape(l.text())).collect(Collectors.joining("\n\n"));
    }
}
