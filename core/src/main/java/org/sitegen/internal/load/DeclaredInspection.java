package org.sitegen.internal.load;

import java.nio.file.Path;
import java.util.Map;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.model.Inspection;

/**
 * An inspection as declared: in {@code site.yaml}'s {@code inspections:} or in a file of its own,
 * {@code inspections/<id>.md}; and where, for the problems about it.
 *
 * @param file where it is declared, relative to the source folder
 * @param idPos where its id is written; {@link Pos#START} when it is the file's name
 * @param outcomePositions where each of its {@code outcomes:} figures is written, by key
 */
record DeclaredInspection(Inspection inspection, Path file, Pos idPos, Map<String, Pos> outcomePositions) {
    /** The place of its id for a message: {@code site.yaml:12} or {@code inspections/2024-audit.md}. */
    String place() {
        String name = file.toString().replace('\\', '/');
        return idPos.line() > 0 && !idPos.equals(Pos.START) ? name + ":" + idPos.line() : name;
    }
}
