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
                .setAllowNonScalarKeys(true) // reported by Fields at the key
                .setCodePointLimit(SourceText.MAX_BYTES + 1)
                .build();

    /**
     * @param yaml the YAML text
     * @param firstLine the 1-based line of the file the YAML starts on
     * @return the top-level mapping, or empty when the YAML is unusable (problems reported)
     */
    static Optional<Fields> parse(String yaml, int firstLine, ProblemList problems, Msg where) {
        int deepestLine = withinLimits(yaml, firstLine, problems, where);
        if (deepestLine == 0) {
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
            report(YamlErrors.of(e, yaml, where), firstLine, problems);
            return Optional.empty();
        } catch (YamlEngineException e) {
            report(YamlErrors.of(e, yaml, where), firstLine, problems);
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.error(deepestLine, 1, "yaml.tooDeep", "where", where);
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

    private static void report(YamlErrors.Found found, int firstLine, ProblemList problems) {
        problems.error(found.line() + firstLine, found.column(), found.message(), found.hint());
    }

    /**
     * Refuses nesting deeper than {@link #MAX_DEPTH} before the parser recurses into it: brackets
     * [ and { (counted even inside quotes: no real record opens twenty brackets without closing
     * them), and block indicators written one after the other on a line ({@code - - - x}, {@code
     * ? ? x}), each of which opens a level; and indentation deeper than {@link #MAX_INDENT}.
     *
     * @return 0 when refused (the problem reported), else the line that nests deepest, where a
     *     parser that still runs out of stack is said to have done so
     */
    private static int withinLimits(String yaml, int firstLine, ProblemList problems, Msg where) {
        int deepest = firstLine;
        int deepestLevel = 0;
        int depth = 0;
        int line = firstLine;
        int lineStart = 0;
        boolean atLineStart = true;
        boolean inIndicators = true;
        int indicators = 0;
        int indent = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                int level = depth + indicators + indent / 2;
                if (level > deepestLevel) {
                    deepestLevel = level;
                    deepest = line;
                }
                line++;
                lineStart = i + 1;
                atLineStart = true;
                inIndicators = true;
                indicators = 0;
                indent = 0;
                continue;
            }
            if (atLineStart && c == ' ') {
                if (i - lineStart >= MAX_INDENT) {
                    problems.error(line, 1, "yaml.indentTooDeep", "where", where);
                    return 0;
                }
                continue;
            }
            if (atLineStart) {
                indent = i - lineStart;
                atLineStart = false;
            }
            if (inIndicators) {
                if ((c == '-' || c == '?' || c == ':') && (i + 1 == yaml.length() || yaml.charAt(i + 1) == ' ')) {
                    if (depth + ++indicators > MAX_DEPTH) {
                        problems.error(line, i - lineStart + 1, "yaml.indicatorsTooDeep", "where", where,
                                "max", MAX_DEPTH);
                        return 0;
                    }
                    continue;
                }
                if (c == ' ') {
                    continue;
                }
                inIndicators = false;
            }
            if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    problems.error(line, i - lineStart + 1, "yaml.nestedTooDeep", "where", where, "max", MAX_DEPTH);
                    return 0;
                }
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }
}
