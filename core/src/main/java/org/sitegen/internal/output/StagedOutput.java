package org.sitegen.internal.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A site being written: files go to a staging folder beside the output folder; {@link #commit()}
 * swaps it into place; closing without committing deletes it, leaving the previous output exactly
 * as it was. A lock beside the output folder keeps two builds from writing it at once.
 *
 * <p>Thread-safe: stages may write from several threads. Files are created by one writer thread,
 * behind a bounded queue, while the stages go on rendering; an I/O failure is thrown by a later
 * write or by {@link #commit()}.
 *
 * <p>This class checks and counts what is written and keeps writes, the swap and the clean-up from
 * overlapping; {@link OutputLock} holds the lock, {@link StagingFolder} makes, swaps and deletes
 * the staging folder, {@link WriterThread} writes the files.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {
    /** How long a second build waits for the first before giving up. */
    static final long LOCK_WAIT_SECONDS = 120;

    /**
     * Moves a folder; the final swap goes through it so a test can make it fail. Not API: the
     * production mover is {@link StagedOutput#move}.
     */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final OutputLock lock;
    private final StagingFolder staging;
    private final WriterThread writer;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final ReentrantReadWriteLock writers = new ReentrantReadWriteLock();
    private volatile boolean committed;
    private volatile boolean closed;

    private StagedOutput(OutputLock lock, StagingFolder staging) {
        this.lock = lock;
        this.staging = staging;
        this.writer = new WriterThread(staging.path(), bytes::addAndGet);
    }

    /**
     * Locks the output folder and creates a staging folder beside it.
     *
     * @throws IOException if the lock cannot be had within {@link #LOCK_WAIT_SECONDS} or the staging
     *     folder cannot be made
     */
    public static StagedOutput open(Path output, Path source, List<Path> protectedFolders) throws IOException {
        return open(output, source, protectedFolders, Duration.ofSeconds(LOCK_WAIT_SECONDS), StagedOutput::move);
    }

    /**
     * {@link #open(Path, Path, List)} with the time to wait for the lock and the mover of the final
     * swap given: for tests that check the lock's timeout and inject a failing swap.
     */
    static StagedOutput open(Path output, Path source, List<Path> protectedFolders, Duration wait, Mover mover)
            throws IOException {
        OutputSafety.check(output, source, protectedFolders);
        Path out = OutputSafety.real(output);
        Files.createDirectories(out.getParent());
        OutputLock lock = OutputLock.acquire(out, output, wait);
        try {
            return new StagedOutput(lock, StagingFolder.create(out, mover));
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The staging folder; for tests. */
    Path staging() {
        return staging.path();
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        submit(path, content.length, target -> {
            Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return 0;
        });
    }

    @Override
    public void write(String path, List<ByteBuffer> parts) throws IOException {
        ByteBuffer[] buffers = new ByteBuffer[parts.size()];
        long size = 0;
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = parts.get(i).duplicate();
            size += buffers[i].remaining();
        }
        long total = size;
        submit(path, size, target -> {
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                long done = 0;
                while (done < total) {
                    done += channel.write(buffers);
                }
            }
            return 0;
        });
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        submit(path, 0, target -> {
            Files.copy(source, target);
            return Files.size(target);
        });
    }

    /**
     * Checks the path and hands the file to the writer thread. A failure of an earlier write is
     * thrown here, by the next write, or by {@link #commit()}; waits while {@link
     * WriterThread#MAX_QUEUED_KIB} of content is queued.
     */
    private void submit(String path, long size, WriterThread.FileWrite write) throws IOException {
        Lock writing = enter();
        try {
            writer.throwIfFailed();
            Path target = claim(path);
            count(path, size);
            writer.submit(path, target, size, write);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Starts a write: writes run side by side, but never while the staging folder is swapped in or
     * deleted. A stage whose worker threads still write after a failure was thrown (a parallel
     * stream rethrows at once) would otherwise put files back into a staging folder being deleted,
     * and leave it beside the output.
     */
    private Lock enter() {
        Lock writing = writers.readLock();
        writing.lock();
        if (committed || closed) {
            writing.unlock();
            throw alreadyDone();
        }
        return writing;
    }

    private IllegalStateException alreadyDone() {
        return new IllegalStateException("the output is already " + (committed ? "committed" : "closed"));
    }

    private Path claim(String path) {
        Path target = OutputPaths.resolve(staging.path(), path);
        if (!written.add(path)) {
            throw new IllegalArgumentException("output path '" + path + "' is written twice");
        }
        return target;
    }

    private void count(String path, long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
        if (path.endsWith(".html")) {
            pages.incrementAndGet();
        }
    }

    public int files() {
        return files.get();
    }

    public int pages() {
        return pages.get();
    }

    public long bytes() {
        return bytes.get();
    }

    /**
     * Waits until every file handed over so far is written; no file can be written after.
     *
     * @throws IOException if a file could not be written
     */
    public void awaitWrites() throws IOException {
        Lock waiting = writers.writeLock();
        waiting.lock();
        try {
            writer.drain();
            writer.throwIfFailed();
        } finally {
            waiting.unlock();
        }
    }

    /**
     * Waits for every file to be written, then puts the staged site in place of the output folder.
     * The previous folder is moved aside first and deleted only after the new one is in place.
     *
     * @throws IOException if a file could not be written; nothing is swapped then
     */
    public void commit() throws IOException {
        Lock swapping = writers.writeLock();
        swapping.lock();
        try {
            writer.drain();
            writer.throwIfFailed();
            if (committed || closed) {
                throw alreadyDone();
            }
            staging.swapIn();
            committed = true;
        } finally {
            swapping.unlock();
        }
    }

    static void move(Path from, Path to) throws IOException {
        StagingFolder.move(from, to);
    }

    /** Deletes the staging folder unless committed, and releases the lock. */
    @Override
    public void close() throws IOException {
        Lock closing = writers.writeLock();
        closing.lock();
        try {
            closed = true;
            writer.discardQueued();
            writer.drain();
            if (!committed) {
                staging.delete();
            }
        } finally {
            closing.unlock();
            lock.close();
        }
    }
}
