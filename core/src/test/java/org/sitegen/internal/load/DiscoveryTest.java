package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.SourceTree;

/** Which files are read, and how links and stray files are treated. */
class DiscoveryTest {
    @TempDir Path dir;
    @TempDir Path outside;

    @Test
    void findingsInSubFoldersAreRead() {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .file("findings/2023/01.md", SourceTree.finding(1))
                .file("findings/2024/q1/02.md", SourceTree.finding(2)).root());
        assertEquals(2, r.site().orElseThrow().findings().size());
    }

    @Test
    void strayFilesAreIgnoredWithAWarning() {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .file("findings/01.md", SourceTree.finding(1))
                .file("findings/notes.txt", "x")
                .file("findings/.hidden.md", "x").root());
        assertTrue(r.site().isPresent());
        assertEquals(1, r.warnings().size());
        assertEquals(Path.of("findings/notes.txt"), r.warnings().get(0).file());
    }

    @Test
    void symbolicLinkOutOfTheSourceFolderIsNotFollowed() throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.md"), SourceTree.finding(2));
        SourceTree tree = SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1));
        try {
            Files.createSymbolicLink(dir.resolve("findings/02.md"), secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(tree.root());
        assertEquals(1, r.errors().size());
        assertEquals(Path.of("findings/02.md"), r.errors().get(0).file());
        assertTrue(r.errors().get(0).message().contains("outside the source folder"));
    }

    @Test
    void symbolicLinkInsideTheSourceFolderIsRead() throws Exception {
        SourceTree tree = SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1))
                .file("drafts/02.md", SourceTree.finding(2));
        try {
            Files.createSymbolicLink(dir.resolve("findings/02.md"), dir.resolve("drafts/02.md"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        assertEquals(2, SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(tree.root()).site().orElseThrow().findings().size());
    }
}
