package org.sitegen.internal.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A site being written: files go to a staging folder beside the output folder; {@link #commit()}
 * swaps it into place; closing without committing deletes it, leaving the previous output exactly
 * as it was. A lock beside the output folder keeps two builds from writing it at once.
 *
 * <p>Thread-safe: stages may write from several threads. Files are created by one writer thread,
 * behind a bounded queue, while the stages go on rendering; an I/O failure is thrown by a later
 * write or by {@link #commit()}.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {
    /** How long a second build waits for the first before giving up. */
    static final long LOCK_WAIT_SECONDS = 120;

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS_IN_THIS_JVM = new ConcurrentHashMap<>();

    /**
     * How much content may wait for the writer thread, in KiB: enough to keep it busy, small
     * enough for a 100,000-finding build in a 1 GiB heap.
     */
    static final int MAX_QUEUED_KIB = 64 * 1024;

    /**
     * Moves a folder; the final swap goes through it so a test can make it fail. Not API: the
     * production mover is {@link StagedOutput#move}.
     */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Path output;
    private final Path staging;
    private final Mover mover;
    private final ReentrantLock jvmLock;
    private final FileChannel lockChannel;
    private final FileLock fileLock;
    private final Set<Path> createdDirectories = ConcurrentHashMap.newKeySet();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final ReentrantReadWriteLock writers = new ReentrantReadWriteLock();
    private final ExecutorService io;
    private final Semaphore queued = new Semaphore(MAX_QUEUED_KIB);
    private final AtomicReference<IOException> ioFailure = new AtomicReference<>();
    private volatile boolean committed;
    private volatile boolean closed;

    private StagedOutput(Path output, Path staging, ReentrantLock jvmLock, FileChannel channel, FileLock lock,
            Mover mover) {
        this.output = output;
        this.staging = staging;
        this.mover = mover;
        this.jvmLock = jvmLock;
        this.lockChannel = channel;
        this.fileLock = lock;
        // One thread creates the files: the kernel serialises file creation in a folder anyway, and
        // two threads creating side by side spin on the folder's lock. The stages render on the
        // other cores meanwhile.
        this.io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "site-gen-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Locks the output folder and creates a staging folder beside it.
     *
     * @throws IOException if the lock cannot be had within {@link #LOCK_WAIT_SECONDS} or the staging
     *     folder cannot be made
     */
    public static StagedOutput open(Path output, Path source, java.util.List<Path> protectedFolders)
            throws IOException {
        return open(output, source, protectedFolders, Duration.ofSeconds(LOCK_WAIT_SECONDS), StagedOutput::move);
    }

    /**
     * {@link #open(Path, Path, java.util.List)} with the time to wait for the lock and the mover of
     * the final swap given: for tests that check the lock's timeout and inject a failing swap.
     */
    static StagedOutput open(Path output, Path source, java.util.List<Path> protectedFolders, Duration wait,
            Mover mover) throws IOException {
        OutputSafety.check(output, source, protectedFolders);
        Path out = OutputSafety.real(output);
        Path parent = out.getParent();
        Files.createDirectories(parent);
        String name = out.getFileName().toString();
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
            channel = FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = acquire(channel, output, wait);
            removeLeftovers(parent, name);
            // not createTempDirectory: its mode 700 would be swapped in as the site, and a web server
            // running as another user could not read it; createDirectory follows the umask
            Path staging = Files.createDirectory(parent.resolve("." + name + ".staging-" + randomSuffix()));
            Files.createFile(staging.resolve(OutputSafety.MARKER));
            return new StagedOutput(out, staging, jvmLock, channel, lock, mover);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            jvmLock.unlock();
            throw e;
        }
    }

    private static String randomSuffix() {
        return Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /**
     * Deletes the staging and old folders that a build which died (killed, power cut) left beside
     * the output. Called with the lock held, so no running build owns them.
     */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        String staging = "." + name + ".staging-";
        String old = "." + name + ".old-";
        java.util.List<Path> leftovers;
        try (java.util.stream.Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(p -> {
                String n = p.getFileName().toString();
                return (n.startsWith(staging) || n.startsWith(old)) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            }).toList();
        }
        for (Path p : leftovers) {
            deleteTree(p);
        }
    }

    private static FileLock acquire(FileChannel channel, Path output, Duration wait) throws IOException {
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

    /** The staging folder; for tests. */
    Path staging() {
        return staging;
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        submit(path, content.length, target -> {
            Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return 0;
        });
    }

    @Override
    public void write(String path, java.util.List<ByteBuffer> parts) throws IOException {
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

    /** What the writer thread does for one file; returns the bytes written that were not known before. */
    @FunctionalInterface
    private interface FileWrite {
        long to(Path target) throws IOException;
    }

    /**
     * Checks the path and hands the file to the writer thread. A failure of an earlier write is
     * thrown here, by the next write, or by {@link #commit()}; waits while {@link #MAX_QUEUED_KIB}
     * of content is queued.
     */
    private void submit(String path, long size, FileWrite write) throws IOException {
        Lock writing = enter();
        try {
            throwIfFailed();
            Path target = claim(path);
            count(path, size);
            int permits = (int) Math.min(MAX_QUEUED_KIB, Math.max(1, size >> 10));
            queued.acquireUninterruptibly(permits);
            try {
                io.execute(() -> {
                    try {
                        if (ioFailure.get() == null && !closed) {
                            Path dir = target.getParent();
                            if (!dir.equals(staging) && createdDirectories.add(dir)) {
                                Files.createDirectories(dir);
                            }
                            bytes.addAndGet(write.to(target));
                        }
                    } catch (IOException e) {
                        ioFailure.compareAndSet(null, e);
                    } catch (RuntimeException e) {
                        ioFailure.compareAndSet(null, new IOException("could not write " + path + ": " + e, e));
                    } finally {
                        queued.release(permits);
                    }
                });
            } catch (RuntimeException e) {
                queued.release(permits);
                throw e;
            }
        } finally {
            writing.unlock();
        }
    }

    private void throwIfFailed() throws IOException {
        IOException e = ioFailure.get();
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Waits until the writer thread has written every file handed to it. */
    private void drain() {
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
            throw new IllegalStateException("the output is already " + (committed ? "committed" : "closed"));
        }
        return writing;
    }

    private Path claim(String path) {
        Path target = OutputPaths.resolve(staging, path);
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
            drain();
            throwIfFailed();
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
            drain();
            throwIfFailed();
            swap();
        } finally {
            swapping.unlock();
        }
    }

    private void swap() throws IOException {
        if (committed || closed) {
            throw new IllegalStateException("the output is already " + (committed ? "committed" : "closed"));
        }
        Path parent = output.getParent();
        Path old = null;
        if (Files.exists(output)) {
            old = parent.resolve("." + output.getFileName() + ".old-" + randomSuffix());
            mover.move(output, old);
        }
        try {
            mover.move(staging, output);
        } catch (IOException | RuntimeException e) {
            if (old != null) {
                try {
                    mover.move(old, output);
                } catch (IOException | RuntimeException again) {
                    e.addSuppressed(again);
                    throw new IOException("could not put the new site in place (" + e + "), nor the previous one"
                            + " back; the previous site is in " + old + ": rename it to " + output, e);
                }
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes the staging folder unless committed, and releases the lock. */
    @Override
    public void close() throws IOException {
        Lock closing = writers.writeLock();
        closing.lock();
        try {
            closed = true;
            drain();
            if (!committed) {
                deleteTree(staging);
            }
        } finally {
            closing.unlock();
            try {
                fileLock.release();
                lockChannel.close();
            } finally {
                jvmLock.unlock();
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
