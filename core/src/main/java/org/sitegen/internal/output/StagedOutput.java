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
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

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

    private final Path output;
    private final Path staging;
    private final ReentrantLock jvmLock;
    private final FileChannel lockChannel;
    private final FileLock fileLock;
    private final Set<Path> createdDirectories = ConcurrentHashMap.newKeySet();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;

    private StagedOutput(Path output, Path staging, ReentrantLock jvmLock, FileChannel channel, FileLock lock) {
        this.output = output;
        this.staging = staging;
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
        OutputSafety.check(output, source, protectedFolders);
        Path out = OutputSafety.real(output);
        Path parent = out.getParent();
        Files.createDirectories(parent);
        String name = out.getFileName().toString();
        ReentrantLock jvmLock = LOCKS_IN_THIS_JVM.computeIfAbsent(out, k -> new ReentrantLock());
        try {
            if (!jvmLock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("another build is writing " + output + " and did not finish within "
                        + LOCK_WAIT_SECONDS + " s; try again when it is done");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for another build writing " + output, e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = acquire(channel, output);
            // not createTempDirectory: its mode 700 would be swapped in as the site, and a web server
            // running as another user could not read it; createDirectory follows the umask
            Path staging = Files.createDirectory(parent.resolve("." + name + ".staging-" + randomSuffix()));
            Files.createFile(staging.resolve(OutputSafety.MARKER));
            return new StagedOutput(out, staging, jvmLock, channel, lock);
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

    private static FileLock acquire(FileChannel channel, Path output) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOCK_WAIT_SECONDS);
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
                        + " and did not finish within " + LOCK_WAIT_SECONDS + " s; try again when it is done");
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
        Path target = claim(path);
        Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        count(path, content.length);
    }

    @Override
    public void write(String path, java.util.List<ByteBuffer> parts) throws IOException {
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
        Path target = claim(path);
        Files.copy(source, target);
        count(path, Files.size(target));
    }

    private Path claim(String path) throws IOException {
        if (committed) {
            throw new IllegalStateException("the output is already committed");
        }
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
        Path parent = output.getParent();
        Path old = null;
        if (Files.exists(output)) {
            old = parent.resolve("." + output.getFileName() + ".old-" + randomSuffix());
            move(output, old);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (old != null) {
                move(old, output);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes the staging folder unless committed, and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                deleteTree(staging);
            }
        } finally {
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
