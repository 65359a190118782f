package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Site;
import org.sitegen.testing.FolderState;
import org.sitegen.testing.SourceTree;

/**
 * The library refuses every output folder whose replacement would delete something of value, says
 * why, and writes nothing. (The file-system root and the home folder are refused by the same check,
 * tested on its own in OutputSafety's tests, so that no test here ever aims a build at them.)
 */
class UnsafeOutputFolderTest {
    @TempDir Path dir;
    @TempDir Path elsewhere;
    Path project;
    Path source;
    Site site;
    FolderState before;

    @BeforeEach
    void project() {
        project = dir.resolve("project");
        source = SourceTree.minimal(project.resolve("src/site-gen")).file("findings/01.md", SourceTree.finding(1)).root();
        SiteFiles.write(project, Map.of("pom.xml", "<project/>"));
        site = SiteFiles.load(source);
        before = FolderState.of(project);
    }

    private void assertRefused(Path output, String why) {
        SiteGenerator generator = SiteGenerator.builder().messageLocale(Locale.ENGLISH).protect(project).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.render(site, output));
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().contains("the output folder " + output), e.getMessage());
        before.assertUnchanged(project, "refused " + output);
    }

    @Test
    void theSourceFolder() {
        assertRefused(source, "is the source folder; the build would replace the records with the site");
    }

    @Test
    void theSourceFolderWrittenAnotherWay() {
        assertRefused(source.resolve("findings/.."), "is the source folder");
    }

    @Test
    void aFolderInsideTheSourceFolder() {
        assertRefused(source.resolve("site"), "is inside the source folder");
    }

    @Test
    void aFolderThatContainsTheSourceFolder() {
        SiteGenerator generator = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build();
        Path src = project.resolve("src");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.render(site, src));
        assertTrue(e.getMessage().contains("contains the source folder"), e.getMessage());
        before.assertUnchanged(project, "refused " + src);
    }

    @Test
    void theProjectFolderWhenTheRecordsAreElsewhere() {
        site = SiteFiles.load(SourceTree.minimal(elsewhere.resolve("records")).root());
        assertRefused(project, "is the project folder " + project);
    }

    @Test
    void aFolderThatContainsTheProjectFolder() {
        site = SiteFiles.load(SourceTree.minimal(elsewhere.resolve("records")).root());
        Path parent = project.getParent();
        SiteGenerator generator = SiteGenerator.builder().messageLocale(Locale.ENGLISH).protect(project).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.render(site, parent));
        assertTrue(e.getMessage().contains("contains the project folder"), e.getMessage());
        before.assertUnchanged(project, "refused " + parent);
    }

    @Test
    void aLinkToTheSourceFolder() throws IOException {
        Path link = project.resolve("link");
        try {
            Files.createSymbolicLink(link, source);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        before = FolderState.of(project);
        assertRefused(link, "is the source folder");
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void theWorkingFolder() {
        SiteGenerator generator = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build();
        Path cwd = Path.of("").toAbsolutePath();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.render(site, cwd));
        assertTrue(e.getMessage().contains("is the working folder"), e.getMessage());
    }

    @Test
    void aFolderHoldingFilesSiteGenDidNotWrite() throws IOException {
        Path www = Files.createDirectories(project.resolve("www"));
        Files.writeString(www.resolve("index.html"), "the ministry's own page");
        before = FolderState.of(project);
        assertRefused(www, "already holds files that site-gen did not write");
    }

    @Test
    void aChineseSiteIsToldWhyInChinese() {
        SiteGenerator generator = SiteGenerator.builder().protect(project).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.render(site, source));
        assertEquals("输出文件夹 " + source + " 就是来源文件夹，生成网站时会用网站替换掉记录（请换一个输出文件夹，例如 target/site-gen）",
                e.getMessage());
        assertEquals(null, e.getCause(), "no English cause, which Maven would print after it");
        e = assertThrows(IllegalArgumentException.class, () -> generator.render(site, project));
        assertEquals("输出文件夹 " + project + " 包含来源文件夹 " + source + "，生成网站时会整个替换输出文件夹，记录会被删除"
                + "（请换一个专用的输出文件夹，例如 target/site-gen）", e.getMessage());
        before.assertUnchanged(project, "refused in Chinese");
    }

    @Test
    void theChosenLanguageOverridesTheSites() {
        SiteGenerator generator = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.render(site, source));
        assertEquals("the output folder " + source + " is the source folder; the build would replace the records with"
                + " the site (choose another output folder, e.g. target/site-gen)", e.getMessage());
    }
}
