package org.sitegen.internal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.model.Inspection;
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
 *
 * <p>This class recognises the inspection and puts the plan together; the jobs are done beside it:
 * {@link RecordUpdates} (a later notice: matching its problems to records, editing their text),
 * {@link NewRecords} (problems the tree does not have), {@link AddedInspection} (a notice of
 * another inspection) and {@link UpdateSummary} (the line for the clerk), all adding to one
 * {@link PlanDraft}.
 */
public final class TreeUpdate {
    /** Parse problems an update reports in its own words, or that do not concern a tree that exists. */
    private static final Set<String> UPDATE_FORGETS = Set.of("import.noStatusLine", "import.emptyStatus",
            "import.noStatuses", "import.someStatusesMissing", "import.unknownStatus", "import.unknownStatusOfMany",
            "import.statusMapped", "import.statusMappedAlso", "import.numberGap", "import.noContact",
            "import.noIssuer", "import.noOpening", "import.noPeriod", "import.noInspector", "import.noFeedback",
            "import.noMeasures", "import.noTitleText");

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

    private final PlanDraft draft;

    private TreeUpdate(NoticeReader.Reading reading, Site site, Path root) {
        this.draft = new PlanDraft(reading, site, root);
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
        draft.problems.forget(UPDATE_FORGETS); // an added inspection is read again, with its own problems
        Inspection inspection = inspection(requested);
        if (draft.refused) {
            return draft.result(null, false, "");
        }
        if (draft.notice.date() == null) {
            draft.refused = true; // import.noDate says so: without a date there is no history entry
            return draft.result(null, false, "");
        }
        if (inspection == null) {
            return AddedInspection.add(draft);
        }
        new RecordUpdates(draft).update(inspection);
        if (draft.refused) {
            draft.files.clear();
            return draft.result(inspection.id(), false, "");
        }
        return draft.result(inspection.id(), false, UpdateSummary.of(draft, inspection));
    }

    /** The inspection the notice reports on; null when it is new to the tree (refused when unclear). */
    private Inspection inspection(String requested) {
        List<String> ids = draft.site.inspections().stream().map(Inspection::id).toList();
        if (requested != null) {
            Inspection i = draft.site.inspection(requested).orElse(null);
            if (i == null) {
                draft.problems.error(0, 0, "import.inspectionUnknown", "id", requested, "ids", ids);
                draft.refused = true;
            }
            return i;
        }
        List<Inspection> fits = InspectionMatch.candidates(draft.notice.inspection(), draft.site.inspections());
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.size() > 1) {
            draft.problems.error(0, 0, "import.inspectionAmbiguous", "ids", fits.stream().map(Inspection::id).toList());
            draft.refused = true;
        } else if (!InspectionMatch.states(draft.notice.inspection())) {
            draft.problems.error(0, 0, "import.whichInspection", "ids", ids);
            draft.refused = true;
        }
        return null;
    }
}
