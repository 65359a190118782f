package org.sitegen.internal.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.internal.importer.ParsedNotice.Item;
import org.sitegen.internal.importer.TreeUpdate.Change;
import org.sitegen.internal.importer.TreeUpdate.Kind;
import org.sitegen.internal.importer.TreeUpdate.Plan;
import org.sitegen.model.InspectionWords;
import org.sitegen.model.Problem;

/**
 * A notice of an inspection the tree does not hold: writes the inspection as a file of its own,
 * {@code inspections/<id>.md}, and its records beside the others, in the layout of an added
 * inspection; no existing file changes (site.yaml neither). Refused when one of the records' files
 * exists.
 */
final class AddedInspection {
    /** Parse problems about site-wide settings that the tree has already. */
    private static final Set<String> ADD_FORGETS = Set.of("import.noContact", "import.noIssuer");

    private AddedInspection() {}

    /** The file an added inspection is declared in, {@code inspections/<id>.md}. */
    static String inspectionFile(String id) {
        return "inspections/" + id + ".md";
    }

    /** Works out the addition; the plan, summed up in one line for the clerk unless refused. */
    static Plan add(PlanDraft draft) throws IOException {
        String id = RecordWriter.inspectionId(draft.notice);
        Set<String> ids = new HashSet<>();
        draft.site.inspections().forEach(i -> ids.add(i.id()));
        String wanted = id;
        for (int k = 2; ids.contains(id) || draft.exists(inspectionFile(id)); k++) {
            id = wanted + "-" + k;
        }
        RecordWriter.Layout layout = RecordWriter.Layout.added(id);
        // read again, so that the problems name the files the records go to
        ImportProblems again = draft.problems.emptyCopy();
        InspectionWords.Base base = RecordWriter.base(draft.notice);
        StatusWords words = new StatusWords(draft.site.statuses(),
                InspectionWords.of(base).statusNames(draft.site.statuses()));
        ParsedNotice parsed = new NoticeParser(draft.reading.document, again, words, layout).parse();
        again.forget(ADD_FORGETS);
        draft.problems.replaceWith(again);
        RecordWriter writer = new RecordWriter(parsed, draft.reading.name, words, draft.problems,
                draft.reading.unit());

        // a file of its own: site.yaml and every other file of the tree stay as they are
        draft.put(inspectionFile(id), writer.inspectionFile(id));
        String noticeFile = draft.freeNoticeFile(id);
        Map<String, String> records = writer.records(layout, noticeFile);
        for (Map.Entry<String, String> e : records.entrySet()) {
            if (draft.exists(e.getKey())) {
                draft.treeProblems.add(new Problem(Path.of(e.getKey()), 0, 0, org.sitegen.model.Severity.ERROR,
                        draft.texts.write(Message.of("import.fileExists")), "", draft.texts.locale()));
                draft.refused = true;
            }
            draft.put(e.getKey(), e.getValue());
        }
        if (draft.refused) {
            draft.files.clear();
            return draft.result(id, true, "");
        }
        for (Item it : parsed.findings()) {
            draft.changes.add(new Change(Kind.ADDED, it.number(), it.title(), RecordWriter.Layout.added(id)
                    .findingFile(it.number(), RecordWriter.numberWidth(parsed.findings().stream()
                            .mapToInt(Item::number).max().orElse(1))), null,
                    words.status(it.status())));
        }
        String title = parsed.inspection().inspector() == null ? id
                : parsed.inspection().inspector()
                        + (parsed.inspection().kind() == null ? "" : parsed.inspection().kind());
        String summary = draft.texts.write(Message.of("import.summary.newInspection", "noun", base.word(), "id", id,
                "title", title, "categories", parsed.groups().size(), "findings", parsed.findings().size()));
        return draft.result(id, true, summary);
    }
}
