package org.sitegen.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * Something wrong with the records, at a place in a file, said so that the clerk who keeps the
 * records can fix it.
 *
 * @param file the file, relative to the source folder (or the source folder itself, for problems
 *     with the folder as a whole)
 * @param line the 1-based line; 0 when the problem concerns the whole file
 * @param column the 1-based column; 0 when the problem concerns the whole line or file
 * @param severity whether it stops the build
 * @param message what is wrong, in plain words
 * @param hint how to fix it; empty when the message says it all
 * @param locale the language message and hint are written in: {@link Locale#SIMPLIFIED_CHINESE}
 *     or {@link Locale#ENGLISH} for the problems of a load (see {@link
 *     org.sitegen.SiteGenerator.Builder#messageLocale}); it decides how {@link #format} and {@link #toString}
 *     set the hint off
 */
public record Problem(Path file, int line, int column, Severity severity, String message, String hint,
        Locale locale) {
    /** Orders problems by file, line and column, then message: the order they are reported in. */
    public static final Comparator<Problem> ORDER =
            Comparator.comparing((Problem p) -> p.file().toString().replace('\\', '/'))
                    .thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column)
                    .thenComparing(Problem::message);

    /**
     * Checks the problem.
     *
     * @param file the file, relative to the source folder (or the source folder itself, for
     *     problems with the folder as a whole)
     * @param line the 1-based line; 0 when the problem concerns the whole file
     * @param column the 1-based column; 0 when the problem concerns the whole line or file
     * @param severity whether it stops the build
     * @param message what is wrong, in plain words
     * @param hint how to fix it; empty when the message says it all
     * @param locale the language message and hint are written in: {@link
     *     Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH} for the problems of a load (see
     *     {@link org.sitegen.SiteGenerator.Builder#messageLocale}); it decides how {@link #format} and
     *     {@link #toString} set the hint off
     * @throws NullPointerException if the file, the severity or the message is null
     * @throws IllegalArgumentException if the line or the column is negative
     */
    public Problem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(message, "message must not be null");
        hint = hint == null ? "" : hint;
        locale = locale == null ? Locale.ENGLISH : locale;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line " + line + " and column " + column + " must be >= 0");
        }
    }

    /**
     * A problem written in English.
     *
     * @param file the file, relative to the source folder
     * @param line the 1-based line; 0 when the problem concerns the whole file
     * @param column the 1-based column; 0 when the problem concerns the whole line or file
     * @param severity whether it stops the build
     * @param message what is wrong, in plain words
     * @param hint how to fix it; empty or null when the message says it all
     * @throws NullPointerException if the file, the severity or the message is null
     * @throws IllegalArgumentException if the line or the column is negative
     */
    public Problem(Path file, int line, int column, Severity severity, String message, String hint) {
        this(file, line, column, severity, message, hint, Locale.ENGLISH);
    }

    /** {@return whether this problem stops the build} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The problem as one line, {@code path:line:column: message (hint)} (in Chinese {@code
     * path:line:column: message（hint）}), with the path resolved against {@code sourceDirectory}
     * and shown relative to {@code base}. The severity is left out, for callers that log errors
     * and warnings at their own levels.
     *
     * @param sourceDirectory the folder {@link #file()} is relative to
     * @param base the folder to show the path relative to, e.g. the project's base folder
     * @return the line, e.g. {@code src/site-gen/findings/06.md:3:9: message (hint)}
     */
    public String format(Path sourceDirectory, Path base) {
        Path abs = sourceDirectory.resolve(file).toAbsolutePath().normalize();
        Path shown;
        try {
            shown = base.toAbsolutePath().normalize().relativize(abs);
        } catch (IllegalArgumentException e) {
            shown = abs;
        }
        return format(shown.toString().isEmpty() ? "." : shown.toString(), false);
    }

    /** Whether the text is Chinese, which sets the hint off with full-width parentheses. */
    private boolean chinese() {
        return locale.getLanguage().equals("zh");
    }

    private String format(String path, boolean withSeverity) {
        StringBuilder sb = new StringBuilder(path.replace('\\', '/'));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (withSeverity && severity == Severity.WARNING) {
            sb.append(chinese() ? "警告：" : "warning: ");
        }
        sb.append(message);
        if (!hint.isEmpty()) {
            if (chinese()) {
                sb.append('（').append(hint).append('）');
            } else {
                sb.append(" (").append(hint).append(')');
            }
        }
        return sb.toString();
    }

    /**
     * The problem as one line, {@code file:line:column: [warning: ]message (hint)}; in Chinese
     * {@code file:line:column: [警告：]message（hint）}.
     */
    @Override
    public String toString() {
        return format(file.toString(), true);
    }
}
