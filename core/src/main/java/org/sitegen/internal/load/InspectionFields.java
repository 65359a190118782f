package org.sitegen.internal.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.model.Inspection;
import org.sitegen.model.InspectionWords;
import org.sitegen.model.StatusVocabulary;

/**
 * Reads one inspection's fields, the same wherever it is declared: an item of {@code site.yaml}'s
 * {@code inspections:}, or the front matter of {@code inspections/<id>.md}. Every problem is
 * reported at its place; the inspection is made only when its id and title are good.
 */
final class InspectionFields {
    static final Set<String> KEYS =
            Fields.keys("id", "title", "inspector", "kind", "start", "end", "feedback", "words", "outcomes");

    private InspectionFields() {}

    /**
     * @param file where the fields are, relative to the source folder
     * @param fileId the id a file's name gives, when {@code id:} is left out; null in site.yaml,
     *     where {@code id:} is required
     * @param earlierLines the lines of the ids of site.yaml read so far, to report one written
     *     twice there (and added to); null for a file
     * @param statuses the site's vocabulary, which {@code words: statuses:} names
     * @return the inspection; null when its id or title is missing or wrong (reported)
     */
    static DeclaredInspection read(Fields i, Path file, String fileId, Map<String, Integer> earlierLines,
            StatusVocabulary statuses, ProblemList problems) {
        String id = i.text("id", fileId == null);
        Pos idPos = i.has("id") ? i.valuePos("id") : Pos.START;
        boolean fromFileName = id == null && fileId != null;
        if (fromFileName) {
            id = fileId;
        }
        String title = i.text("title", true);
        LocalDate start = i.date("start", false);
        LocalDate end = i.date("end", false);
        LocalDate feedback = i.date("feedback", false);
        if (start != null && end != null && end.isBefore(start)) {
            problems.error(i.valuePos("end"), "inspection.endsBeforeStart", "end", end, "start", start);
        }
        if (id != null && !RecordParser.isId(id)) {
            if (fromFileName) {
                problems.error(Pos.START, "inspection.idFromFileName", "name", file.getFileName());
            } else {
                problems.error(idPos, "inspection.invalidId", "id", id);
            }
            id = null;
        }
        if (id != null && earlierLines != null && earlierLines.containsKey(id)) {
            problems.error(idPos, "inspection.idTwice", "id", id, "line", earlierLines.get(id));
            id = null;
        }
        String inspector = i.text("inspector", false);
        String kind = i.text("kind", false);
        InspectionWords words = WordsFields.read(i, kind, inspector, title,
                statuses == null ? StatusVocabulary.defaults() : statuses, problems);
        OutcomeFields.Read outcomes = OutcomeFields.read(i, problems);
        if (id == null || title == null) {
            return null;
        }
        if (earlierLines != null) {
            earlierLines.put(id, idPos.line());
        }
        return new DeclaredInspection(new Inspection(id, title, inspector, kind, start, end, feedback, words,
                outcomes.outcomes()), file, idPos, outcomes.positions());
    }
}
