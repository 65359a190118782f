package org.sitegen.internal.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.Problem;
import org.sitegen.Severity;

/** Problems of one file, collected as values. Not thread-safe: one per file or per stage. */
final class ProblemList {
    private final Path file;
    private final List<Problem> problems;

    ProblemList(Path file, List<Problem> sink) {
        this.file = file;
        this.problems = sink;
    }

    ProblemList(Path file) {
        this(file, new ArrayList<>());
    }

    Path file() {
        return file;
    }

    ProblemList forFile(Path other) {
        return new ProblemList(other, problems);
    }

    void error(int line, int column, String message, String hint) {
        problems.add(new Problem(file, line, column, Severity.ERROR, message, hint));
    }

    void error(Pos pos, String message, String hint) {
        error(pos.line(), pos.column(), message, hint);
    }

    void warning(int line, int column, String message, String hint) {
        problems.add(new Problem(file, line, column, Severity.WARNING, message, hint));
    }

    void warning(Pos pos, String message, String hint) {
        warning(pos.line(), pos.column(), message, hint);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    List<Problem> all() {
        return problems;
    }

    /** A 1-based line and column in a file; 0 means unknown. */
    record Pos(int line, int column) {
        static final Pos FILE = new Pos(0, 0);
        static final Pos START = new Pos(1, 1);
    }
}
