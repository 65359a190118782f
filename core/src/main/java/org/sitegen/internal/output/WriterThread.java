package org.sitegen.internal.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * The one thread that creates the files of a {@link StagedOutput}, behind a bounded queue. The
 * kernel serialises file creation in a folder anyway, and two threads creating side by side spin
 * on the folder's lock; the stages render on the other cores meanwhile. The first I/O failure is
 * kept and thrown by {@link #throwIfFailed()}; files queued after it are not written.
 */
final class WriterThread {
    /**
     * How much content may wait for the writer thread, in KiB: enough to keep it busy, small
     * enough for a 100,000-finding build in a 1 GiB heap.
     */
    static final int MAX_QUEUED_KIB = 64 * 1024;

    /** What the writer thread does for one file; returns the bytes written that were not known before. */
    @FunctionalInterface
    interface FileWrite {
        long to(Path target) throws IOException;
    }

    private final Path root;
    private final LongConsumer written;
    private final Set<Path> createdDirectories = ConcurrentHashMap.newKeySet();
    private final ExecutorService io;
    private final Semaphore queued = new Semaphore(MAX_QUEUED_KIB);
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private volatile boolean discarding;

    /**
     * @param root the folder the files go to; it exists
     * @param written receives the bytes each write adds to those known when it was queued
     */
    WriterThread(Path root, LongConsumer written) {
        this.root = root;
        this.written = written;
        this.io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "site-gen-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a file; waits while {@link #MAX_QUEUED_KIB} of content is queued.
     *
     * @param path the file's relative path, for messages
     * @param target where it goes, under the root
     * @param size its size as far as known, to bound the queue
     */
    void submit(String path, Path target, long size, FileWrite write) {
        int permits = (int) Math.min(MAX_QUEUED_KIB, Math.max(1, size >> 10));
        queued.acquireUninterruptibly(permits);
        try {
            io.execute(() -> {
                try {
                    if (failure.get() == null && !discarding) {
                        Path dir = target.getParent();
                        if (!dir.equals(root) && createdDirectories.add(dir)) {
                            Files.createDirectories(dir);
                        }
                        written.accept(write.to(target));
                    }
                } catch (IOException e) {
                    failure.compareAndSet(null, e);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, new IOException("could not write " + path + ": " + e, e));
                } finally {
                    queued.release(permits);
                }
            });
        } catch (RuntimeException e) {
            queued.release(permits);
            throw e;
        }
    }

    /** Throws the first failure of a write, if there was one. */
    void throwIfFailed() throws IOException {
        IOException e = failure.get();
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Makes the files still queued be skipped: for a build given up. */
    void discardQueued() {
        discarding = true;
    }

    /** Waits until the thread has handled every file handed to it, then ends it. */
    void drain() {
        io.shutdown();
        try {
            while (!io.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: a slow disk is not a reason to give up
            }
        } catch (InterruptedException e) {
            io.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
