package org.sitegen.internal.importer;

import java.util.Map;
import org.sitegen.model.Inspection;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * The words an inspection's records write statuses in: an audit's records write 已整改 where a
 * 巡视's write 完成 ({@link org.sitegen.model.InspectionWords}).
 */
final class ImportedWords {
    private ImportedWords() {}

    /** The status as a record of the inspection writes it: its label in the inspection's words. */
    static String label(Status status, Inspection inspection, Site site) {
        if (inspection == null) {
            return status.label();
        }
        return inspection.words().statusLabel(status, site.statuses()).orElse(status.label());
    }

    /** The words for statuses an inspection's records may use besides the vocabulary's names. */
    static Map<String, Status> statusNames(Inspection inspection, Site site) {
        return inspection.words().statusNames(site.statuses());
    }
}
