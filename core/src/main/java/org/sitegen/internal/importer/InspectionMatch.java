package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.internal.importer.ParsedNotice.Inspected;
import org.sitegen.model.Inspection;

/**
 * Finds the inspection of a source tree that a notice reports on, from the notice's opening: the
 * inspector (省委第七巡视组) and the dates (on site from … to …, feedback on …). An inspection of
 * the tree is the notice's when no fact both give differs, and at least one agrees: the inspector,
 * or a date. A notice that states neither names no inspection.
 */
final class InspectionMatch {
    private InspectionMatch() {}

    /** Whether the opening states anything an inspection can be recognised by. */
    static boolean states(Inspected i) {
        return i.inspector() != null || i.start() != null || i.end() != null || i.feedback() != null;
    }

    /** The inspections of the tree the notice's opening fits, in the tree's order. */
    static List<Inspection> candidates(Inspected notice, List<Inspection> inspections) {
        List<Inspection> fits = new ArrayList<>();
        if (!states(notice)) {
            return fits;
        }
        for (Inspection i : inspections) {
            int agree = 0;
            boolean differs = false;
            if (notice.inspector() != null && i.inspector() != null) {
                if (Titles.normal(notice.inspector()).equals(Titles.normal(i.inspector()))) {
                    agree++;
                } else {
                    differs = true;
                }
            }
            for (LocalDate[] pair : new LocalDate[][] {
                    {notice.start(), i.start()}, {notice.end(), i.end()}, {notice.feedback(), i.feedback()}}) {
                if (pair[0] != null && pair[1] != null) {
                    if (pair[0].equals(pair[1])) {
                        agree++;
                    } else {
                        differs = true;
                    }
                }
            }
            if (!differs && agree > 0) {
                fits.add(i);
            }
        }
        return fits;
    }
}
