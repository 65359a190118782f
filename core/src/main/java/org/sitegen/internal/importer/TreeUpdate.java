package org.sitegen.internal.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitegen.internal.Message;
import org.sitegen.internal.ProblemBundle;
import org.sitegen.internal.importer.ParsedNotice.Group;
import org.sitegen.internal.importer.ParsedNotice.Item;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.InspectionWords;
import org.sitegen.model.Notice;
import org.sitegen.model.Problem;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * Imports a notice into a source tree that has records already: a later notice of an inspection
 * the tree holds updates the records it reports on; a notice of another inspection adds that
 * inspection and its records. Works out every change first and writes nothing: the caller writes
 * {@link Plan#files()}, or, in a dry run, only shows {@link Plan#summary()}.
 *
 * <p>An update changes, in each record the notice reports on, two things and nothing else: it
 * adds a dated entry to {@code history:} (the notice's date, its status, its 整改情况 as the note)
 * and, when the entry is the newest, sets {@code status:}. The lines are edited in place
 * ({@link RecordText}); the body, hand-written fields, comments and every other record stay
 * byte for byte. A record that has an entry on the notice's date already is left alone, so
 * importing a notice twice changes nothing.
 */
public final class TreeUpdate {
    /** Parse problems an update reports in its own words, or that do not concern a tree that exists. */
    private static final Set<String> UPDATE_FORGETS = Set.of("import.noStatusLine", "import.emptyStatus",
            "import.noStatuses", "import.someStatusesMissing", "import.unknownStatus", "import.unknownStatusOfMany",
            "import.statusMapped", "import.statusMappedAlso", "import.numberGap", "import.noContact",
            "import.noIssuer", "import.noOpening", "import.noPeriod", "import.noInspector", "import.noFeedback",
            "import.noMeasures", "import.noTitleText");
    /** Parse problems about site-wide settings that the tree has already. */
    private static final Set<String> ADD_FORGETS = Set.of("import.noContact", "import.noIssuer");

    /** What became of a problem of the notice, or of a record of its inspection. */
    public enum Kind {
        /** A dated entry was added and the status changed. */
        CHANGED,
        /** A dated entry was added; the status stays what it was. */
        CONFIRMED,
        /** A dated entry was added before newer ones; the status stays. */
        EARLIER,
        /** The record has an entry on the notice's date already: nothing changed. */
        RECORDED,
        /** A new record: the tree did not have the problem. */
        ADDED,
        /** The notice reports on the problem, but the record could not be updated (see the problems). */
        NOT_UPDATED,
        /** The notice does not mention the record: left alone. */
        UNMENTIONED
    }

    /**
     * What became of one problem.
     *
     * @param file the record, relative to the source folder
     * @param from the status before; null for a new record
     * @param to the status after; null when unknown
     */
    public record Change(Kind kind, int number, String title, String file, Status from, Status to) {}

    /**
     * The update worked out.
     *
     * @param refused whether nothing may be written: the notice does not fit the tree
     * @param inspectionId the inspection updated or added; null when refused before it was known
     * @param inspectionAdded whether the notice's inspection is new to the tree
     * @param files relative path (with {@code /}) to the new content of each file to write, in
     *     writing order; empty when nothing changes
     * @param changes what became of each problem: the notice's, then the unmentioned records
     * @param summary one line for the clerk to check against the notice; "" when refused
     * @param problems what to check or fix: the notice's lines, then the tree's files
     */
    public record Plan(boolean refused, String inspectionId, boolean inspectionAdded, Map<String, byte[]> files,
            List<Change> changes, String summary, List<Problem> problems) {}

    private final NoticeReader.Reading reading;
    private final ParsedNotice notice;
    private final Site site;
    private final Path root;
    private final ProblemBundle texts;
    private final ImportProblems problems;
    private final List<Problem> treeProblems = new ArrayList<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private boolean refused;

    private TreeUpdate(NoticeReader.Reading reading, Site site, Path root) {
        this.reading = reading;
        this.notice = reading.notice;
        this.site = site;
        this.root = root;
        this.problems = reading.problems;
        this.texts = reading.problems.texts();
    }

    /** Whether a folder holds a tree to update or add to: it has a {@code site.yaml}. */
    public static boolean applies(Path root) {
        return Files.isRegularFile(root.resolve("site.yaml"), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Works out the import of a notice into a tree.
     *
     * @param site the tree, loaded without errors
     * @param root the tree's folder
     * @param inspectionId the inspection the clerk says the notice reports on; null to recognise
     *     it from the notice's opening
     */
    public static Plan plan(NoticeReader.Reading reading, Site site, Path root, String inspectionId)
            throws IOException {
        return new TreeUpdate(reading, site, root).plan(inspectionId);
    }

    private Plan plan(String requested) throws IOException {
        problems.forget(UPDATE_FORGETS); // an added inspection is read again, with its own problems
        Inspection inspection = inspection(requested);
        if (refused) {
            return result(null, false, "");
        }
        if (notice.date() == null) {
            refused = true; // import.noDate says so: without a date there is no history entry
            return result(null, false, "");
        }
        if (inspection == null) {
            return addInspection();
        }
        update(inspection);
        if (refused) {
            files.clear();
            return result(inspection.id(), false, "");
        }
        return result(inspection.id(), false, summary(inspection));
    }

    private Plan result(String inspectionId, boolean added, String summary) {
        List<Problem> all = new ArrayList<>(problems.all());
        all.addAll(treeProblems);
        return new Plan(refused, inspectionId, added, refused ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files)),
                List.copyOf(changes), summary, all);
    }

    /** The inspection the notice reports on; null when it is new to the tree (refused when unclear). */
    private Inspection inspection(String requested) {
        List<String> ids = site.inspections().stream().map(Inspection::id).toList();
        if (requested != null) {
            Inspection i = site.inspection(requested).orElse(null);
            if (i == null) {
                problems.error(0, 0, "import.inspectionUnknown", "id", requested, "ids", ids);
                refused = true;
            }
            return i;
        }
        List<Inspection> fits = InspectionMatch.candidates(notice.inspection(), site.inspections());
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.size() > 1) {
            problems.error(0, 0, "import.inspectionAmbiguous", "ids", fits.stream().map(Inspection::id).toList());
            refused = true;
        } else if (!InspectionMatch.states(notice.inspection())) {
            problems.error(0, 0, "import.whichInspection", "ids", ids);
            refused = true;
        }
        return null;
    }

    // ---- a later notice of an inspection the tree holds

    private void update(Inspection inspection) throws IOException {
        Map<Integer, Finding> byNumber = new HashMap<>();
        for (Finding f : site.findingsOf(inspection)) {
            byNumber.put(f.number(), f);
        }
        StatusWords words = new StatusWords(site.statuses(), ImportedWords.statusNames(inspection, site));
        Set<Integer> mentioned = new HashSet<>();
        NewRecords created = new NewRecords(inspection);
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
                changes.add(new Change(Kind.UNMENTIONED, f.number(), f.title(), file(f), f.status(), f.status()));
            }
        }
        addNotice(inspection);
    }

    private void update(Finding f, Item item, StatusWords words, Map<Integer, Finding> byNumber) throws IOException {
        String file = file(f);
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
                        "date", date, "recorded", word(sameDay.status(), f.inspection()), "notice",
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
                    word(status, f.inspection()));
        }
        String entry = entry(status, f.inspection(), note(item));
        boolean newest = before == f.history().size();
        RecordText text = RecordText.record(Files.readAllBytes(root.resolve(file)));
        boolean ok = text != null && text.addItem("history", entry, before, f.history().size());
        if (ok && newest && !status.equals(f.status())) {
            ok = text.setScalar("status", YamlQuoting.scalar(word(status, f.inspection())));
        }
        if (!ok) {
            problems.error(item.line(), 0, "import.update.cannotEdit", "number", item.number(), "file", file,
                    "entry", "- " + entry, "status", word(status, f.inspection()));
            changes.add(new Change(Kind.NOT_UPDATED, f.number(), f.title(), file, f.status(), status));
            return;
        }
        files.put(file, text.bytes());
        Kind kind = !newest ? Kind.EARLIER : status.equals(f.status()) ? Kind.CONFIRMED : Kind.CHANGED;
        if (kind == Kind.CHANGED && f.status().closed() && !status.closed()) {
            problems.warning(item.statusLine(), 0, "import.update.reopened", "number", item.number(),
                    "from", word(f.status(), f.inspection()), "to", word(status, f.inspection()));
        }
        changes.add(new Change(kind, f.number(), f.title(), file, f.status(), newest ? status : f.status()));
    }

    /** Whether the notice's problem is the record's: the same title, or nearly (a warning); else an error. */
    private boolean sameProblem(Finding f, Item item, Map<Integer, Finding> byNumber) {
        String file = file(f);
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
                                        "otherFile", file(other)));
                changes.add(new Change(Kind.NOT_UPDATED, f.number(), f.title(), file, f.status(), null));
                refused = true;
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
        RecordWriter writer = writer(new StatusWords(site.statuses()));
        put(freeNoticeFile(inspection.id()), writer.noticeRecord(inspection.id()));
    }

    private String freeNoticeFile(String inspectionId) {
        String base = "notices/" + notice.date();
        List<String> names = List.of(base + ".md", base + "-" + inspectionId + ".md");
        for (String name : names) {
            if (!exists(name)) {
                return name;
            }
        }
        for (int k = 2; ; k++) {
            String name = base + "-" + inspectionId + "-" + k + ".md";
            if (!exists(name)) {
                return name;
            }
        }
    }

    /** New records for problems the tree does not have, in the layout of the inspection's others. */
    private final class NewRecords {
        private final Inspection inspection;
        private final RecordWriter.Layout layout;
        private final Map<Integer, String> categoryOfGroup = new HashMap<>();
        private final Set<String> findingIds = new HashSet<>();
        private final Set<String> categoryIds = new HashSet<>();
        private int nextOrder;

        NewRecords(Inspection inspection) {
            this.inspection = inspection;
            boolean first = site.inspections().get(0).equals(inspection);
            this.layout = first ? RecordWriter.Layout.fresh(inspection.id())
                    : RecordWriter.Layout.added(inspection.id());
            site.findings().forEach(f -> findingIds.add(f.id()));
            site.categories().forEach(c -> categoryIds.add(c.id()));
            for (Category c : site.categories()) {
                if (c.inspection().equals(inspection)) {
                    nextOrder = Math.max(nextOrder, c.order());
                }
            }
        }

        void add(Item item, StatusWords words) {
            String categoryId = category(item.group());
            int width = Math.max(widthOfTree(), RecordWriter.numberWidth(item.number()));
            String file = layout.findingFile(item.number(), width);
            String stem = file.substring(file.lastIndexOf('/') + 1, file.length() - 3);
            String id = layout.findingIds() ? layout.findingId(item.number(), width) : stem;
            int k = 2;
            while (exists(file) || files.containsKey(file) || findingIds.contains(id)) {
                file = file.substring(0, file.length() - 3).replaceFirst("-\\d+$", "") + "-" + k + ".md";
                id = inspection.id() + "-" + RecordWriter.pad(item.number(), width) + "-" + k;
                k++;
            }
            findingIds.add(id);
            boolean idLine = !id.equals(file.substring(file.lastIndexOf('/') + 1, file.length() - 3));
            Status status = words.status(words.read(item.status().original()));
            put(file, writer(words).finding(item, idLine ? id : null, categoryId));
            problems.warning(item.line(), 0, "import.update.newFinding", "number", item.number(), "title",
                    item.title(), "file", file);
            changes.add(new Change(Kind.ADDED, item.number(), item.title(), file, null, status));
        }

        /** The digits of the inspection's finding file names, e.g. 2 for findings/06.md. */
        private int widthOfTree() {
            int width = 2;
            for (Finding f : site.findingsOf(inspection)) {
                String name = f.origin().file().getFileName().toString();
                if (name.matches("\\d+\\.md")) {
                    width = Math.max(width, name.length() - 3);
                }
            }
            return width;
        }

        /** The category of a group of the notice: one of the inspection's with its title, or a new one. */
        private String category(int order) {
            String known = categoryOfGroup.get(order);
            if (known != null) {
                return known;
            }
            Group g = notice.groups().stream().filter(x -> x.order() == order).findFirst().orElse(null);
            String title = g == null ? "" : g.title();
            Category best = null;
            for (Category c : site.categories()) {
                if (c.inspection().equals(inspection) && Titles.compare(title, c.title()) != Titles.Likeness.DIFFERENT
                        && (best == null || Titles.compare(title, c.title()) == Titles.Likeness.SAME)) {
                    best = c;
                }
            }
            if (best != null) {
                categoryOfGroup.put(order, best.id());
                return best.id();
            }
            nextOrder++;
            int width = RecordWriter.numberWidth(nextOrder);
            String id = layout.categoryId(nextOrder, width);
            String file = layout.categoryFile(nextOrder, width);
            for (int k = 2; categoryIds.contains(id) || exists(file) || files.containsKey(file); k++) {
                id = layout.categoryId(nextOrder, width) + "-" + k;
                file = "categories/" + (layout.prefix().isEmpty() ? RecordWriter.pad(nextOrder, width) + "-" : "") + id
                        + ".md";
            }
            categoryIds.add(id);
            boolean namesInspection = !site.inspections().get(0).equals(inspection);
            RecordWriter.Layout own = new RecordWriter.Layout(inspection.id(), namesInspection, layout.prefix(),
                    layout.findingFolder(), layout.findingIds());
            Group written = new Group(nextOrder, title, g == null ? "" : g.introduction(), g == null ? 0 : g.line());
            put(file, writer(new StatusWords(site.statuses())).category(written, id, own));
            problems.warning(g == null ? 0 : g.line(), 0, "import.update.newCategory", "title", title, "file", file);
            categoryOfGroup.put(order, id);
            return id;
        }
    }

    // ---- a notice of an inspection the tree does not hold

    private Plan addInspection() throws IOException {
        String id = RecordWriter.inspectionId(notice);
        Set<String> ids = new HashSet<>();
        site.inspections().forEach(i -> ids.add(i.id()));
        String wanted = id;
        for (int k = 2; ids.contains(id); k++) {
            id = wanted + "-" + k;
        }
        RecordWriter.Layout layout = RecordWriter.Layout.added(id);
        // read again, so that the problems name the files the records go to
        ImportProblems again = problems.emptyCopy();
        InspectionWords.Base base = RecordWriter.base(notice);
        StatusWords words = new StatusWords(site.statuses(), InspectionWords.of(base).statusNames(site.statuses()));
        ParsedNotice parsed = new NoticeParser(reading.document, again, words, layout).parse();
        again.forget(ADD_FORGETS);
        problems.replaceWith(again);
        RecordWriter writer = new RecordWriter(parsed, reading.name, words, problems, reading.unit());

        RecordText siteYaml = RecordText.yaml(Files.readAllBytes(root.resolve("site.yaml")));
        String item = writer.inspectionItem(id, "");
        String itemText = item.substring(2, item.length() - 1).replace("\n  ", "\n");
        if (!siteYaml.addItem("inspections", itemText, site.inspections().size(), site.inspections().size())) {
            problems.error(0, 0, "import.update.siteYamlForm", "item", item.strip().replace("\n", " "));
            refused = true;
            return result(id, true, "");
        }
        files.put("site.yaml", siteYaml.bytes());
        String noticeFile = freeNoticeFile(id);
        Map<String, String> records = writer.records(layout, noticeFile);
        for (Map.Entry<String, String> e : records.entrySet()) {
            if (exists(e.getKey())) {
                treeProblems.add(new Problem(Path.of(e.getKey()), 0, 0, org.sitegen.model.Severity.ERROR,
                        texts.write(Message.of("import.fileExists")), "", texts.locale()));
                refused = true;
            }
            put(e.getKey(), e.getValue());
        }
        if (refused) {
            files.clear();
            return result(id, true, "");
        }
        for (Item it : parsed.findings()) {
            changes.add(new Change(Kind.ADDED, it.number(), it.title(), RecordWriter.Layout.added(id)
                    .findingFile(it.number(), RecordWriter.numberWidth(parsed.findings().stream()
                            .mapToInt(Item::number).max().orElse(1))), null,
                    words.status(it.status())));
        }
        String title = parsed.inspection().inspector() == null ? id
                : parsed.inspection().inspector() + (parsed.inspection().kind() == null ? "" : parsed.inspection().kind());
        String summary = texts.write(Message.of("import.summary.newInspection", "noun", base.word(), "id", id, "title", title,
                "categories", parsed.groups().size(), "findings", parsed.findings().size()));
        return result(id, true, summary);
    }

    // ---- the summary

    private String summary(Inspection inspection) {
        Map<String, Integer> moves = new LinkedHashMap<>();
        Map<String, Status[]> pairs = new HashMap<>();
        int updated = 0;
        int unmentioned = 0;
        int added = 0;
        int recorded = 0;
        int failed = 0;
        int earlier = 0;
        for (Change c : changes) {
            switch (c.kind()) {
                case CHANGED, CONFIRMED -> {
                    updated++;
                    String key = c.from().code() + "\u0000" + c.to().code();
                    moves.merge(key, 1, Integer::sum);
                    pairs.put(key, new Status[] {c.from(), c.to()});
                }
                case EARLIER -> {
                    updated++;
                    earlier++;
                }
                case UNMENTIONED -> unmentioned++;
                case ADDED -> added++;
                case RECORDED -> recorded++;
                case NOT_UPDATED -> failed++;
            }
        }
        StringBuilder sb = new StringBuilder(texts.write(Message.of("import.summary.updated", "count", updated)));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> m : moves.entrySet()) {
            Status[] p = pairs.get(m.getKey());
            parts.add(texts.write(p[0].equals(p[1])
                    ? Message.of("import.summary.same", "count", m.getValue(), "to", word(p[1], inspection))
                    : Message.of("import.summary.changed", "count", m.getValue(), "from", word(p[0], inspection),
                            "to", word(p[1], inspection))));
        }
        if (earlier > 0) {
            parts.add(texts.write(Message.of("import.summary.earlier", "count", earlier)));
        }
        if (!parts.isEmpty()) {
            sb.append(texts.write(Message.of("import.summary.partsIntro")))
                    .append(String.join(texts.write(Message.of("import.summary.separator")), parts));
        }
        sb.append(texts.write(Message.of("import.summary.unmentioned", "count", unmentioned)));
        sb.append(texts.write(Message.of("import.summary.added", "count", added)));
        if (recorded > 0) {
            sb.append(texts.write(Message.of("import.summary.recorded", "count", recorded)));
        }
        if (failed > 0) {
            sb.append(texts.write(Message.of("import.summary.notUpdated", "count", failed)));
        }
        return sb.toString();
    }

    // ---- helpers

    /** A history entry as a flow mapping: {@code {date: 2024-06-30, status: 完成, note: …}}. */
    private String entry(Status status, Inspection inspection, String note) {
        StringBuilder sb = new StringBuilder("{date: ").append(notice.date()).append(", status: ")
                .append(YamlQuoting.flowScalar(word(status, inspection)));
        if (!note.isEmpty()) {
            sb.append(", note: ").append(YamlQuoting.flowScalar(note));
        }
        return sb.append('}').toString();
    }

    /** The notice's 整改情况 as a one-line note. */
    private static String note(Item item) {
        return org.sitegen.internal.markdown.Markdown.plainText(item.body()).strip();
    }

    /** A status as the inspection's records write it. */
    private String word(Status status, Inspection inspection) {
        return ImportedWords.label(status, inspection, site);
    }

    private List<String> labels(Inspection inspection) {
        return site.statuses().statuses().stream().map(s -> word(s, inspection)).toList();
    }

    private RecordWriter writer(StatusWords words) {
        return new RecordWriter(notice, reading.name, words, problems, reading.unit());
    }

    private void put(String file, String content) {
        files.put(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private boolean exists(String file) {
        return Files.exists(root.resolve(file), LinkOption.NOFOLLOW_LINKS);
    }

    private static String file(Finding f) {
        return f.origin().file().toString().replace('\\', '/');
    }
}
