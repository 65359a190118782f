package org.sitegen.internal.importer;

import java.util.regex.Matcher;
import org.sitegen.internal.importer.FindingDraft.Field;
import org.sitegen.internal.importer.NoticePatterns.Label;

/**
 * Reads the lines that follow a problem's first line into its draft: the labelled lines (整改结果：,
 * 整改情况：, 责任单位：, 整改时限：…) and the unlabelled ones, which continue the field before them.
 */
final class FindingFields {
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
            case TITLE -> {
                if (ProseShapes.endsSentence(finding.title)) {
                    finding.measures.add(l.text()); // the measures follow the problem's sentence directly
                    finding.current = Field.MEASURES;
                } else {
                    finding.title.append(l.text());
                }
            }
            case MEASURES -> finding.measures.add(l.text());
            case STATUS, OTHER -> {
                if (!finding.paragraphs) {
                    problems.warning(l.number(), 0, "import.unlabelled", "number", finding.number);
                }
                finding.measures.add(l.text());
                finding.current = Field.MEASURES;
            }
        }
    }

    private String deadline(FindingDraft finding, String key, NoticeLine l) {
        String deadline = Deadlines.read(key);
        if (deadline == null) {
            problems.warning(l.number(), 0, "import.deadlineNotDate", "number", finding.number);
        }
        return deadline;
    }
}
