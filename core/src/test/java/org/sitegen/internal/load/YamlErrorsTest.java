package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitegen.internal.Msg;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
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
            new Compose(SETTINGS).composeString(yaml);
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
}
