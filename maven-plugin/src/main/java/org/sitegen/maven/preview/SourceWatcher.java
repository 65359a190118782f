package org.sitegen.maven.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches a source folder and its sub-folders with the JDK's {@link WatchService} (inotify on
 * Linux, the native service on Windows; on macOS the JDK polls, every few seconds), and hands the
 * paths that changed to a listener in batches: a burst of events (a save that writes a temporary
 * file and renames it, a {@code git checkout}) is one batch, sent once no event came for a quiet
 * period (or after {@link #LONGEST_BATCH} of events without such a pause). Folders created later are watched too. When the service lost events (an overflow), the
 * batch says so, and the listener should take everything as changed.
 *
 * <p>The listener runs on the watcher's own thread, one batch at a time; events that come while it
 * runs make the next batch.
 */
final class SourceWatcher implements AutoCloseable {
    /** A batch is sent after this long even if events keep coming, so that a long burst shows progress. */
    static final Duration LONGEST_BATCH = Duration.ofSeconds(1);

    /** Receives the batches. */
    interface Listener {
        /**
         * @param paths absolute paths that were created, written or deleted, in the order seen
         * @param lost whether events were lost: anything may have changed
         */
        void changed(Set<Path> paths, boolean lost);
    }

    private final Path root;
    private final Duration quiet;
    private final Listener listener;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean open = true;

    private SourceWatcher(Path root, Duration quiet, Listener listener) throws IOException {
        this.root = root;
        this.quiet = quiet;
        this.listener = listener;
        this.service = FileSystems.getDefault().newWatchService();
        watchTree(root);
        this.thread = new Thread(this::run, "site-gen-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param quiet how long no event must come for a batch to be sent
     */
    static SourceWatcher start(Path root, Duration quiet, Listener listener) throws IOException {
        SourceWatcher w = new SourceWatcher(root.toAbsolutePath().normalize(), quiet, listener);
        w.thread.start();
        return w;
    }

    private void run() {
        try {
            while (open) {
                WatchKey key = service.take();
                Set<Path> batch = new LinkedHashSet<>();
                boolean lost = take(key, batch);
                long end = System.nanoTime() + LONGEST_BATCH.toNanos();
                while (System.nanoTime() < end
                        && (key = service.poll(quiet.toNanos(), TimeUnit.NANOSECONDS)) != null) {
                    lost |= take(key, batch);
                }
                if (open && (lost || !batch.isEmpty())) {
                    listener.changed(batch, lost);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Adds a key's events to the batch; true when events were lost. */
    private boolean take(WatchKey key, Set<Path> batch) {
        Path folder = folders.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                lost = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            batch.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    watchTree(path);
                } catch (IOException e) {
                    lost = true;
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return lost;
    }

    private void watchTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The folder watched. */
    Path root() {
        return root;
    }

    /** Stops watching; waits for a batch being handled to end. */
    @Override
    public void close() throws IOException {
        open = false;
        service.close();
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
