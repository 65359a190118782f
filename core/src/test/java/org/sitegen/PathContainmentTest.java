package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.testing.FolderState;
import org.sitegen.testing.SourceTree;

/** No id, file name or asset path can make a build write outside its output folder. */
class PathContainmentTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "id {0}")
    @ValueSource(strings = {"../evil", "..", "a/b", "/etc/cron.d/x", "x\\\\..\\\\evil", "%2e%2e%2fevil", ".hidden",
            "Evil", "a b", "a:b", "-x", "x\\u0000y", "评估"})
    void anIdThatIsNoSafeFileNameIsAnError(String id) {
        Path src = SourceTree.minimal(dir.resolve("src")).file("findings/01.md", """
                ---
                id: "%s"
                number: 1
                category: funds
                title: t
                status: 完成
                ---
                """.formatted(id)).root();
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(src);
        assertTrue(r.site().isEmpty());
        assertEquals(1, r.errors().size(), r.errors()::toString);
        assertTrue(r.errors().get(0).message().contains("is not valid"), r.errors().get(0).message());
    }

    @ParameterizedTest(name = "file {0}")
    @ValueSource(strings = {"findings/evil..md", "findings/Evil.md", "findings/a b.md", "findings/x%2f..%2fy.md",
            "notices/A.md", "pages/x..%2f.md"})
    void aFileNameThatIsNoSafeIdIsAnError(String file) {
        String record = file.startsWith("findings/") ? SourceTree.finding(1)
                : file.startsWith("notices/") ? "---\ntitle: t\ndate: 2023-12-26\n---\n" : "---\ntitle: t\n---\n";
        Path src = SourceTree.minimal(dir.resolve("src")).file(file, record).root();
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(src);
        assertTrue(r.site().isEmpty(), file);
        assertEquals(Path.of(file), r.errors().get(0).file());
    }

    @ParameterizedTest(name = "asset {0}")
    @ValueSource(strings = {"a\\..\\..\\evil.js", "..\\evil.js", "x:y.css", "new\nline.css"})
    void anAssetWhoseNameCouldLeaveTheOutputFailsTheRenderAndWritesNothing(String name) throws IOException {
        Path src = SourceTree.minimal(dir.resolve("src")).file("findings/01.md", SourceTree.finding(1)).root();
        Path out = dir.resolve("www/site");
        SiteGenerator generator = SiteGenerator.builder().build();
        generator.render(SiteFiles.load(src), out);
        FolderState before = FolderState.of(out);
        Files.createDirectories(src.resolve("assets"));
        try {
            Files.writeString(src.resolve("assets").resolve(name), "alert(1)");
        } catch (java.nio.file.InvalidPathException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "this file system has no such names");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> generator.render(SiteFiles.load(src), out));
        assertTrue(e.getMessage().startsWith("output path 'assets/"), e.getMessage());
        before.assertUnchanged(out, "a hostile asset name");
        try (Stream<Path> all = Files.walk(dir)) {
            assertFalse(all.anyMatch(p -> p.getFileName().toString().contains("evil")
                    && !p.startsWith(src)), "nothing named evil outside the source");
        }
    }

    @Test
    void theRecordsOwnFilesStayAtTheirPlaces() throws IOException {
        Path src = SourceTree.minimal(dir.resolve("src")).file("findings/2023/q1/01.md", SourceTree.finding(1)).root();
        Path out = dir.resolve("www/site");
        SiteGenerator.builder().build().render(SiteFiles.load(src), out);
        assertTrue(Files.isRegularFile(out.resolve("findings/01.html")), "a finding's page is named by its id");
        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertEquals(List.of(".site.lock", "site"), beside.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
