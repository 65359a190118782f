package org.sitegen.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two builds into one output folder, in one process or two, never write it at the same time. */
@Timeout(120)
class OutputLockTest {
    @TempDir Path dir;

    @Test
    void aSecondBuildInTheSameProcessWaitsForTheFirst() throws Exception {
        Path out = dir.resolve("site");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> second;
            try (StagedOutput first = StagedOutput.open(out, null, List.of())) {
                first.write("index.html", "first");
                second = pool.submit(() -> {
                    try (StagedOutput s = StagedOutput.open(out, null, List.of())) {
                        String seen = Files.readString(out.resolve("index.html"));
                        s.write("index.html", "second");
                        s.commit();
                        return seen;
                    }
                });
                Thread.sleep(1000);
                assertFalse(second.isDone(), "the second build waits while the first holds the folder");
                first.commit();
            }
            assertEquals("first", second.get(60, TimeUnit.SECONDS), "the second ran only after the first's commit");
            assertEquals("second", Files.readString(out.resolve("index.html")));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSecondBuildThatCannotWaitLongerFailsSayingWhy() throws Exception {
        Path out = dir.resolve("site");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (StagedOutput s = StagedOutput.open(out, null, List.of())) {
                locked.countDown();
                release.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(locked.await(30, TimeUnit.SECONDS));
        IOException e = assertThrows(IOException.class,
                () -> StagedOutput.open(out, null, List.of(), Duration.ofSeconds(1), StagedOutput::move));
        assertTrue(e.getMessage().matches("another build is writing .*site and did not finish within 1 s;"
                + " try again when it is done"), e.getMessage());
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aBuildInAnotherProcessHoldsTheFolderUntilItIsDone() throws Exception {
        Path out = dir.resolve("site");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader childOut = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                Writer childIn = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            assertEquals("locked", childOut.readLine(), "the child process opened the folder");

            IOException e = assertThrows(IOException.class,
                    () -> StagedOutput.open(out, null, List.of(), Duration.ofSeconds(1), StagedOutput::move));
            assertTrue(e.getMessage().matches("another build \\(another process\\) is writing .*site and did not"
                    + " finish within 1 s; try again when it is done"), e.getMessage());

            CompletableFuture<String> parent = CompletableFuture.supplyAsync(() -> {
                try (StagedOutput s = StagedOutput.open(out, null, List.of())) {
                    String seen = Files.readString(out.resolve("index.html"));
                    s.write("index.html", "parent");
                    s.commit();
                    return seen;
                } catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            });
            Thread.sleep(1000);
            assertFalse(parent.isDone(), "the parent waits for the child's lock");
            childIn.write("go\n");
            childIn.flush();
            assertEquals("done", childOut.readLine());
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
            assertEquals("child", parent.get(60, TimeUnit.SECONDS), "the parent ran only after the child's commit");
        } finally {
            child.destroyForcibly();
        }
        assertEquals("parent", Files.readString(out.resolve("index.html")));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(".site.lock", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
