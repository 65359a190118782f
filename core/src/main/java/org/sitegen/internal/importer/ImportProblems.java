package org.sitegen.internal.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.model.Problem;
import org.sitegen.model.Severity;
import org.sitegen.internal.Message;
import org.sitegen.internal.ProblemBundle;

/**
 * The problems of one import, positioned in the notice; collected in the order they are found and
 * written in the import's language ({@link ProblemBundle}, keys {@code import.*}).
 */
final class ImportProblems {
    private final Path file;
    private final ProblemBundle texts;
    private final List<Problem> problems = new ArrayList<>();

    /** @param file the file every problem names */
    ImportProblems(Path file, ProblemBundle texts) {
        this.file = file;
        this.texts = texts;
    }

    /** Problems that are not kept: for reading a part of the notice a second time. */
    static ImportProblems quiet() {
        return new ImportProblems(null, null);
    }

    /** A list for the same notice and language, with no problems yet. */
    ImportProblems emptyCopy() {
        return new ImportProblems(file, texts);
    }

    /** An error whose hint is the bundle's {@code key.hint}, when it has one. */
    void error(int line, int column, String key, Object... pairs) {
        add(line, column, Severity.ERROR, Message.of(key, pairs), null);
    }

    /** An error with a hint of its own. */
    void error(int line, int column, Message message, Message hint) {
        add(line, column, Severity.ERROR, message, hint);
    }

    /** A warning whose hint is the bundle's {@code key.hint}, when it has one. */
    void warning(int line, int column, String key, Object... pairs) {
        add(line, column, Severity.WARNING, Message.of(key, pairs), null);
    }

    private void add(int line, int column, Severity severity, Message message, Message hint) {
        if (texts == null) {
            return;
        }
        String h = hint == null ? texts.hintOf(message) : texts.write(hint);
        problems.add(new Problem(file, line, column, severity, texts.write(message), h, texts.locale()));
    }

    /** Every problem, sorted by line, then column (a stable sort: same-line problems stay in order). */
    List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return List.copyOf(sorted);
    }
}
