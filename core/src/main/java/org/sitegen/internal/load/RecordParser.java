package org.sitegen.internal.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.internal.load.RawRecords.Head;
import org.sitegen.internal.load.RawRecords.RawCategory;
import org.sitegen.internal.load.RawRecords.RawFinding;
import org.sitegen.internal.load.RawRecords.RawHistory;
import org.sitegen.internal.load.RawRecords.RawNotice;
import org.sitegen.internal.load.RawRecords.RawPage;
import org.sitegen.model.Disclosure;
import org.sitegen.model.StatusVocabulary;

/** Reads one record file of a known kind into a raw record, reporting its own problems. */
final class RecordParser {
    /** Whether s is a valid id, [a-z0-9][a-z0-9-]*, checked by hand: this runs for every record. */
    static boolean isId(String s) {
        if (s.isEmpty() || s.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static final Set<String> CATEGORY_KEYS = Fields.keys("id", "order", "title", "inspection");
    static final Set<String> FINDING_KEYS =
            Fields.keys("id", "number", "category", "title", "status", "units", "deadline", "documents", "history",
                    "outcomes");
    static final Set<String> HISTORY_KEYS = Fields.keys("date", "status", "note");
    static final Set<String> NOTICE_KEYS = Fields.keys("id", "title", "date", "issuer", "inspection", "totals",
            "indexNumber", "publisher", "written", "published", "documentNumber", "subject");
    /** 索引号: the organisation's code (9 or 18 letters and digits), '/', the year, '-', a five-digit serial. */
    static final java.util.regex.Pattern INDEX_NUMBER =
            java.util.regex.Pattern.compile("(?:[0-9A-Z]{9}|[0-9A-Z]{18})/[0-9]{4}-[0-9]{5}");
    static final Set<String> PAGE_KEYS = Fields.keys("id", "title", "order");
    /** An inspection's file: what an item of site.yaml's {@code inspections:} has, and {@code reviewed}. */
    static final Set<String> INSPECTION_KEYS = Fields.keys("id", "title", "inspector", "kind", "start", "end",
            "feedback", "words", "outcomes", "reviewed");

    /** What every record may say (issue 15): whether it is published, which numbers were cleared. */
    static final Set<String> PUBLICATION_KEYS = Fields.keys("public", "reviewed");

    static {
        for (Set<String> keys : List.of(CATEGORY_KEYS, FINDING_KEYS, NOTICE_KEYS, PAGE_KEYS)) {
            keys.addAll(PUBLICATION_KEYS);
        }
        NOTICE_KEYS.add("attachments");
    }

    /** How a record's mapping is named in problems. */
    static final Message FRONT_MATTER = Message.of("where.frontMatter");
    private static final Message HISTORY_ENTRY = Message.of("where.historyEntry");

    private RecordParser() {}

    /** Decodes and splits a file; empty when it has no usable front matter. */
    private static Optional<Parsed> open(byte[] bytes, ProblemList problems) {
        String text = SourceText.decode(bytes, problems);
        if (text == null) {
            return Optional.empty();
        }
        SourceText.Split split = SourceText.split(text, problems);
        if (split == null) {
            return Optional.empty();
        }
        return FrontMatter.parse(split.frontMatter(), split.frontMatterLine(), problems, FRONT_MATTER)
                .map(f -> new Parsed(text, split, f));
    }

    private record Parsed(String text, SourceText.Split split, Fields fields) {}

    private static Head head(Parsed p, ProblemList problems) {
        Fields f = p.fields();
        String id = f.text("id", false);
        boolean fromFileName = id == null;
        Pos idPos = fromFileName ? Pos.FILE : f.valuePos("id");
        if (fromFileName) {
            String name = problems.file().getFileName().toString();
            id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        }
        if (!isId(id)) {
            if (fromFileName) {
                problems.error(1, 1, "id.fromFileName", "name", problems.file().getFileName());
            } else {
                problems.error(idPos, "id.invalid", "id", id, "suggestion", suggestId(id));
            }
        }
        Boolean published = f.bool("public");
        boolean withheld = Boolean.FALSE.equals(published);
        List<ProblemList.Found> personal = List.of();
        if (!withheld) {
            // reported only if the record is published: a finding may be withheld by its category
            ProblemList own = new ProblemList(problems.file());
            PersonalData.check(p.text(), f, p.split().bodyLine(), PersonalData.reviewed(f, own), true, own);
            personal = own.all();
        } else if (f.has("reviewed")) {
            PersonalData.reviewed(f, problems); // checked, though nothing of the record is published
        }
        return new Head(problems.file(), id, idPos, fromFileName, p.split().body(), p.split().bodyLine(), withheld,
                personal, BodyLinks.of(p.text(), p.split()));
    }

    private static String suggestId(String id) {
        String s = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "leased-public-assets" : s;
    }

    static Optional<RawCategory> category(byte[] bytes, ProblemList problems) {
        return open(bytes, problems).map(p -> {
            Fields f = p.fields();
            f.rejectUnknownKeys(CATEGORY_KEYS);
            Head head = head(p, problems);
            Integer order = f.integer("order", true);
            String title = f.text("title", true);
            String inspection = f.text("inspection", false);
            return new RawCategory(head, order, title, inspection, f.valuePos("inspection"));
        });
    }

    static Optional<RawFinding> finding(byte[] bytes, ProblemList problems) {
        return open(bytes, problems).map(p -> {
            Fields f = p.fields();
            f.rejectUnknownKeys(FINDING_KEYS);
            Head head = head(p, problems);
            Integer number = f.integer("number", true);
            if (number != null && number < 1) {
                problems.error(f.valuePos("number"), "number.notPositive", "number", number);
                number = null;
            }
            String category = f.text("category", true);
            String title = f.text("title", true);
            String status = f.text("status", true);
            List<String> units = f.textList("units");
            var deadline = f.deadline("deadline");
            List<String> documents = f.textList("documents");
            List<RawHistory> history = new ArrayList<>();
            for (Fields h : f.mappings("history", HISTORY_ENTRY, "history:\n  - {date: 2023-12-26, status: 完成}")) {
                h.rejectUnknownKeys(HISTORY_KEYS);
                history.add(new RawHistory(
                        h.date("date", true), h.valuePos("date"),
                        h.text("status", true), h.valuePos("status"),
                        h.text("note", false)));
            }
            return new RawFinding(head, number, f.valuePos("number"), category, f.valuePos("category"), title,
                    status, f.valuePos("status"), units, deadline, documents, history, f.keyPos("history"),
                    Measures.split(head.body()), OutcomeFields.read(f, problems));
        });
    }

    static Optional<RawNotice> notice(byte[] bytes, ProblemList problems) {
        return open(bytes, problems).map(p -> {
            Fields f = p.fields();
            f.rejectUnknownKeys(NOTICE_KEYS);
            Head head = head(p, problems);
            return new RawNotice(head, f.text("title", true), f.date("date", true), f.text("issuer", false),
                    f.text("inspection", false), f.valuePos("inspection"), NoticeTotals.read(f),
                    Attachments.read(f, problems), disclosure(f, problems));
        });
    }

    /** The 信息公开 metadata a notice's front matter gives; what it leaves out stays null. */
    private static Disclosure disclosure(Fields f, ProblemList problems) {
        String indexNumber = f.text("indexNumber", false);
        if (indexNumber != null && !INDEX_NUMBER.matcher(indexNumber).matches()) {
            problems.error(f.valuePos("indexNumber"), "notice.indexNumber.invalid", "value", indexNumber);
            indexNumber = null;
        }
        LocalDate written = f.date("written", false);
        LocalDate published = f.date("published", false);
        if (written != null && published != null && published.isBefore(written)) {
            problems.error(f.valuePos("published"), "notice.publishedBeforeWritten", "published", published,
                    "written", written);
        }
        return new Disclosure(indexNumber, f.text("publisher", false), written, published,
                f.text("documentNumber", false), f.text("subject", false));
    }

    static Optional<RawPage> page(byte[] bytes, ProblemList problems) {
        return open(bytes, problems).map(p -> {
            Fields f = p.fields();
            f.rejectUnknownKeys(PAGE_KEYS);
            Head head = head(p, problems);
            return new RawPage(head, f.text("title", true), f.integer("order", false));
        });
    }

    /**
     * An inspection of its own file, {@code inspections/<id>.md}: front matter with the fields of an
     * item of site.yaml's {@code inspections:} ({@link InspectionFields}), the id defaulting to the
     * file's name. The body is not published.
     *
     * @param statuses the site's vocabulary, which {@code words: statuses:} names
     */
    static Optional<DeclaredInspection> inspection(byte[] bytes, StatusVocabulary statuses, ProblemList problems) {
        return open(bytes, problems).map(p -> {
            Fields f = p.fields();
            f.rejectUnknownKeys(INSPECTION_KEYS);
            String name = problems.file().getFileName().toString();
            String fileId = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
            DeclaredInspection declared = InspectionFields.read(f, problems.file(), fileId, null, statuses, problems);
            // what it declares is published (its body is not): no citizen's number in it
            PersonalData.check(p.text(), f, 0, PersonalData.reviewed(f, problems), true, problems);
            return declared;
        });
    }

    static Path fileOf(Head head) {
        return head.file();
    }
}
