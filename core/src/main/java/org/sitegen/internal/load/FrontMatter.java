package org.sitegen.internal.load;

import java.util.Optional;
import org.sitegen.internal.Msg;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Parses YAML (front matter or {@code site.yaml}) with snakeyaml-engine into {@link Fields},
 * keeping every value's line and column. Guards against YAML used to exhaust memory: aliases of
 * collections are refused and nesting is limited.
 */
final class FrontMatter {
    /** Deepest nesting accepted; records need three levels. */
    static final int MAX_DEPTH = 20;
    /** Deepest indentation accepted, in columns. */
    static final int MAX_INDENT = 200;

    private FrontMatter() {}

    /** Immutable and shared: building settings per file costs more than parsing a small record. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
                .setLabel("front matter")
                .setUseMarks(true)
                .setAllowDuplicateKeys(true) // reported by Fields, with both positions
                .setMaxAliasesForCollections(1)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(SourceText.MAX_BYTES + 1)
                .build();

    /**
     * @param yaml the YAML text
     * @param firstLine the 1-based line of the file the YAML starts on
     * @return the top-level mapping, or empty when the YAML is unusable (problems reported)
     */
    static Optional<Fields> parse(String yaml, int firstLine, ProblemList problems, Msg where) {
        if (!withinLimits(yaml, firstLine, problems, where)) {
            return Optional.empty();
        }
        Node root = SimpleYaml.parse(yaml, SETTINGS.getSchema().getScalarResolver());
        if (root != null) {
            return Optional.of(new Fields((MappingNode) root, firstLine - 1, problems, where));
        }
        try {
            // what Compose.composeString does; its package (api.lowlevel) is not exported by the module
            root = new Composer(SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml)))
                    .getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
            problems.error(line, column, describe(e, where), hintFor(e.getProblem()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("aliases")) {
                int[] at = firstAlias(yaml);
                problems.error(firstLine + at[0], at[1], "yaml.aliases", "where", where);
            } else {
                problems.error(firstLine, 1, Msg.of("yaml.invalid", "where", where, "detail", msg), Msg.NONE);
            }
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.error(firstLine, 1, "yaml.tooDeep", "where", where);
            return Optional.empty();
        }
        if (root == null || (root instanceof ScalarNode s && Tag.NULL.equals(s.getTag()))) {
            problems.error(Math.max(1, firstLine - 1), 1, "yaml.empty", "where", where);
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            int line = root.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
            problems.error(line, 1, "yaml.notMapping", "where", where);
            return Optional.empty();
        }
        return Optional.of(new Fields(mapping, firstLine - 1, problems, where));
    }

    /** The 0-based line and 1-based column of the first alias (*name) in the YAML. */
    private static int[] firstAlias(String yaml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)(?:^|[\\s\\[{,])\\*[^\\s,\\]}]").matcher(yaml);
        if (!m.find()) {
            return new int[] {0, 1};
        }
        int star = yaml.indexOf('*', m.start());
        int lineStart = yaml.lastIndexOf('\n', star) + 1;
        int line = (int) yaml.substring(0, star).chars().filter(c -> c == '\n').count();
        return new int[] {line, star - lineStart + 1};
    }

    /** What snakeyaml-engine found, said for the clerk; its own words kept where they help. */
    private static Msg describe(MarkedYamlEngineException e, Msg where) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("aliases")) {
            return Msg.of("yaml.aliases", "where", where);
        }
        if (problem.contains("found undefined alias")) {
            return Msg.of("yaml.undefinedAlias", "where", where,
                    "alias", problem.replace("found undefined alias ", "*"));
        }
        if (problem.contains("mapping values are not allowed here")) {
            return Msg.of("yaml.colon");
        }
        if (problem.contains("found character '\\t'") || problem.contains("found character '\t'")) {
            return Msg.of("yaml.tab", "where", where);
        }
        return Msg.of("yaml.invalid", "where", where, "detail", problem);
    }

    private static Msg hintFor(String problem) {
        if (problem == null) {
            return Msg.NONE;
        }
        if (problem.contains("aliases")) {
            return Msg.of("yaml.aliases.hint");
        }
        if (problem.contains("mapping values are not allowed here")) {
            return Msg.of("yaml.colon.hint");
        }
        if (problem.contains("\\t") || problem.contains("\t")) {
            return Msg.of("yaml.tab.hint");
        }
        return Msg.of("hint.checkYamlLine");
    }

    /**
     * Refuses nesting deeper than {@link #MAX_DEPTH} before the parser recurses into it. Brackets
     * are counted even inside quotes: no real record opens twenty brackets without closing them.
     */
    private static boolean withinLimits(String yaml, int firstLine, ProblemList problems, Msg where) {
        int depth = 0;
        int line = firstLine;
        int lineStart = 0;
        boolean atLineStart = true;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                atLineStart = true;
                continue;
            }
            if (atLineStart && c == ' ') {
                if (i - lineStart >= MAX_INDENT) {
                    problems.error(line, 1, "yaml.indentTooDeep", "where", where);
                    return false;
                }
                continue;
            }
            atLineStart = false;
            if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    problems.error(line, i - lineStart + 1, "yaml.nestedTooDeep", "where", where, "max", MAX_DEPTH);
                    return false;
                }
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return true;
    }
}
