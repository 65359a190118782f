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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A site being written: files go to a staging folder beside the output folder; {@link #commit()}
 * swaps it into place; closing without committing deletes it, leaving the previous output exactly
 * as it was. A lock beside the output folder keeps two builds from writing it at once.
 *
 * <p>Thread-safe: stages may write from several threads.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {
    /** How long a second build waits for the first before giving up. */
    static final long LOCK_WAIT_SECONDS = 120;

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS_IN_THIS_JVM = new ConcurrentHashMap<>();

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
        Lock writing = enter();
        try {
            Path target = claim(path);
            Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            count(path, content.length);
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void write(String path, java.util.List<ByteBuffer> parts) throws IOException {
        Lock writing = enter();
        try {
            writeParts(path, parts);
        } finally {
            writing.unlock();
        }
    }

    private void writeParts(String path, java.util.List<ByteBuffer> parts) throws IOException {
        Path target = claim(path);
        ByteBuffer[] buffers = new ByteBuffer[parts.size()];
        long size = 0;
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = parts.get(i).duplicate();
            size += buffers[i].remaining();
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long written = 0;
            while (written < size) {
                written += channel.write(buffers);
            }
        }
        count(path, size);
    }

    @Override
    public void copy(String path, Path source) throws IOException {
        Lock writing = enter();
        try {
            Path target = claim(path);
            Files.copy(source, target);
            count(path, Files.size(target));
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
            throw new IllegalStateException("the output is already " + (committed ? "committed" : "closed"));
        }
        return writing;
    }

    private Path claim(String path) throws IOException {
        Path target = OutputPaths.resolve(staging, path);
        if (!written.add(path)) {
            throw new IllegalArgumentException("output path '" + path + "' is written twice");
        }
        Path dir = target.getParent();
        // remember a folder only once it exists: another thread may be writing into it already
        if (!dir.equals(staging) && !createdDirectories.contains(dir)) {
            Files.createDirectories(dir);
            createdDirectories.add(dir);
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
     * Puts the staged site in place of the output folder. The previous folder is moved aside
     * first and deleted only after the new one is in place.
     */
    public void commit() throws IOException {
        Lock swapping = writers.writeLock();
        swapping.lock();
        try {
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
