package org.sitegen.internal.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.internal.importer.ParsedNotice.Item;

/**
 * Turns the drafts of a notice's problems into its findings: numbered as in the notice (or 1…N
 * when it repeats numbers), each checked for a title, a status and measures, and what was read
 * in a way worth checking reported.
 */
final class FindingList {
    private final ImportProblems problems;
    private final StatusWords statuses;
    private final RecordWriter.Layout layout;

    /** @param layout where the records go, for the files problems name */
    FindingList(ImportProblems problems, StatusWords statuses, RecordWriter.Layout layout) {
        this.problems = problems;
        this.statuses = statuses;
        this.layout = layout;
    }

    /** The findings of the drafts, in the notice's order. */
    List<Item> items(List<FindingDraft> drafts) {
        List<Integer> numbers = renumbered(drafts);
        int width = RecordWriter.numberWidth(numbers.stream().mapToInt(Integer::intValue).max().orElse(1));
        Map<String, List<Integer>> mapped = new LinkedHashMap<>();
        Map<String, String> mappedTo = new LinkedHashMap<>();
        Map<String, List<Unknown>> unknown = new LinkedHashMap<>();
        List<Missing> missing = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            FindingDraft d = drafts.get(k);
            int number = numbers.get(k);
            String file = layout.findingFile(number, width);
            String title = NoticeLine.trimEnd(d.title.toString(), NoticePatterns.END_PUNCTUATION);
            if (title.isEmpty()) {
                problems.error(d.line.number(), 0, "import.noTitleText", "number", d.number, "file", file);
            }
            StatusWords.Reading status = statuses.read(d.statusText == null ? "" : d.statusText);
            int statusLine = d.statusLine == null ? d.line.number() : d.statusLine.number();
            switch (status.kind()) {
                case MISSING -> missing.add(new Missing(d, number, statusLine, file));
                case UNKNOWN -> unknown.computeIfAbsent(status.original(), w -> new ArrayList<>())
                        .add(new Unknown(d, number, statusLine, d.statusLine.columnOf(status.original()), file));
                case MAPPED -> {
                    mapped.computeIfAbsent(status.original(), w -> new ArrayList<>()).add(statusLine);
                    mappedTo.put(status.original(), status.written());
                }
                case KNOWN -> { }
            }
            if (d.measures.isEmpty()) {
                problems.warning(d.line.number(), 0, "import.noMeasures", "number", d.number, "file", file);
            }
            String plain = MeasuresMarkdown.joined(d.measures);
            items.add(new Item(number, d.group.order, title, status, statusLine, List.copyOf(d.units), d.deadline,
                    MeasuresMarkdown.body(d.measures, d.paragraphs), NoticeParts.documents(plain), d.line.number()));
        }
        reportMissing(missing, drafts.size());
        unknown.forEach(this::reportUnknown);
        mapped.forEach((word, at) -> problems.warning(at.get(0), 0,
                at.size() > 1 ? "import.statusMappedAlso" : "import.statusMapped", "word", word,
                "label", mappedTo.get(word), "lines", List.copyOf(at.subList(1, at.size()))));
        return items;
    }

    private record Missing(FindingDraft draft, int number, int line, String file) {}

    private record Unknown(FindingDraft draft, int number, int line, int column, String file) {}

    /**
     * The problems whose status the notice does not give: one error, at the first, listing them
     * all and the records to complete (one problem alone keeps its own message).
     */
    private void reportMissing(List<Missing> missing, int all) {
        if (missing.isEmpty()) {
            return;
        }
        Missing first = missing.get(0);
        if (missing.size() == 1) {
            FindingDraft d = first.draft();
            problems.error(first.line(), 0,
                    Message.of(d.statusLine == null ? "import.noStatusLine" : "import.emptyStatus", "number", d.number),
                    Message.of("import.hint.fillStatus", "file", first.file(), "labels", statuses.labels()));
            return;
        }
        List<Integer> numbers = missing.stream().map(Missing::number).toList();
        List<String> files = missing.stream().map(Missing::file).toList();
        problems.error(first.line(), 0,
                Message.of(missing.size() == all ? "import.noStatuses" : "import.someStatusesMissing",
                        "count", missing.size(), "numbers", numbers),
                Message.of("import.hint.fillStatuses", "files", files, "labels", statuses.labels()));
    }

    /** A status word not in the vocabulary: one error where it first appears, naming every problem it is the status of. */
    private void reportUnknown(String word, List<Unknown> at) {
        Unknown first = at.get(0);
        if (at.size() == 1) {
            problems.error(first.line(), first.column(), "import.unknownStatus", "word", word,
                    "number", first.draft().number, "file", first.file(), "labels", statuses.labels());
            return;
        }
        problems.error(first.line(), first.column(), Message.of("import.unknownStatusOfMany", "word", word,
                        "count", at.size(), "numbers", at.stream().map(Unknown::number).toList()),
                Message.of("import.hint.changeStatuses", "files", at.stream().map(Unknown::file).toList(),
                        "labels", statuses.labels()));
    }

    /** The numbers to write: as in the notice, or 1…N when the notice repeats a number. */
    private List<Integer> renumbered(List<FindingDraft> drafts) {
        List<Integer> numbers = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        FindingDraft repeated = null;
        for (FindingDraft d : drafts) {
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
            FindingDraft d = drafts.get(k);
            int previous = drafts.get(k - 1).number;
            if (d.number != previous + 1) {
                problems.warning(d.line.number(), 0, "import.numberGap", "previous", previous, "number", d.number);
            }
        }
        return numbers;
    }
}
