package org.sitegen.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {
    @TempDir Path dir;

    @Test
    void commitReplacesThePreviousOutputAsAWhole() throws Exception {
        Path out = dir.resolve("site");
        try (StagedOutput s = StagedOutput.open(out, null, List.of())) {
            s.write("old.html", "old");
            s.commit();
        }
        try (StagedOutput s = StagedOutput.open(out, null, List.of())) {
            s.write("findings/new.html", "new");
            assertFalse(Files.exists(out.resolve("findings/new.html")), "nothing shows before the commit");
            s.commit();
            assertEquals(1, s.pages());
        }
        assertTrue(Files.exists(out.resolve("findings/new.html")));
        assertFalse(Files.exists(out.resolve("old.html")));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(".site.lock", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void closingWithoutCommitLeavesThePreviousOutputUntouched() throws Exception {
        Path out = dir.resolve("site");
        try (StagedOutput s = StagedOutput.open(out, null, List.of())) {
            s.write("index.html", "v1");
            s.commit();
        }
        try (StagedOutput s = StagedOutput.open(out, null, List.of())) {
            s.write("index.html", "v2");
        }
        assertEquals("v1", Files.readString(out.resolve("index.html")));
        try (var siblings = Files.list(dir)) {
            assertEquals(2, siblings.count(), "the staging folder is gone");
        }
    }

    @Test
    void theSiteIsReadableByOtherUsers() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path out = dir.resolve("site");
        try (StagedOutput s = StagedOutput.open(out, null, List.of())) {
            s.write("index.html", "x");
            s.commit();
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
        assertTrue(perms.contains(PosixFilePermission.OTHERS_READ) && perms.contains(PosixFilePermission.OTHERS_EXECUTE),
                perms::toString);
    }

    @Test
    void pathsCannotLeaveTheOutput() throws Exception {
        try (StagedOutput s = StagedOutput.open(dir.resolve("site"), null, List.of())) {
            assertThrows(IllegalArgumentException.class, () -> s.write("../evil.html", "x"));
            assertThrows(IllegalArgumentException.class, () -> s.write("/etc/evil", "x"));
            assertThrows(IllegalArgumentException.class, () -> s.write("a/../../evil", "x"));
            assertThrows(IllegalArgumentException.class, () -> s.write("a\\..\\evil", "x"));
            s.write("ok.html", "x");
            assertThrows(IllegalArgumentException.class, () -> s.write("ok.html", "again"));
        }
        assertFalse(Files.exists(dir.resolve("evil.html")));
    }

    @Test
    void refusesFoldersItWouldDestroy() throws Exception {
        Path source = Files.createDirectories(dir.resolve("project/src/site-gen"));
        Path project = dir.resolve("project");
        assertThrows(IllegalArgumentException.class, () -> OutputSafety.check(source, source, List.of()));
        assertThrows(IllegalArgumentException.class, () -> OutputSafety.check(project, source, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> OutputSafety.check(source.resolve("out"), source, List.of()));
        var e = assertThrows(IllegalArgumentException.class,
                () -> OutputSafety.check(project, null, List.of(project)));
        assertTrue(e.getMessage().contains("is the project folder"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> OutputSafety.check(Path.of(System.getProperty("user.home")), null, List.of()));
        assertTrue(e.getMessage().contains("your home folder"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OutputSafety.check(Path.of("/"), null, List.of()));
        OutputSafety.check(project.resolve("target/site-gen"), source, List.of(project));
    }

    @Test
    void refusesAFolderHoldingOtherFiles() throws Exception {
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("precious.txt"), "x");
        var e = assertThrows(IllegalArgumentException.class, () -> OutputSafety.check(www, null, List.of()));
        assertTrue(e.getMessage().contains("did not write"), e.getMessage());
    }
}
