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
    /** The bundle key of each problem, in the same order. */
    private final List<String> keys = new ArrayList<>();

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
        keys.add(message.key());
    }

    /**
     * Forgets the problems of some keys: those a reading for another purpose (updating a tree
     * rather than writing a new one) reports in its own words.
     */
    void forget(java.util.Set<String> forgotten) {
        for (int i = problems.size() - 1; i >= 0; i--) {
            if (forgotten.contains(keys.get(i))) {
                problems.remove(i);
                keys.remove(i);
            }
        }
    }

    /** Replaces the problems with another list's (of the same notice). */
    void replaceWith(ImportProblems other) {
        problems.clear();
        keys.clear();
        problems.addAll(other.problems);
        keys.addAll(other.keys);
    }

    /** Whether an error has been reported. */
    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The language problems are written in. */
    ProblemBundle texts() {
        return texts;
    }

    /** Every problem, sorted by line, then column (a stable sort: same-line problems stay in order). */
    List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return List.copyOf(sorted);
    }
}
