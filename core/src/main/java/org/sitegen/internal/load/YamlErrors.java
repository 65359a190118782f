package org.sitegen.internal.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.internal.Msg;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ParserException;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * What snakeyaml-engine found wrong in a YAML text, said for the clerk and placed where it is to
 * be fixed. The kind of error is recognised by its structure — the exception's type, and what
 * stands in the text at its marks — never by its English message, which may change with any
 * version of the parser. None of the parser's own words reach the clerk.
 */
final class YamlErrors {
    private static final Pattern ALIAS = Pattern.compile("(?m)(?:^|[\\s\\[{,])\\*[^\\s,\\]}]");

    private YamlErrors() {}

    /**
     * A problem of the YAML.
     *
     * @param line the 0-based line in the YAML
     * @param column the 1-based column
     */
    record Found(int line, int column, Msg message, Msg hint) {}

    /** An error the parser placed with marks. */
    static Found of(MarkedYamlEngineException e, String yaml, Msg where) {
        Optional<Mark> problem = e.getProblemMark();
        Optional<Mark> context = e.getContextMark();
        int at = charAt(yaml, problem);
        int contextAt = charAt(yaml, context);
        if (e instanceof ComposerException && at == '*') {
            return at(problem, Msg.of("yaml.undefinedAlias", "where", where, "alias", aliasAt(yaml, problem.get())),
                    null);
        }
        if (e instanceof ComposerException && context.isPresent()) {
            return at(problem, Msg.of("yaml.secondDocument", "where", where), null);
        }
        if (at == '\t') {
            return at(problem, Msg.of("yaml.tab", "where", where), null);
        }
        if (contextAt == '"' || contextAt == '\'') {
            int backslash = at < 0 ? -1 : yaml.lastIndexOf('\\', offsetOf(yaml, problem.get()));
            if (contextAt == '"' && backslash > offsetOf(yaml, context.get())
                    && offsetOf(yaml, problem.get()) - backslash <= 4) {
                String escape = yaml.substring(backslash, Math.max(backslash + 2, offsetOf(yaml, problem.get())));
                return at(problem, Msg.of("yaml.escape", "escape", escape), null);
            }
            return at(context, Msg.of("yaml.unclosedQuote", "quote", String.valueOf((char) contextAt)), null);
        }
        if (contextAt == '[' || contextAt == '{') {
            return at(context, Msg.of("yaml.unclosedBracket", "open", String.valueOf((char) contextAt),
                    "close", contextAt == '[' ? "]" : "}"), null);
        }
        if (at == '-' && isIndicator(yaml, problem.get())) {
            return at(problem, Msg.of("yaml.dash"), null);
        }
        if (e instanceof ScannerException && at == ':') {
            int keyStart = firstOfLine(yaml, problem.get());
            if (keyStart > lineStart(yaml, problem.get()) && !yaml.substring(keyStart, offsetOf(yaml, problem.get()))
                    .contains(": ")) {
                // the key of an indented line, read as the rest of the value above it
                return at(problem.get().getLine(), keyStart - lineStart(yaml, problem.get()) + 1,
                        Msg.of("yaml.indent"));
            }
            return at(problem, Msg.of("yaml.colon"), null);
        }
        if (e instanceof ScannerException && context.isPresent() && contextAt >= 0 && "&*!|>%".indexOf(contextAt) < 0) {
            return at(context, Msg.of("yaml.noColon"), null);
        }
        if (e instanceof ScannerException && context.isEmpty() && (at == '@' || at == '`')) {
            return at(problem, Msg.of("yaml.reservedStart", "char", String.valueOf((char) at)), null);
        }
        if (e instanceof ParserException && at >= 0 && problem.get().getColumn() > 0
                && firstOfLine(yaml, problem.get()) == offsetOf(yaml, problem.get())) {
            return at(problem, Msg.of("yaml.indent"), null);
        }
        return at(problem, Msg.of("yaml.invalid", "where", where), Msg.of("hint.checkYamlLine"));
    }

    /** A problem at a mark, or at the start when there is none; a null hint is the message's own. */
    private static Found at(Optional<Mark> mark, Msg message, Msg hint) {
        int line = mark.map(Mark::getLine).orElse(0);
        int column = mark.map(m -> m.getColumn() + 1).orElse(1);
        return new Found(line, column, message, hint == null ? hintOf(message) : hint);
    }

    private static Found at(int line, int column, Msg message) {
        return new Found(line, column, message, hintOf(message));
    }

    /** The hint that goes with a message: its key's {@code .hint}, with the same arguments. */
    private static Msg hintOf(Msg message) {
        return Msg.of(message.key() + ".hint", message.pairs());
    }

    /** Whether the '-' at a mark is followed by a space or the line end: a list item's dash. */
    private static boolean isIndicator(String yaml, Mark mark) {
        int next = offsetOf(yaml, mark) + 1;
        return next >= yaml.length() || yaml.charAt(next) == ' ' || yaml.charAt(next) == '\n';
    }

    private static int lineStart(String yaml, Mark mark) {
        return yaml.lastIndexOf('\n', offsetOf(yaml, mark) - 1) + 1;
    }

    /** The offset of the first character after the spaces that start a mark's line. */
    private static int firstOfLine(String yaml, Mark mark) {
        int i = lineStart(yaml, mark);
        while (i < yaml.length() && yaml.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * An error the parser gave without a place: with our settings, a YAML that repeats collections
     * by aliases more than allowed, placed at its first alias.
     */
    static Found of(YamlEngineException e, String yaml, Msg where) {
        Matcher m = ALIAS.matcher(yaml);
        if (m.find()) {
            int star = yaml.indexOf('*', m.start());
            int lineStart = yaml.lastIndexOf('\n', star) + 1;
            return new Found(lines(yaml, star), star - lineStart + 1, Msg.of("yaml.aliases", "where", where),
                    Msg.of("yaml.aliases.hint"));
        }
        return new Found(0, 1, Msg.of("yaml.invalid", "where", where), Msg.of("hint.checkYamlLine"));
    }

    private static int lines(String yaml, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (yaml.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The offset in the text of a mark's line and column (in code points), or -1 past the end. */
    static int offsetOf(String yaml, Mark mark) {
        int start = 0;
        for (int l = 0; l < mark.getLine(); l++) {
            start = yaml.indexOf('\n', start) + 1;
            if (start == 0) {
                return -1;
            }
        }
        int end = yaml.indexOf('\n', start);
        end = end < 0 ? yaml.length() : end;
        if (yaml.codePointCount(start, end) < mark.getColumn()) {
            return -1;
        }
        int offset = yaml.offsetByCodePoints(start, mark.getColumn());
        return offset < yaml.length() ? offset : -1;
    }

    /** The character at a mark, or -1 when there is none (no mark, or the end of the text). */
    static int charAt(String yaml, Optional<Mark> mark) {
        if (mark.isEmpty()) {
            return -1;
        }
        int offset = offsetOf(yaml, mark.get());
        return offset < 0 ? -1 : yaml.charAt(offset);
    }

    /** The alias written at a mark, {@code *name}. */
    private static String aliasAt(String yaml, Mark mark) {
        int from = offsetOf(yaml, mark);
        int end = from + 1;
        while (end < yaml.length() && " \t\n,[]{}".indexOf(yaml.charAt(end)) < 0) {
            end++;
        }
        return yaml.substring(from, end);
    }
}
