package org.sitegen.internal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;

/**
 * search.html loads the search script's files with the index's version in their addresses, and the
 * script loads every part with it: a browser must not mix files cached from an earlier build with
 * new ones.
 */
class IndexVersionTest {
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"assets/search\\.js\\?v=([0-9a-f]{16})\" defer>");
    private static final Pattern ANY_SCRIPT = Pattern.compile("<script src=\"([^\"?]*)(?:\\?v=([0-9a-f]{16}))?\" defer>");
    /** The files of the search script, as the parameters of a test. */
    static final List<String> SCRIPTS = SearchStage.SCRIPTS;

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

    @Test
    void searchHtmlLoadsEveryFileOfTheScriptInOrderEachWithTheVersion() throws IOException {
        Path source = SiteFiles.copy(ExampleSiteSearchTest.EXAMPLE, temp.resolve("src"));
        String version = build(source, "out");
        Matcher m = ANY_SCRIPT.matcher(Files.readString(temp.resolve("out/search.html")));
        List<String> loaded = new ArrayList<>();
        while (m.find()) {
            assertEquals(version, m.group(2), m.group(1) + " is loaded with the version");
            loaded.add(m.group(1));
        }
        assertEquals(SearchStage.SCRIPTS, loaded);
    }

    @ParameterizedTest
    @FieldSource("SCRIPTS")
    void aChangeToAnyFileOfTheScriptChangesTheVersion(String script) throws IOException {
        Path source = SiteFiles.copy(ExampleSiteSearchTest.EXAMPLE, temp.resolve("src"));
        String builtIn = build(source, "built-in");
        Files.createDirectories(source.resolve("assets"));
        Files.write(source.resolve(script), concat(builtIn(script), bytes("// one more line\n")));
        assertNotEquals(builtIn, build(source, "changed"));
    }

    /**
     * However a site gives its own file for a part of the script, the version is the digest of what
     * the build wrote: the index parts and the script's files in the output folder. The site's file
     * is copied when it is a file or a link within {@code assets/}; a link elsewhere in the source
     * folder, or an {@code assets/} that is itself a link, leaves the built-in file.
     */
    @ParameterizedTest
    @ValueSource(strings = {"none", "file", "link within assets", "link elsewhere in the source", "linked assets folder"})
    void theVersionIsTheDigestOfTheFilesTheSiteGets(String how) throws IOException {
        Path source = SiteFiles.copy(ExampleSiteSearchTest.EXAMPLE, temp.resolve("src"));
        String part = "assets/search-render.js";
        byte[] own = concat(builtIn(part), bytes("// the site's own\n"));
        switch (how) {
            case "none" -> { }
            case "file" -> write(source.resolve(part), own);
            case "link within assets" -> {
                write(source.resolve("assets/lib/render.js"), own);
                Files.createSymbolicLink(source.resolve(part), Path.of("lib/render.js"));
            }
            case "link elsewhere in the source" -> {
                write(source.resolve("lib/render.js"), own);
                Files.createDirectories(source.resolve("assets"));
                Files.createSymbolicLink(source.resolve(part), Path.of("../lib/render.js"));
            }
            case "linked assets folder" -> {
                write(source.resolve("shared/search-render.js"), own);
                Files.createSymbolicLink(source.resolve("assets"), Path.of("shared"));
            }
            default -> throw new IllegalArgumentException(how);
        }
        String version = build(source, "out");
        Path out = temp.resolve("out");
        // a linked assets folder is read like any folder linked inside the source folder
        boolean copied = !how.equals("none") && !how.equals("link elsewhere in the source");
        assertArrayEquals(copied ? own : builtIn(part), Files.readAllBytes(out.resolve(part)), "the site gets " + (copied ? "its own" : "the built-in") + " file");
        for (String script : SearchStage.SCRIPTS) {
            if (!script.equals(part)) {
                assertArrayEquals(builtIn(script), Files.readAllBytes(out.resolve(script)), script);
            }
        }
        assertEquals(versionOf(out), version);
    }

    /** The version of what an output folder holds: its index parts and the script's files. */
    private static String versionOf(Path out) throws IOException {
        IndexVersion v = new IndexVersion();
        Path folder = out.resolve(SearchStage.FOLDER);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                v.add(name.substring(0, name.length() - ".js".length()), Files.readAllBytes(p));
            }
        }
        byte[][] scripts = new byte[SearchStage.SCRIPTS.size()][];
        for (int i = 0; i < scripts.length; i++) {
            scripts[i] = Files.readAllBytes(out.resolve(SearchStage.SCRIPTS.get(i)));
        }
        return v.version(scripts);
    }

    @Test
    void swappingOrMovingContentBetweenTheScriptsFilesChangesTheVersion() {
        IndexVersion v = new IndexVersion();
        v.add("meta", bytes("m"));
        assertNotEquals(v.version(bytes("a"), bytes("b")), v.version(bytes("b"), bytes("a")));
        assertNotEquals(v.version(bytes("ab"), bytes("")), v.version(bytes("a"), bytes("b")));
    }

    static byte[] builtIn(String script) throws IOException {
        try (InputStream in = IndexVersionTest.class.getResourceAsStream("/org/sitegen/" + script)) {
            assertNotNull(in, script + " is built in");
            return in.readAllBytes();
        }
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
