package org.sitegen.internal.export;

import java.util.HashMap;
import java.util.Map;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * The label each export gives a finding's status: in the words of the finding's inspection where
 * they differ from the vocabulary's (an audit's 已整改 for {@code completed}), else the
 * vocabulary's label. The status's code stays the site-wide key. Made once per export; read-only
 * afterwards, so thread-safe.
 */
final class StatusLabels {
    /** The labels by inspection id, then status code. */
    private final Map<String, Map<String, String>> byInspection = new HashMap<>();

    StatusLabels(Site site) {
        for (Inspection i : site.inspections()) {
            Map<String, String> labels = new HashMap<>();
            for (Status s : site.statuses().statuses()) {
                labels.put(s.code(), i.words().statusLabel(s, site.statuses()).orElse(s.label()));
            }
            byInspection.put(i.id(), labels);
        }
    }

    /** A status as an inspection's records and pages name it. */
    String label(Status s, Inspection i) {
        Map<String, String> labels = byInspection.get(i.id());
        String label = labels == null ? null : labels.get(s.code());
        return label != null ? label : s.label();
    }

    /** A status of a finding (its current one, or one of its history) in its inspection's words. */
    String label(Status s, Finding f) {
        return label(s, f.inspection());
    }
}
