package org.sitegen.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.testing.FolderState;

/**
 * The final swap and the clean-up: a swap that fails half-way puts the previous site back; a
 * writer still running when a build gives up cannot leave a staging folder behind; folders left by
 * a build that was killed are removed by the next one.
 */
class StagedOutputFailureTest {
    @TempDir Path dir;
    Path out;
    FolderState before;

    @BeforeEach
    void previousSite() throws IOException {
        out = dir.resolve("site");
        try (StagedOutput s = StagedOutput.open(out, null, List.of())) {
            s.write("index.html", "previous");
            s.write("findings/a.html", "a");
            s.commit();
        }
        before = FolderState.of(out);
    }

    private StagedOutput open(StagedOutput.Mover mover) throws IOException {
        return StagedOutput.open(out, null, List.of(), Duration.ofSeconds(5), mover);
    }

    @Test
    void aSwapThatCannotMoveThePreviousSiteAsideChangesNothing() throws IOException {
        try (StagedOutput s = open((from, to) -> {
            throw new IOException("Read-only file system");
        })) {
            s.write("index.html", "new");
            assertEquals("Read-only file system", assertThrows(IOException.class, s::commit).getMessage());
        }
        before.assertUnchanged(out, "the first move failed");
    }

    @Test
    void aSwapThatCannotMoveTheNewSiteInPutsThePreviousOneBack() throws IOException {
        AtomicInteger moves = new AtomicInteger();
        try (StagedOutput s = open((from, to) -> {
            if (moves.incrementAndGet() == 2) {
                throw new IOException("Input/output error");
            }
            StagedOutput.move(from, to);
        })) {
            s.write("index.html", "new");
            assertEquals("Input/output error", assertThrows(IOException.class, s::commit).getMessage());
        }
        assertEquals(3, moves.get(), "aside, in (failed), back");
        before.assertUnchanged(out, "the second move failed");
    }

    @Test
    void aSwapThatCannotPutThePreviousSiteBackSaysWhereItIs() throws IOException {
        AtomicInteger moves = new AtomicInteger();
        Path[] aside = new Path[1];
        try (StagedOutput s = open((from, to) -> {
            if (moves.incrementAndGet() >= 2) {
                throw new IOException("Input/output error");
            }
            aside[0] = to;
            StagedOutput.move(from, to);
        })) {
            s.write("index.html", "new");
            IOException e = assertThrows(IOException.class, s::commit);
            assertTrue(e.getMessage().contains("the previous site is in " + aside[0] + ": rename it to " + out),
                    e.getMessage());
            assertEquals("previous", Files.readString(aside[0].resolve("index.html")), "nothing was deleted");
        }
    }

    @Test
    void aWriterStillRunningWhenTheBuildGivesUpLeavesNothingBehind() throws Exception {
        StagedOutput s = open(StagedOutput::move);
        AtomicInteger written = new AtomicInteger();
        CompletableFuture<Throwable> writer = CompletableFuture.supplyAsync(() -> {
            try {
                for (int i = 0; ; i++) {
                    s.write("findings/x" + i + "/page.html", "x");
                    written.incrementAndGet();
                }
            } catch (Throwable t) {
                return t;
            }
        });
        while (written.get() < 20) {
            Thread.onSpinWait();
        }
        s.close();
        Throwable stopped = writer.get(30, TimeUnit.SECONDS);
        assertEquals(IllegalStateException.class, stopped.getClass(), stopped::toString);
        assertEquals("the output is already closed", stopped.getMessage());
        before.assertUnchanged(out, "a writer raced the clean-up");
    }

    @Test
    void foldersLeftByAKilledBuildAreRemovedByTheNextOne() throws IOException {
        Path staging = Files.createDirectories(dir.resolve(".site.staging-1234/findings"));
        Files.writeString(staging.resolve("half.html"), "half");
        Files.createDirectories(dir.resolve(".site.old-99"));
        Path unrelated = Files.createDirectories(dir.resolve(".other.staging-1"));
        try (StagedOutput s = open(StagedOutput::move)) {
            s.write("index.html", "previous");
            s.write("findings/a.html", "a");
            s.commit();
        }
        assertTrue(Files.isDirectory(unrelated), "another output's folders are not touched");
        Files.delete(unrelated);
        before.assertUnchanged(out, "after a build that cleaned up");
    }
}
