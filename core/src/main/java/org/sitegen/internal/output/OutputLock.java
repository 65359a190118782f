package org.sitegen.internal.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps two builds from writing one output folder at once: a lock per folder among the threads of
 * this JVM, and a file lock on {@code .<name>.lock} beside the folder among processes. A second
 * build waits for the first, up to a time limit.
 */
final class OutputLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS_IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock jvmLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private OutputLock(ReentrantLock jvmLock, FileChannel channel, FileLock fileLock) {
        this.jvmLock = jvmLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Waits for both locks of an output folder.
     *
     * @param out the output folder's real path; its parent exists
     * @param output the output folder as given, for messages
     * @throws IOException if the locks cannot be had within {@code wait}
     */
    static OutputLock acquire(Path out, Path output, Duration wait) throws IOException {
        ReentrantLock jvmLock = LOCKS_IN_THIS_JVM.computeIfAbsent(out, k -> new ReentrantLock());
        try {
            if (!jvmLock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("another build is writing " + output + " and did not finish within "
                        + wait.toSeconds() + " s; try again when it is done");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for another build writing " + output, e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(out.getParent().resolve("." + out.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new OutputLock(jvmLock, channel, fileLock(channel, output, wait));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            jvmLock.unlock();
            throw e;
        }
    }

    private static FileLock fileLock(FileChannel channel, Path output, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("another build (another process) is writing " + output
                        + " and did not finish within " + wait.toSeconds() + " s; try again when it is done");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for another build writing " + output, e);
            }
        }
    }

    /** Releases both locks. */
    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
            channel.close();
        } finally {
            jvmLock.unlock();
        }
    }
}
