package org.sitegen.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The built-in search script's files are classic scripts (modules do not load from {@code file://})
 * that need nothing a strict Content-Security-Policy forbids, each saying first what it does, and
 * the asset stage copies every one of them.
 */
class SearchScriptTest {
    static final List<String> SCRIPTS = SearchStage.SCRIPTS;

    /** What would need {@code 'unsafe-eval'}, or put text into the page as markup. */
    private static final Pattern UNSAFE = Pattern.compile(
            "\\beval\\s*\\(|\\bFunction\\s*\\(|\\bset(Timeout|Interval)\\s*\\(\\s*[\"'`]|\\.innerHTML\\b|\\.outerHTML\\b"
                    + "|insertAdjacentHTML|document\\.write|javascript:");
    private static final Pattern MODULE = Pattern.compile("(?m)^\\s*(import|export)\\b|\\bimport\\s*\\(|import\\.meta");

    private static String script(String name) throws IOException {
        return new String(IndexVersionTest.builtIn(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void isAClassicScriptThatSaysFirstWhatItDoesAndNeedsNoEval(String name) throws IOException {
        String js = script(name);
        assertTrue(js.startsWith("/*\n * site-gen search: "), name + " opens with a comment saying what it does");
        assertTrue(js.contains("\n(function () {\n  \"use strict\";\n") && js.endsWith("\n})();\n"),
                name + " is one strict function, run once");
        assertFalse(UNSAFE.matcher(js).find(), () -> name + ": " + UNSAFE.matcher(js).results().map(m -> m.group()).toList());
        assertFalse(MODULE.matcher(js).find(), name + " is not a module");
    }

    @Test
    void theFirstFileMakesTheObjectTheOthersAddTo() throws IOException {
        Pattern assigns = Pattern.compile("window\\.__sitegenSearch\\s*=[^=]");
        for (String name : SCRIPTS) {
            assertEquals(name.equals(SCRIPTS.get(0)), assigns.matcher(script(name)).find(), name);
        }
    }

    @Test
    void theAssetStageCopiesEveryFile() throws IOException {
        List<String> listed;
        try (var in = SearchScriptTest.class.getResourceAsStream("/org/sitegen/assets/assets.list")) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList();
        }
        for (String name : SCRIPTS) {
            assertTrue(listed.contains(name.substring("assets/".length())), name + " is in assets.list");
        }
    }
}
