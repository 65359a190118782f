package org.sitegen.internal.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.RenderReport;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Problem;
import org.sitegen.testing.SourceTree;

/**
 * Which of a site's own assets a build publishes: files, and links to files inside the assets
 * folder; a link that leads out of the folder is left out with a warning naming it; an assets
 * folder that is itself a link to a folder inside the source folder is read like any other.
 */
class SourceAssetsTest {
    @TempDir Path dir;

    private static final byte[] LOGO = "logo".getBytes(StandardCharsets.UTF_8);

    @Test
    void filesAndLinksInsideTheFolderArePublishedALinkLeadingOutIsLeftOutWithAWarning() throws IOException {
        Path src = SourceTree.minimal(dir.resolve("src")).root();
        Files.createDirectories(src.resolve("assets/img"));
        Files.write(src.resolve("assets/img/logo.png"), LOGO);
        Files.createSymbolicLink(src.resolve("assets/logo.png"), Path.of("img/logo.png"));
        Files.writeString(src.resolve("notes.txt"), "internal");
        Files.createSymbolicLink(src.resolve("assets/notes.txt"), Path.of("../notes.txt"));

        assertEquals(List.of("img/logo.png", "logo.png"), SourceAssets.of(src).names(name -> { }));
        Path out = dir.resolve("out");
        RenderReport report = SiteGenerator.builder().messageLocale(java.util.Locale.ENGLISH).build()
                .render(SiteFiles.load(src), out);
        assertArrayEquals(LOGO, Files.readAllBytes(out.resolve("assets/img/logo.png")));
        assertArrayEquals(LOGO, Files.readAllBytes(out.resolve("assets/logo.png")));
        assertFalse(Files.exists(out.resolve("assets/notes.txt")));
        List<String> warnings = report.warnings().stream().map(Problem::message).toList();
        assertEquals(1, warnings.stream().filter(w -> w.contains("notes.txt")).count(), warnings::toString);
    }

    @Test
    void anAssetsFolderLinkedToAFolderInsideTheSourceIsPublished() throws IOException {
        Path src = SourceTree.minimal(dir.resolve("src")).root();
        Files.createDirectories(src.resolve("shared/img"));
        Files.write(src.resolve("shared/img/logo.png"), LOGO);
        Files.createSymbolicLink(src.resolve("assets"), Path.of("shared"));

        Path out = dir.resolve("out");
        SiteGenerator.builder().build().render(SiteFiles.load(src), out);
        assertArrayEquals(LOGO, Files.readAllBytes(out.resolve("assets/img/logo.png")));
    }

    @Test
    void noFolderNoSourceNoAssets() throws IOException {
        assertEquals(List.of(), SourceAssets.of(null).names(name -> { }));
        assertEquals(List.of(), SourceAssets.of(dir).names(name -> { }));
        assertEquals(null, SourceAssets.of(dir).file("search.js"));
    }
}
