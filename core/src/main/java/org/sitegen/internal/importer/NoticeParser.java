package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitegen.internal.Msg;
import org.sitegen.internal.importer.ParsedNotice.Group;
import org.sitegen.internal.importer.ParsedNotice.Item;
import org.sitegen.model.Contact;

/**
 * Reads the structure of a notice, line by line: the head (issuer, title), the opening paragraph,
 * the sections 一、二、…, the groups （一）… and the numbered problems with their labelled lines,
 * the contact paragraph and the closing (issuer, date). Matching is done on each line's {@link
 * NoticeLine#key() key}, so full- and half-width digits and punctuation read the same.
 *
 * <p>What it cannot place it reports with the line; it drops nothing but Word artefacts and stray
 * spaces. Not thread-safe: one parser per notice.
 */
final class NoticeParser {
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、.,]\\s*(\\S.*)$");
    private static final Pattern GROUP = Pattern.compile("^\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)\\s*(.*)$");
    private static final Pattern NUMBERED =
            Pattern.compile("^(?:\\(\\s*(\\d{1,3})\\s*\\)|(\\d{1,3})\\s*(?:[.、](?!\\d)|\\)))\\s*(.*)$");
    private static final Pattern PROBLEM_LABEL = Pattern.compile("^(?:问题|存在问题)\\s*:\\s*");
    private static final Pattern GROUP_LABEL = Pattern.compile("^(?:反馈问题|问题类别)\\s*:\\s*");
    private static final Pattern LABEL = Pattern.compile("^(问题|存在问题|整改结果|整改状态|整改进度|整改情况|整改措施|整改举措"
            + "|整改进展|落实情况|责任单位|牵头单位|责任部门|整改时限|完成时限)\\s*:\\s*(.*)$");
    private static final Pattern ENUMERATOR =
            Pattern.compile("^(?:\\(\\s*(\\d{1,2})\\s*\\)|(\\d{1,2})\\s*[.、)](?!\\d)|([①-⑳]))\\s*");
    private static final Pattern PERIOD_HINT = Pattern.compile("\\d{4}\\s*年.*至");
    private static final Pattern DEADLINE = Pattern.compile(
            "^(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|底)?|年底|-(\\d{1,2})-(\\d{1,2}))");
    private static final String END_PUNCTUATION = "。．.；;，,：:、";

    /** What a labelled line inside a problem gives. */
    private enum Label { PROBLEM, STATUS, MEASURES, UNITS, DEADLINE }

    /** Where an unlabelled line inside a problem goes: after the problem text, status or measures. */
    private enum Field { TITLE, STATUS, MEASURES, OTHER }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("问题", Label.PROBLEM), Map.entry("存在问题", Label.PROBLEM),
            Map.entry("整改结果", Label.STATUS), Map.entry("整改状态", Label.STATUS), Map.entry("整改进度", Label.STATUS),
            Map.entry("整改情况", Label.MEASURES), Map.entry("整改措施", Label.MEASURES),
            Map.entry("整改举措", Label.MEASURES), Map.entry("整改进展", Label.MEASURES),
            Map.entry("落实情况", Label.MEASURES),
            Map.entry("责任单位", Label.UNITS), Map.entry("牵头单位", Label.UNITS), Map.entry("责任部门", Label.UNITS),
            Map.entry("整改时限", Label.DEADLINE), Map.entry("完成时限", Label.DEADLINE));

    private final List<NoticeLine> lines;
    private final ImportProblems problems;
    private final StatusWords statuses;
    private final boolean labelledProblems;

    private final List<Block> narrative = new ArrayList<>();
    private final List<NoticeLine> opening = new ArrayList<>();
    private final List<NoticeLine> contactLines = new ArrayList<>();
    private final List<GroupDraft> groups = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private int last;
    private SectionState section;
    private GroupDraft group;
    private Draft finding;

    NoticeParser(List<NoticeLine> lines, ImportProblems problems, StatusWords statuses) {
        this.lines = lines;
        this.problems = problems;
        this.statuses = statuses;
        this.labelledProblems = lines.stream().anyMatch(l -> {
            Matcher m = NUMBERED.matcher(l.key());
            return m.matches() && PROBLEM_LABEL.matcher(m.group(3)).lookingAt();
        });
    }

    /** Reads the whole notice. */
    ParsedNotice parse() {
        last = lines.size();
        Closing closing = closing();
        Head head = head();
        for (int i = head.next(); i < last; i++) {
            line(i);
        }
        closeFinding();
        if (closing != null) {
            narrative.add(new Block(closing.markdown(), null));
            closing.after().forEach(l -> narrative.add(new Block(MarkdownText.escape(l.text()), null)));
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
        List<Item> items = items();
        if (items.isEmpty()) {
            problems.error(0, 0, "import.noProblems");
        }
        List<Group> groupList = groups.stream()
                .map(g -> new Group(g.order, g.title, paragraphs(g.introduction), g.line))
                .toList();
        return new ParsedNotice(issuer, head.title(), date, inspection, contact, groupList, items,
                narrativeText());
    }

    // ---- head and closing ----

    private record Head(String issuer, String title, LocalDate date, int next) {}

    private Head head() {
        List<NoticeLine> head = new ArrayList<>();
        LocalDate date = null;
        int i = 0;
        while (i < last && head.size() < 4) {
            NoticeLine l = lines.get(i);
            LocalDate d = ChineseDates.dateLine(l.key());
            if (d != null) {
                date = date == null ? d : date;
                i++;
                continue;
            }
            if (!headLike(l)) {
                break;
            }
            head.add(l);
            i++;
        }
        String issuer = null;
        String title = null;
        if (head.size() >= 2 && !head.get(0).key().startsWith("关于")) {
            issuer = head.get(0).text();
            title = head.subList(1, head.size()).stream().map(NoticeLine::text).collect(Collectors.joining());
        } else if (!head.isEmpty()) {
            String text = head.stream().map(NoticeLine::text).collect(Collectors.joining());
            int about = text.indexOf("关于");
            if (about > 0 && "会委组府局室厅部院办司".indexOf(text.charAt(about - 1)) >= 0) {
                issuer = text.substring(0, about);
                title = text.substring(about);
            } else {
                title = text;
            }
        }
        return new Head(issuer, title, date, i);
    }

    private boolean headLike(NoticeLine l) {
        String key = l.key();
        return key.length() <= 60
                && !key.matches(".*[。;:]$")
                && !PERIOD_HINT.matcher(key).find()
                && !SECTION.matcher(key).matches()
                && !GROUP.matcher(key).matches()
                && !NUMBERED.matcher(key).matches()
                && !LABEL.matcher(key).matches();
    }

    private record Closing(String issuer, LocalDate date, String markdown, List<NoticeLine> after) {}

    /** The issuer and date at the end, found among the last four lines and taken off the body. */
    private Closing closing() {
        for (int i = last - 1; i >= Math.max(0, last - 4); i--) {
            NoticeLine l = lines.get(i);
            LocalDate date = ChineseDates.dateLine(l.key());
            if (date == null) {
                continue;
            }
            List<NoticeLine> after = List.copyOf(lines.subList(i + 1, last));
            String dateText = l.text().replaceAll("^[(（]|[)）]$", "");
            String issuer = null;
            int end = i;
            if (i > 0 && closingIssuer(lines.get(i - 1))) {
                issuer = lines.get(i - 1).text();
                end = i - 1;
            }
            if (end == 0) {
                return null; // the date heads the notice; it is not a closing
            }
            last = end;
            String markdown = issuer == null ? MarkdownText.escape(dateText)
                    : MarkdownText.escape(issuer) + "\\\n" + MarkdownText.escape(dateText);
            return new Closing(issuer, date, markdown, after);
        }
        return null;
    }

    private boolean closingIssuer(NoticeLine l) {
        return headLike(l) && !NoticeParts.isContact(l) && l.key().length() <= 40;
    }

    // ---- body ----

    private void line(int i) {
        NoticeLine l = lines.get(i);
        if (isSection(l)) {
            closeFinding();
            section = new SectionState(l, SECTION.matcher(l.key()).replaceFirst("$2"));
            group = null;
            narrative.add(new Block("## " + MarkdownText.escape(l.text()), null));
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
            inFinding(l);
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
        narrative.add(new Block(MarkdownText.escape(l.text()), null));
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
        Label next = label(lines.get(i + 1));
        return next == Label.STATUS || next == Label.MEASURES;
    }

    private static Label label(NoticeLine l) {
        Matcher m = LABEL.matcher(l.key());
        return m.matches() ? LABELS.get(m.group(1)) : null;
    }

    private void openGroup(NoticeLine l) {
        Matcher m = GROUP.matcher(l.key());
        m.matches();
        int from = m.start(2);
        Matcher label = GROUP_LABEL.matcher(m.group(2));
        if (label.lookingAt()) {
            from += label.end();
        }
        String title = NoticeLine.trimEnd(l.text().substring(from), END_PUNCTUATION);
        if (title.isEmpty()) {
            problems.warning(l.number(), 0, "import.groupWithoutTitle");
        }
        if (section == null) {
            section = new SectionState(null, "");
        }
        section.groups++;
        startGroup(title, l.number());
    }

    private void startGroup(String title, int line) {
        group = new GroupDraft(groups.size() + 1, title, line);
        groups.add(group);
        if (!section.summarised) {
            section.summarised = true;
            narrative.add(new Block(null, section));
        }
    }

    private void openFinding(NoticeLine l) {
        if (section == null) {
            section = new SectionState(null, "");
        }
        if (group == null) {
            String title = section.title.isEmpty() ? "反馈问题" : NoticeLine.trimEnd(section.title, END_PUNCTUATION);
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
        finding = new Draft(number, group, l);
        finding.title.append(l.text().substring(from));
        group.findings++;
        section.findings++;
    }

    private void inFinding(NoticeLine l) {
        Matcher m = LABEL.matcher(l.key());
        boolean labelled = m.matches();
        Label label = labelled ? LABELS.get(m.group(1)) : null;
        String value = labelled ? l.text().substring(m.start(2)) : l.text();
        if (label == null) {
            unlabelled(l);
            return;
        }
        finding.awaitingStatus = false;
        switch (label) {
            case PROBLEM -> {
                finding.title.append(value);
                finding.current = Field.TITLE;
            }
            case STATUS -> {
                if (finding.statusLine != null) {
                    problems.warning(l.number(), 0, "import.secondStatus", "number", finding.number,
                            "line", finding.statusLine.number());
                } else {
                    finding.statusLine = l;
                    finding.statusText = value;
                    finding.awaitingStatus = statuses.read(value).kind() == StatusWords.Kind.MISSING;
                }
                finding.current = Field.STATUS;
            }
            case MEASURES -> {
                if (finding.measuresLabelled) {
                    problems.warning(l.number(), 0, "import.secondMeasures", "number", finding.number);
                }
                finding.measuresLabelled = true;
                if (!value.isEmpty()) {
                    finding.measures.add(value);
                }
                finding.current = Field.MEASURES;
            }
            case UNITS -> {
                for (String unit : value.split("[、，,；;\\s]+")) {
                    String u = NoticeLine.trimEnd(unit, END_PUNCTUATION);
                    if (!u.isEmpty() && !finding.units.contains(u)) {
                        finding.units.add(u);
                    }
                }
                finding.current = Field.OTHER;
            }
            case DEADLINE -> {
                finding.deadline = deadline(NoticeLine.key(value), l);
                finding.current = Field.OTHER;
            }
        }
    }

    private void unlabelled(NoticeLine l) {
        if (finding.awaitingStatus) {
            finding.awaitingStatus = false;
            if (l.text().length() <= 12) {
                finding.statusText = l.text();
                finding.statusLine = l;
                return;
            }
        }
        switch (finding.current) {
            case TITLE -> finding.title.append(l.text());
            case MEASURES -> finding.measures.add(l.text());
            case STATUS, OTHER -> {
                problems.warning(l.number(), 0, "import.unlabelled", "number", finding.number);
                finding.measures.add(l.text());
                finding.current = Field.MEASURES;
            }
        }
    }

    private LocalDate deadline(String key, NoticeLine l) {
        Matcher m = DEADLINE.matcher(key);
        if (m.lookingAt()) {
            LocalDate date;
            if (m.group(4) != null) {
                date = ChineseDates.of(m.group(1), m.group(4), m.group(5));
            } else if (m.group(2) == null) {
                date = ChineseDates.of(m.group(1), "12", "31");
            } else if (m.group(3) != null) {
                date = ChineseDates.of(m.group(1), m.group(2), m.group(3));
            } else {
                LocalDate first = ChineseDates.of(m.group(1), m.group(2), "1");
                date = first == null ? null : first.withDayOfMonth(first.lengthOfMonth());
            }
            if (date != null) {
                return date;
            }
        }
        problems.warning(l.number(), 0, "import.deadlineNotDate", "number", finding.number);
        return null;
    }

    private void closeFinding() {
        if (finding != null) {
            drafts.add(finding);
            finding = null;
        }
    }

    // ---- results ----

    private List<Item> items() {
        List<Integer> numbers = renumbered();
        int width = SourceTree.numberWidth(numbers.stream().mapToInt(Integer::intValue).max().orElse(1));
        Map<String, List<Integer>> mapped = new LinkedHashMap<>();
        Map<String, String> mappedTo = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            int number = numbers.get(k);
            String file = SourceTree.findingFile(number, width);
            String title = NoticeLine.trimEnd(d.title.toString(), END_PUNCTUATION);
            if (title.isEmpty()) {
                problems.error(d.line.number(), 0, "import.noTitleText", "number", d.number, "file", file);
            }
            StatusWords.Reading status = statuses.read(d.statusText == null ? "" : d.statusText);
            int statusLine = d.statusLine == null ? d.line.number() : d.statusLine.number();
            switch (status.kind()) {
                case MISSING -> problems.error(statusLine, 0,
                        Msg.of(d.statusLine == null ? "import.noStatusLine" : "import.emptyStatus", "number", d.number),
                        Msg.of("import.hint.fillStatus", "file", file, "labels", statuses.labels()));
                case UNKNOWN -> problems.error(statusLine, d.statusLine.columnOf(status.original()),
                        "import.unknownStatus", "word", status.original(), "number", d.number, "file", file,
                        "labels", statuses.labels());
                case MAPPED -> {
                    mapped.computeIfAbsent(status.original(), w -> new ArrayList<>()).add(statusLine);
                    mappedTo.put(status.original(), status.written());
                }
                case KNOWN -> { }
            }
            if (d.measures.isEmpty()) {
                problems.warning(d.line.number(), 0, "import.noMeasures", "number", d.number, "file", file);
            }
            String plain = joined(d.measures);
            items.add(new Item(number, d.group.order, title, status, statusLine, List.copyOf(d.units), d.deadline,
                    body(d.measures), NoticeParts.documents(plain), d.line.number()));
        }
        mapped.forEach((word, at) -> problems.warning(at.get(0), 0,
                at.size() > 1 ? "import.statusMappedAlso" : "import.statusMapped", "word", word,
                "label", mappedTo.get(word), "lines", List.copyOf(at.subList(1, at.size()))));
        return items;
    }

    /** The numbers to write: as in the notice, or 1…N when the notice repeats a number. */
    private List<Integer> renumbered() {
        List<Integer> numbers = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        Draft repeated = null;
        for (Draft d : drafts) {
            if (!seen.add(d.number) && repeated == null) {
                repeated = d;
            }
            numbers.add(d.number);
        }
        if (repeated != null) {
            problems.warning(repeated.line.number(), 0, "import.numberAgain", "number", repeated.number,
                    "count", drafts.size());
            numbers.clear();
            for (int k = 1; k <= drafts.size(); k++) {
                numbers.add(k);
            }
            return numbers;
        }
        for (int k = 1; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            int previous = drafts.get(k - 1).number;
            if (d.number != previous + 1) {
                problems.warning(d.line.number(), 0, "import.numberGap", "previous", previous, "number", d.number);
            }
        }
        return numbers;
    }

    /** Measures as Markdown: a list when each line is numbered 1. 2. … or （1）（2）…, else one line. */
    private static String body(List<String> pieces) {
        if (pieces.size() >= 2) {
            List<String> items = new ArrayList<>();
            for (String piece : pieces) {
                Matcher m = ENUMERATOR.matcher(NoticeLine.key(piece));
                if (!m.lookingAt() || enumeratorValue(m) != items.size() + 1) {
                    items = null;
                    break;
                }
                items.add((items.size() + 1) + ". " + MarkdownText.escape(piece.substring(m.end())));
            }
            if (items != null) {
                return String.join("\n", items);
            }
        }
        return MarkdownText.escape(joined(pieces));
    }

    private static int enumeratorValue(Matcher m) {
        if (m.group(3) != null) {
            return m.group(3).charAt(0) - '①' + 1;
        }
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** Lines joined as one: without a space, except between two Latin letters or digits. */
    private static String joined(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            if (sb.length() > 0 && !p.isEmpty() && latin(sb.charAt(sb.length() - 1)) && latin(p.charAt(0))) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static String paragraphs(List<NoticeLine> lines) {
        return lines.stream().map(l -> MarkdownText.escape(l.text())).collect(Collectors.joining("\n\n"));
    }

    private String narrativeText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : narrative) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            if (b.summaryOf() == null) {
                sb.append(b.markdown());
            } else {
                SectionState s = b.summaryOf();
                sb.append(s.groups > 0 ? "反馈的" + s.groups + "个方面" : "反馈的").append(s.findings)
                        .append("项问题的整改结果和整改情况，逐项列于本站问题清单。");
            }
        }
        return sb.toString();
    }

    // ---- state ----

    /** A paragraph of the narrative, or the place where a section's problems are summarised. */
    private record Block(String markdown, SectionState summaryOf) {}

    private static final class SectionState {
        final int ordinal;
        final String title;
        int groups;
        int findings;
        boolean summarised;

        SectionState(NoticeLine heading, String title) {
            this.ordinal = heading == null ? 0 : ChineseDates.number(SECTION.matcher(heading.key()).replaceFirst("$1"));
            this.title = heading == null ? "" : heading.text().substring(heading.text().length() - title.length());
        }
    }

    private static final class GroupDraft {
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

    private static final class Draft {
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

        Draft(int number, GroupDraft group, NoticeLine line) {
            this.number = number;
            this.group = group;
            this.line = line;
        }
    }
}
