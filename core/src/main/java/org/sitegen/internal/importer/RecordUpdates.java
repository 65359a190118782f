package org.sitegen.internal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.internal.importer.ParsedNotice.Item;
import org.sitegen.internal.importer.TreeUpdate.Change;
import org.sitegen.internal.importer.TreeUpdate.Kind;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.Notice;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * A later notice of an inspection the tree holds: matches each of its problems to the record of
 * the same number (and title), adds a dated entry to the record's {@code history:} and, when the
 * entry is the newest, sets its {@code status:}, editing the lines in place ({@link RecordText});
 * problems the tree does not have become {@link NewRecords}; the notice gets its record.
 */
final class RecordUpdates {
    private final PlanDraft draft;
    private final ParsedNotice notice;
    private final Site site;
    private final ImportProblems problems;
    private final List<Change> changes;

    RecordUpdates(PlanDraft draft) {
        this.draft = draft;
        this.notice = draft.notice;
        this.site = draft.site;
        this.problems = draft.problems;
        this.changes = draft.changes;
    }

    /** Updates the inspection's records the notice reports on, adds those it does not have, and the notice. */
    void update(Inspection inspection) throws IOException {
        Map<Integer, Finding> byNumber = new HashMap<>();
        for (Finding f : site.findingsOf(inspection)) {
            byNumber.put(f.number(), f);
        }
        StatusWords words = new StatusWords(site.statuses(), ImportedWords.statusNames(inspection, site));
        Set<Integer> mentioned = new HashSet<>();
        NewRecords created = new NewRecords(draft, inspection);
        for (Item item : notice.findings()) {
            mentioned.add(item.number());
            Finding f = byNumber.get(item.number());
            if (f == null) {
                created.add(item, words);
                continue;
            }
            update(f, item, words, byNumber);
        }
        for (Finding f : site.findingsOf(inspection).stream()
                .sorted((a, b) -> Integer.compare(a.number(), b.number())).toList()) {
            if (!mentioned.contains(f.number())) {
                changes.add(new Change(Kind.UNMENTIONED, f.number(), f.title(), PlanDraft.file(f), f.status(),
                        f.status()));
            }
        }
        addNotice(inspection);
    }

    private void update(Finding f, Item item, StatusWords words, Map<Integer, Finding> byNumber) throws IOException {
        String file = PlanDraft.file(f);
        if (!sameProblem(f, item, byNumber)) {
            return;
        }
        StatusWords.Reading reading = words.read(item.status().original());
        Status status = words.status(reading);
        LocalDate date = notice.date();
        HistoryEntry sameDay = null;
        int before = 0;
        for (HistoryEntry h : f.history()) {
            if (h.date().equals(date)) {
                sameDay = h;
            }
            if (!h.date().isAfter(date)) {
                before++;
            }
        }
        if (sameDay != null) {
            if (status != null && !status.equals(sameDay.status())) {
                problems.warning(item.statusLine(), 0, "import.update.sameDayDiffers", "number", item.number(),
                        "date", date, "recorded", draft.word(sameDay.status(), f.inspection()), "notice",
                        reading.original(), "file", file);
            }
            changes.add(new Change(Kind.RECORDED, f.number(), f.title(), file, f.status(), f.status()));
            return;
        }
        if (status == null) {
            notUpdated(f, item, reading, file);
            return;
        }
        if (reading.kind() == StatusWords.Kind.MAPPED) {
            problems.warning(item.statusLine(), 0, "import.statusMapped", "word", reading.original(), "label",
                    draft.word(status, f.inspection()));
        }
        String entry = entry(status, f.inspection(), note(item));
        boolean newest = before == f.history().size();
        RecordText text = RecordText.record(Files.readAllBytes(draft.root.resolve(file)));
        boolean ok = text != null && text.addItem("history", entry, before, f.history().size());
        if (ok && newest && !status.equals(f.status())) {
            ok = text.setScalar("status", YamlQuoting.scalar(draft.word(status, f.inspection())));
        }
        if (!ok) {
            problems.error(item.line(), 0, "import.update.cannotEdit", "number", item.number(), "file", file,
                    "entry", "- " + entry, "status", draft.word(status, f.inspection()));
            changes.add(new Change(Kind.NOT_UPDATED, f.number(), f.title(), file, f.status(), status));
            return;
        }
        draft.files.put(file, text.bytes());
        Kind kind = !newest ? Kind.EARLIER : status.equals(f.status()) ? Kind.CONFIRMED : Kind.CHANGED;
        if (kind == Kind.CHANGED && f.status().closed() && !status.closed()) {
            problems.warning(item.statusLine(), 0, "import.update.reopened", "number", item.number(),
                    "from", draft.word(f.status(), f.inspection()), "to", draft.word(status, f.inspection()));
        }
        changes.add(new Change(kind, f.number(), f.title(), file, f.status(), newest ? status : f.status()));
    }

    /** Whether the notice's problem is the record's: the same title, or nearly (a warning); else an error. */
    private boolean sameProblem(Finding f, Item item, Map<Integer, Finding> byNumber) {
        String file = PlanDraft.file(f);
        if (item.title().isEmpty()) {
            return true; // nothing to confirm by; the number stands
        }
        switch (Titles.compare(item.title(), f.title())) {
            case SAME -> {
                return true;
            }
            case SIMILAR -> {
                problems.warning(item.line(), 0, "import.update.titleDiffers", "number", item.number(), "notice",
                        item.title(), "record", f.title(), "file", file);
                return true;
            }
            default -> {
                Finding other = null;
                for (Finding o : byNumber.values()) {
                    if (o != f && Titles.compare(item.title(), o.title()) == Titles.Likeness.SAME) {
                        other = o;
                    }
                }
                problems.error(item.line(), 0, Message.of("import.update.otherProblem", "number", item.number(),
                                "notice", item.title(), "record", f.title(), "file", file),
                        other == null ? Message.of("import.update.otherProblem.hint")
                                : Message.of("import.update.otherProblemFound.hint", "other", other.number(),
                                        "otherFile", PlanDraft.file(other)));
                changes.add(new Change(Kind.NOT_UPDATED, f.number(), f.title(), file, f.status(), null));
                draft.refused = true;
                return false;
            }
        }
    }

    private void notUpdated(Finding f, Item item, StatusWords.Reading reading, String file) {
        String example = "- " + entry(f.status(), f.inspection(), note(item));
        if (reading.kind() == StatusWords.Kind.MISSING) {
            problems.error(item.statusLine(), 0, "import.update.noStatus", "number", item.number(), "file", file,
                    "entry", example);
        } else {
            problems.error(item.statusLine(), 0, "import.update.unknownStatus", "number", item.number(), "word",
                    reading.original(), "file", file, "labels", labels(f.inspection()), "entry", example);
        }
        changes.add(new Change(Kind.NOT_UPDATED, f.number(), f.title(), file, f.status(), null));
    }

    /** The notice's record, unless the tree has a notice of the inspection on that date already. */
    private void addNotice(Inspection inspection) {
        for (Notice n : site.notices()) {
            if (n.inspection().equals(inspection) && n.date().equals(notice.date())) {
                return;
            }
        }
        RecordWriter writer = draft.writer(new StatusWords(site.statuses()));
        draft.put(draft.freeNoticeFile(inspection.id()), writer.noticeRecord(inspection.id()));
    }

    /** A history entry as a flow mapping: {@code {date: 2024-06-30, status: 完成, note: …}}. */
    private String entry(Status status, Inspection inspection, String note) {
        StringBuilder sb = new StringBuilder("{date: ").append(notice.date()).append(", status: ")
                .append(YamlQuoting.flowScalar(draft.word(status, inspection)));
        if (!note.isEmpty()) {
            sb.append(", note: ").append(YamlQuoting.flowScalar(note));
        }
        return sb.append('}').toString();
    }

    /** The notice's 整改情况 as a one-line note. */
    private static String note(Item item) {
        return org.sitegen.internal.markdown.Markdown.plainText(item.body()).strip();
    }

    private List<String> labels(Inspection inspection) {
        return site.statuses().statuses().stream().map(s -> draft.word(s, inspection)).toList();
    }
}
