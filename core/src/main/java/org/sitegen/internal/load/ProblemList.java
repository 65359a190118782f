package org.sitegen.internal.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sitegen.model.Problem;
import org.sitegen.model.Severity;
import org.sitegen.internal.Message;
import org.sitegen.internal.ProblemBundle;

/**
 * Problems of one file, collected as values. A problem is kept as its bundle keys and arguments
 * ({@link Message}) and written in the load's language only by {@link #write}, once the loader knows
 * that language (from {@code site.yaml}, read after some problems are found). Not thread-safe: one
 * per file or per stage.
 */
final class ProblemList {
    private final Path file;
    private final List<Found> problems;

    ProblemList(Path file, List<Found> sink) {
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

    /** An error whose hint is the bundle's {@code key.hint}, when it has one. */
    void error(int line, int column, String key, Object... pairs) {
        problems.add(new Found(file, line, column, Severity.ERROR, Message.of(key, pairs), null));
    }

    void error(Pos pos, String key, Object... pairs) {
        error(pos.line(), pos.column(), key, pairs);
    }

    /** An error with a hint of its own; null or {@link Message#NONE} for none. */
    void error(Pos pos, Message message, Message hint) {
        problems.add(new Found(file, pos.line(), pos.column(), Severity.ERROR, message, hint == null ? Message.NONE : hint));
    }

    void error(int line, int column, Message message, Message hint) {
        error(new Pos(line, column), message, hint);
    }

    /** A warning whose hint is the bundle's {@code key.hint}, when it has one. */
    void warning(int line, int column, String key, Object... pairs) {
        problems.add(new Found(file, line, column, Severity.WARNING, Message.of(key, pairs), null));
    }

    /** Adds problems found earlier, e.g. those of a record reported only if it is published. */
    void addAll(List<Found> found) {
        problems.addAll(found);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Found::isError);
    }

    List<Found> all() {
        return problems;
    }

    /** Problems written out in a language. */
    static List<Problem> write(Collection<Found> found, ProblemBundle texts) {
        List<Problem> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(f.write(texts));
        }
        return out;
    }

    /**
     * A problem as found: its place and its texts, not yet written out.
     *
     * @param hint the hint; null for the message key's {@code .hint}
     */
    record Found(Path file, int line, int column, Severity severity, Message message, Message hint) {
        boolean isError() {
            return severity == Severity.ERROR;
        }

        Problem write(ProblemBundle texts) {
            String h = hint == null ? texts.hintOf(message) : texts.write(hint);
            return new Problem(file, line, column, severity, texts.write(message), h, texts.locale());
        }
    }

    /** A 1-based line and column in a file; 0 means unknown. */
    record Pos(int line, int column) {
        static final Pos FILE = new Pos(0, 0);
        static final Pos START = new Pos(1, 1);
    }
}
