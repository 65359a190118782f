package org.sitegen.internal.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.Problem;
import org.sitegen.Severity;

/** The problems of one import, positioned in the notice; collected in the order they are found. */
final class ImportProblems {
    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    /** @param file the file every problem names */
    ImportProblems(Path file) {
        this.file = file;
    }

    void error(int line, int column, String message, String hint) {
        problems.add(new Problem(file, line, column, Severity.ERROR, message, hint));
    }

    void warning(int line, int column, String message, String hint) {
        problems.add(new Problem(file, line, column, Severity.WARNING, message, hint));
    }

    /** Every problem, sorted by line, then column (a stable sort: same-line problems stay in order). */
    List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return List.copyOf(sorted);
    }
}
