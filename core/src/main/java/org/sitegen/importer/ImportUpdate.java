package org.sitegen.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sitegen.model.Status;

/**
 * What importing a notice into a source tree that has records already did (or, in a dry run,
 * would do): a later notice of an inspection the tree holds updates the records it reports on; a
 * notice of another inspection adds that inspection and its records.
 *
 * @param inspection the id of the inspection updated or added
 * @param inspectionAdded whether the inspection is new to the tree
 * @param summary one line a clerk can check against the notice, in the import's language, e.g.
 *     19 项有新进展：13 项由阶段性完成变为完成…；4 项未提及；0 项新增
 * @param changes what became of each problem the notice reports on, in the notice's order, then of
 *     each record of the inspection it does not mention, by number
 */
public record ImportUpdate(String inspection, boolean inspectionAdded, String summary, List<Change> changes) {
    /**
     * Checks the update and copies its list.
     *
     * @param inspection the id of the inspection updated or added
     * @param inspectionAdded whether the inspection is new to the tree
     * @param summary one line a clerk can check against the notice
     * @param changes what became of each problem
     * @throws NullPointerException if the inspection, the summary or the changes are null
     */
    public ImportUpdate {
        Objects.requireNonNull(inspection, "inspection must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        changes = List.copyOf(changes);
    }

    /** What became of a problem. */
    public enum Kind {
        /** A dated history entry was added and the status changed. */
        CHANGED,
        /** A dated history entry was added; the status stays what it was. */
        CONFIRMED,
        /** A dated history entry was added before newer ones (an older notice); the status stays. */
        EARLIER,
        /** The record has a history entry on the notice's date already: nothing changed. */
        RECORDED,
        /** A new record: the tree did not have the problem. */
        ADDED,
        /** The notice reports on the problem, but its record could not be updated (a problem says why). */
        NOT_UPDATED,
        /** The notice does not mention the record: left as it is. */
        UNMENTIONED
    }

    /**
     * What became of one problem.
     *
     * @param kind what became of it
     * @param number its number in the inspection
     * @param title its title, as the record has it (as the notice has it for a new record)
     * @param file its record, relative to the source folder
     * @param from its status before; null for a new record
     * @param to its status after; null when the notice gives none the vocabulary knows
     */
    public record Change(Kind kind, int number, String title, Path file, Status from, Status to) {
        /**
         * Checks the change.
         *
         * @param kind what became of it
         * @param number its number in the inspection
         * @param title its title
         * @param file its record, relative to the source folder
         * @param from its status before; null for a new record
         * @param to its status after; null when unknown
         * @throws NullPointerException if the kind, the title or the file is null
         */
        public Change {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(file, "file must not be null");
        }
    }

    /**
     * {@return the changes of one kind, in order}
     *
     * @param kind the kind
     */
    public List<Change> changes(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }
}
