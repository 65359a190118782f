package org.sitegen.internal.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.internal.ProblemBundle;
import org.sitegen.internal.importer.TreeUpdate.Change;
import org.sitegen.internal.importer.TreeUpdate.Plan;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Problem;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * A {@link TreeUpdate.Plan} as it is worked out: the notice, the tree it goes into, the files to
 * write so far, what became of each problem, the problems found, and whether the import is
 * refused. The jobs of an update ({@link RecordUpdates}, {@link NewRecords}, {@link
 * AddedInspection}) add to it; nothing is written to the tree.
 */
final class PlanDraft {
    final NoticeReader.Reading reading;
    final ParsedNotice notice;
    final Site site;
    final Path root;
    final ProblemBundle texts;
    final ImportProblems problems;
    /** Problems of the tree's files, after the notice's. */
    final List<Problem> treeProblems = new ArrayList<>();
    /** Relative path to the new content of each file to write, in writing order. */
    final Map<String, byte[]> files = new LinkedHashMap<>();
    final List<Change> changes = new ArrayList<>();
    /** Whether nothing may be written: the notice does not fit the tree. */
    boolean refused;

    PlanDraft(NoticeReader.Reading reading, Site site, Path root) {
        this.reading = reading;
        this.notice = reading.notice;
        this.site = site;
        this.root = root;
        this.problems = reading.problems;
        this.texts = reading.problems.texts();
    }

    /** {@return the plan as it stands: no files when refused, the notice's problems before the tree's} */
    Plan result(String inspectionId, boolean added, String summary) {
        List<Problem> all = new ArrayList<>(problems.all());
        all.addAll(treeProblems);
        Map<String, byte[]> written = refused ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(files));
        return new Plan(refused, inspectionId, added, written, List.copyOf(changes), summary, all);
    }

    /** {@return a file under {@code notices/} for the notice that the tree has no file at} */
    String freeNoticeFile(String inspectionId) {
        String base = "notices/" + notice.date();
        List<String> names = List.of(base + ".md", base + "-" + inspectionId + ".md");
        for (String name : names) {
            if (!exists(name)) {
                return name;
            }
        }
        for (int k = 2; ; k++) {
            String name = base + "-" + inspectionId + "-" + k + ".md";
            if (!exists(name)) {
                return name;
            }
        }
    }

    /** A status as the inspection's records write it. */
    String word(Status status, Inspection inspection) {
        return ImportedWords.label(status, inspection, site);
    }

    RecordWriter writer(StatusWords words) {
        return new RecordWriter(notice, reading.name, words, problems, reading.unit());
    }

    void put(String file, String content) {
        files.put(file, content.getBytes(StandardCharsets.UTF_8));
    }

    boolean exists(String file) {
        return Files.exists(root.resolve(file), LinkOption.NOFOLLOW_LINKS);
    }

    /** A record's file, relative to the source folder, with {@code /}. */
    static String file(Finding f) {
        return f.origin().file().toString().replace('\\', '/');
    }
}
