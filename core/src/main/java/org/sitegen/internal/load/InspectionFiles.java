package org.sitegen.internal.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.model.StatusVocabulary;

/**
 * The inspections of a site, in the order "first declared" means: those of {@code site.yaml}'s
 * {@code inspections:} in their order, then those of {@code inspections/<id>.md} by {@code start}
 * (one without a start last), then by id. A record that names no inspection belongs to the first;
 * so a later inspection added as a file of its own changes no existing file.
 *
 * <p>An id may be declared once: a file declaring one that site.yaml or a file before it (by path)
 * declares is reported, naming that place, and left out.
 */
final class InspectionFiles {
    private static final Comparator<DeclaredInspection> BY_START = Comparator
            .comparing((DeclaredInspection d) -> d.inspection().start(), Comparator.nullsLast(LocalDate::compareTo))
            .thenComparing(d -> d.inspection().id());

    private InspectionFiles() {}

    /**
     * Reads the inspection files (there are few: read at every load) and puts every inspection in
     * order.
     *
     * @param files the files of {@code inspections/}, relative, sorted
     * @param settings site.yaml's settings; null when it gave none (the files are still checked)
     * @param problems the folder's problems, to which each file's are added
     */
    static List<DeclaredInspection> declared(Path root, List<Path> files, SiteSettings settings,
            ProblemList problems) {
        StatusVocabulary statuses = settings == null ? StatusVocabulary.defaults() : settings.statuses();
        Map<String, DeclaredInspection> seen = new LinkedHashMap<>();
        if (settings != null) {
            settings.inspections().forEach(d -> seen.put(d.inspection().id(), d));
        }
        List<DeclaredInspection> own = new ArrayList<>();
        for (Path file : files) {
            SourceLoader.Parsed<DeclaredInspection> parsed =
                    SourceLoader.parse(root, file, (bytes, p) -> RecordParser.inspection(bytes, statuses, p));
            ProblemList p = problems.forFile(file);
            p.addAll(parsed.problems());
            DeclaredInspection d = parsed.value().orElse(null);
            if (d == null) {
                continue;
            }
            DeclaredInspection first = seen.putIfAbsent(d.inspection().id(), d);
            if (first != null) {
                p.error(d.idPos(), "inspection.declaredTwice", "id", d.inspection().id(), "other", first.place());
                continue;
            }
            own.add(d);
        }
        own.sort(BY_START);
        List<DeclaredInspection> all = new ArrayList<>(settings == null ? List.of() : settings.inspections());
        all.addAll(own);
        return List.copyOf(all);
    }
}
