package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.SourceTree;

/**
 * A symbolic link anywhere in the source folder that leads out of it is not followed, and a clear
 * error names it: a record, a record folder (inspections/ too), site.yaml, an asset or asset folder (whose files would
 * be published), a template or the templates folder. A link that stays inside is read.
 */
class SymbolicLinkTest {
    @TempDir Path dir;
    @TempDir Path outside;
    SourceTree tree;

    @BeforeEach
    void trees() throws IOException {
        tree = SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1));
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("folder/02.md"), SourceTree.finding(2));
        Files.writeString(outside.resolve("folder/finding.mustache"), "{{> header}}<h1>stolen</h1>{{> footer}}");
        Files.writeString(outside.resolve("folder/id_rsa"), "-----BEGIN PRIVATE KEY-----");
        Files.writeString(outside.resolve("folder/site.yaml"), SourceTree.SITE_YAML);
        Files.createDirectories(outside.resolve("folder/categories"));
        Files.writeString(outside.resolve("folder/categories/02.md"), "---\nid: other\norder: 2\ntitle: 外部\n---\n");
    }

    private void link(String at, String target) throws IOException {
        Path link = dir.resolve(at);
        Files.createDirectories(link.getParent());
        if (Files.exists(link)) {
            deleteTree(link);
        }
        try {
            Files.createSymbolicLink(link, outside.resolve(target));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var s = Files.list(p)) {
                for (Path c : s.toList()) {
                    deleteTree(c);
                }
            }
        }
        Files.delete(p);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "findings/02.md -> folder/02.md",
            "findings/more -> folder",
            "findings -> folder",
            "categories -> folder/categories",
            "categories/02.md -> folder/categories/02.md",
            "notices -> folder",
            "pages -> folder",
            "inspections -> folder",
            "inspections/02.md -> folder/02.md",
            "site.yaml -> folder/site.yaml",
            "assets/key.txt -> folder/id_rsa",
            "assets/keys -> folder",
            "assets -> folder",
            "templates/finding.mustache -> folder/finding.mustache",
            "templates -> folder"})
    void aLinkLeadingOutOfTheSourceFolderIsAnError(String spec) throws IOException {
        String at = spec.substring(0, spec.indexOf(" -> "));
        link(at, spec.substring(spec.indexOf(" -> ") + 4));
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir);
        List<Problem> errors = r.errors();
        List<Problem> links = errors.stream().filter(p -> p.message().equals(
                "this is a symbolic link to something outside the source folder; it is not read")).toList();
        assertEquals(1, links.size(), errors::toString);
        assertEquals(Path.of(at), links.get(0).file());
        assertTrue(errors.stream().noneMatch(p -> p != links.get(0) && p.file().toString().contains("02")),
                () -> "read from outside: " + errors);
        assertFalse(r.site().isPresent());
    }

    @org.junit.jupiter.api.Test
    void aSiteYamlLinkedFromInsideTheSourceFolderIsRead() throws IOException {
        Files.move(dir.resolve("site.yaml"), dir.resolve("settings.yaml"));
        try {
            Files.createSymbolicLink(dir.resolve("site.yaml"), dir.resolve("settings.yaml"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir);
        assertEquals(List.of(), r.errors());
        assertEquals("测试公示", r.site().orElseThrow().title());
    }
}
