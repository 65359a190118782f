package org.sitegen.internal.importer;

import java.util.Map;
import org.sitegen.model.Inspection;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/** The words an inspection's records write statuses in. */
final class ImportedWords {
    private ImportedWords() {}

    /** The status a record of the inspection writes: its label in the inspection's words. */
    static String label(Status status, Inspection inspection, Site site) {
        return status.label();
    }

    /** The words for statuses an inspection's records may use besides the vocabulary's names. */
    static Map<String, Status> statusNames(Inspection inspection, Site site) {
        return Map.of();
    }
}
