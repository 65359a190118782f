package org.sitegen.internal.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.internal.Msg;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * What snakeyaml-engine found wrong in a YAML text, said for the clerk and placed where it is to
 * be fixed. The kind of error is recognised by its structure — the exception's type, and what
 * stands in the text at its marks — never by its English message, which may change with any
 * version of the parser.
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
        int line = problem.map(Mark::getLine).orElse(0);
        int column = problem.map(m -> m.getColumn() + 1).orElse(1);
        int at = charAt(yaml, problem);
        if (e instanceof ComposerException && at == '*') {
            return new Found(line, column, Msg.of("yaml.undefinedAlias", "where", where,
                    "alias", aliasAt(yaml, problem.get())), Msg.of("hint.checkYamlLine"));
        }
        if (at == '\t') {
            return new Found(line, column, Msg.of("yaml.tab", "where", where), Msg.of("yaml.tab.hint"));
        }
        if (e instanceof ScannerException && at == ':') {
            return new Found(line, column, Msg.of("yaml.colon"), Msg.of("yaml.colon.hint"));
        }
        return new Found(line, column, Msg.of("yaml.invalid", "where", where, "detail", e.getProblem()),
                Msg.of("hint.checkYamlLine"));
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
        return new Found(0, 1, Msg.of("yaml.invalid", "where", where, "detail", String.valueOf(e.getMessage())),
                Msg.NONE);
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
