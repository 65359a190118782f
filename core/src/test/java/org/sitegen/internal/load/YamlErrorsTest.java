package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitegen.internal.Msg;
import org.sitegen.internal.ProblemTexts;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML errors are told apart by the exception's type and what stands in the text at its marks,
 * never by the parser's English words: the same errors with other words are recognised the same.
 */
class YamlErrorsTest {
    private static final Msg WHERE = Msg.of("where.frontMatter");
    private static final LoadSettings SETTINGS = LoadSettings.builder().setUseMarks(true).setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(1).build();

    /** What the real parser's error on a text is read as. */
    private static YamlErrors.Found parse(String yaml) {
        try {
            new Composer(SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml))).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            return YamlErrors.of(e, yaml, WHERE);
        } catch (YamlEngineException e) {
            return YamlErrors.of(e, yaml, WHERE);
        }
        return fail("the parser accepted:\n" + yaml);
    }

    private static Optional<Mark> mark(int line, int column) {
        return Optional.of(new Mark("front matter", 0, line, column, new int[0], 0));
    }

    private static void assertFound(String key, int line, int column, YamlErrors.Found found) {
        assertEquals(key + " at " + line + ":" + column,
                found.message().key() + " at " + found.line() + ":" + found.column(), found::toString);
    }

    @Test
    void aColonInAPlainValueIsTheColonError() {
        assertFound("yaml.colon", 1, 10, parse("number: 1\ntitle: 问题: 说明\n"));
    }

    @Test
    void aTabIsTheTabError() {
        assertFound("yaml.tab", 1, 1, parse("number: 1\n\ttitle: x\n"));
    }

    @Test
    void anUndefinedAliasIsNamedAsWritten() {
        YamlErrors.Found found = parse("number: 1\ntitle: *name\n");
        assertFound("yaml.undefinedAlias", 1, 8, found);
        assertEquals(Msg.of("yaml.undefinedAlias", "where", WHERE, "alias", "*name"), found.message());
    }

    @Test
    void aliasesOfCollectionsBeyondTheLimitArePlacedAtTheFirstAlias() {
        assertFound("yaml.aliases", 1, 5, parse("a: &x [1]\nb: [*x]\nc: *x\n"));
    }

    @Test
    void theParsersWordsDoNotDecide() {
        String yaml = "number: 1\ntitle: 问题: 说明\n";
        var colon = new ScannerException("irgendwo", Optional.empty(), "Doppelpunkt", mark(1, 9));
        assertFound("yaml.colon", 1, 10, YamlErrors.of(colon, yaml, WHERE));
        var tab = new ScannerException("ailleurs", Optional.empty(), "tabulation", mark(1, 0));
        assertFound("yaml.tab", 1, 1, YamlErrors.of(tab, "number: 1\n\ttitle: x\n", WHERE));
        var alias = new ComposerException("別名が未定義", mark(1, 7));
        assertFound("yaml.undefinedAlias", 1, 8, YamlErrors.of(alias, "number: 1\ntitle: *name\n", WHERE));
        var limit = new YamlEngineException("zu viele Aliase");
        assertFound("yaml.aliases", 1, 5, YamlErrors.of(limit, "a: &x [1]\nb: [*x]\nc: *x\n", WHERE));
    }

    @Test
    void marksCountCodePointsNotChars() {
        // 𠀀 is one code point, two chars: the mark's column 9 is the ':' after it
        String yaml = "title: 𠀀𠀀: x\n";
        var e = new ScannerException("", Optional.empty(), "", mark(0, 9));
        assertFound("yaml.colon", 0, 10, YamlErrors.of(e, yaml, WHERE));
    }

    @Test
    void theParsersOwnWordsNeverReachTheClerk() throws java.io.IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../example-site/src/site-gen"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String record = Files.readString(p);
                seeds.add(record.substring(4, record.indexOf("\n---", 4) + 1));
            }
        }
        String alphabet = ":#[]{}'\",- \n\t\\&*!|>?%@`x1完";
        Random rnd = new Random(11);
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder(seeds.get(rnd.nextInt(seeds.size())));
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                int at = rnd.nextInt(sb.length() + 1);
                sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String yaml = sb.toString();
            YamlEngineException error;
            try {
                new Composer(SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml))).getSingleNode();
                continue;
            } catch (YamlEngineException e) {
                error = e;
            }
            refused++;
            YamlErrors.Found found = error instanceof MarkedYamlEngineException marked
                    ? YamlErrors.of(marked, yaml, WHERE) : YamlErrors.of(error, yaml, WHERE);
            List<String> parsersWords = List.of(String.valueOf(error.getMessage()),
                    error instanceof MarkedYamlEngineException m ? String.valueOf(m.getProblem()) : "",
                    error instanceof MarkedYamlEngineException m ? String.valueOf(m.getContext()) : "");
            ProblemTexts zh = ProblemTexts.of(Locale.SIMPLIFIED_CHINESE);
            String chinese = zh.write(found.message()) + " " + zh.write(found.hint());
            for (String words : parsersWords) {
                for (String word : words.split("[^A-Za-z]+")) {
                    if (word.length() >= 4 && !yaml.contains(word)) {
                        assertFalse(chinese.contains(word), () -> "'" + word + "' of the parser in: " + chinese
                                + "\nfor:\n" + yaml);
                    }
                }
            }
            ProblemTexts en = ProblemTexts.of(Locale.ENGLISH);
            String english = en.write(found.message()) + " " + en.write(found.hint());
            for (String words : parsersWords) {
                if (words.length() > 12) {
                    assertFalse(english.contains(words), () -> "the parser's words in: " + english);
                }
            }
        }
        assertTrue(refused > 500, "refused only " + refused);
    }
}
