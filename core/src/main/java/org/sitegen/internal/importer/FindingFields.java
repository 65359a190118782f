package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.internal.importer.FindingDraft.Field;
import org.sitegen.internal.importer.NoticePatterns.Label;

/**
 * Reads the lines that follow a problem's first line into its draft: the labelled lines (整改结果：,
 * 整改情况：, 责任单位：, 整改时限：…) and the unlabelled ones, which continue the field before them.
 */
final class FindingFields {
    private static final Pattern DEADLINE = Pattern.compile(
            "^(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|底)?|年底|-(\\d{1,2})-(\\d{1,2}))");

    private final ImportProblems problems;
    private final StatusWords statuses;

    FindingFields(ImportProblems problems, StatusWords statuses) {
        this.problems = problems;
        this.statuses = statuses;
    }

    /** Reads one line of a problem. */
    void read(FindingDraft finding, NoticeLine l) {
        Matcher m = NoticePatterns.LABEL.matcher(l.key());
        boolean labelled = m.matches();
        Label label = labelled ? NoticePatterns.label(m) : null;
        String value = labelled ? l.text().substring(m.start(2)) : l.text();
        if (label == null) {
            unlabelled(finding, l);
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
                    String u = NoticeLine.trimEnd(unit, NoticePatterns.END_PUNCTUATION);
                    if (!u.isEmpty() && !finding.units.contains(u)) {
                        finding.units.add(u);
                    }
                }
                finding.current = Field.OTHER;
            }
            case DEADLINE -> {
                finding.deadline = deadline(finding, NoticeLine.key(value), l);
                finding.current = Field.OTHER;
            }
        }
    }

    private void unlabelled(FindingDraft finding, NoticeLine l) {
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

    private LocalDate deadline(FindingDraft finding, String key, NoticeLine l) {
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
}
