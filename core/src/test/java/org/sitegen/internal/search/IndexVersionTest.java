package org.sitegen.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;

/**
 * search.html loads the search script with the index's version in its address, and the script loads
 * every part with it: a browser must not mix parts cached from an earlier build with new ones.
 */
class IndexVersionTest {
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"assets/search\\.js\\?v=([0-9a-f]{16})\" defer>");

    @TempDir
    Path temp;

    private String build(Path source, String name) throws IOException {
        Path out = temp.resolve(name);
        var result = SiteGenerator.builder().build().build(source, out);
        assertTrue(result.render().isPresent(), () -> "errors: " + result.load().errors());
        Matcher m = SCRIPT.matcher(Files.readString(out.resolve("search.html")));
        assertTrue(m.find(), "search.html loads search.js with a version");
        return m.group(1);
    }

    @Test
    void theSameSourcesGiveTheSameVersion() throws IOException {
        Path source = SiteFiles.copy(ExampleSiteSearchTest.EXAMPLE, temp.resolve("src"));
        assertEquals(build(source, "one"), build(source, "two"));
    }

    @Test
    void aChangedMeasureChangesTheVersion() throws IOException {
        Path source = SiteFiles.copy(ExampleSiteSearchTest.EXAMPLE, temp.resolve("src"));
        String before = build(source, "before");
        Path record;
        try (var files = Files.walk(source.resolve("findings"))) {
            record = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(record, Files.readString(record) + "\n补充一句新的整改措施。\n");
        assertNotEquals(before, build(source, "after"));
    }

    @Test
    void aSiteWithItsOwnSearchScriptGetsAnotherVersion() throws IOException {
        Path source = SiteFiles.copy(ExampleSiteSearchTest.EXAMPLE, temp.resolve("src"));
        String builtIn = build(source, "built-in");
        Files.createDirectories(source.resolve("assets"));
        Files.writeString(source.resolve("assets/search.js"), "// our own search\n");
        assertNotEquals(builtIn, build(source, "own"));
    }

    @Test
    void theVersionDoesNotDependOnTheOrderPartsAreAddedIn() {
        IndexVersion one = new IndexVersion();
        one.add("b/0", bytes("zero"));
        one.add("b/1", bytes("one"));
        IndexVersion two = new IndexVersion();
        two.add("b/1", bytes("one"));
        two.add("b/0", bytes("zero"));
        assertEquals(one.version(bytes("script")), two.version(bytes("script")));
    }

    @Test
    void movingContentBetweenPartsChangesTheVersion() {
        IndexVersion one = new IndexVersion();
        one.add("b/0", bytes("zero"));
        one.add("b/1", bytes("one"));
        IndexVersion swapped = new IndexVersion();
        swapped.add("b/0", bytes("one"));
        swapped.add("b/1", bytes("zero"));
        assertNotEquals(one.version(bytes("s")), swapped.version(bytes("s")));
        IndexVersion fewer = new IndexVersion();
        fewer.add("b/0", bytes("zero"));
        assertNotEquals(one.version(bytes("s")), fewer.version(bytes("s")));
        assertNotEquals(one.version(bytes("s")), one.version(bytes("t")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
