package org.sitegen.internal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.sitegen.internal.load.ProblemList.Found;
import org.sitegen.internal.load.SourceLoader.Parsed;

/**
 * What a live build keeps of a source folder from one load to the next, so that a load after an
 * edit reads and parses only the files that changed: the record files found, and what each one
 * was parsed into (its record and its problems), by path. The cache is told which files changed
 * ({@link #changed}); a load then reads and parses those again, and finds the record files again
 * only when a change could alter more than one file's place (a folder, a link, a file that is not
 * Markdown): otherwise the lists of files are kept and only the changed files added or taken out.
 * Cross-record checks and the model are made anew by every load.
 *
 * <p>A load with the cache gives the same result as one without, as long as every file that
 * changed since the last load was named; when that is not sure (the watcher lost events), {@link
 * #forgetAll} makes the next load read everything.
 *
 * <p>For one source folder, and one load at a time: {@link #changed} and the loads must not run at
 * once. A load parses files in parallel, which the cache supports.
 */
public final class RecordCache {
    /** The folders of records; findings may have sub-folders, the others not. */
    private static final Set<String> RECORD_FOLDERS = Set.of("categories", "findings", "notices", "pages",
            "inspections");

    /** The order of RecordFiles: by the path as text. */
    private static final java.util.Comparator<Path> IN_ORDER = (a, b) -> a.toString().compareTo(b.toString());

    private final Map<Path, Parsed<?>> parsed = new ConcurrentHashMap<>();
    private final Set<Path> changed = new HashSet<>();
    private boolean forgetAll = true;
    private RecordFiles files;
    private List<Found> fileProblems = List.of();
    private Path root;
    private boolean rescanned;
    private byte[] siteYaml;
    private SiteSettings settings;
    private boolean inspectionFiles;
    private List<Found> settingsProblems = List.of();
    private final ModelReuse reuse = new ModelReuse();

    /**
     * Names files that changed since the last load: written, created, deleted or renamed (both
     * names), or a folder that was.
     *
     * @param paths relative to the source folder
     */
    public void changed(Collection<Path> paths) {
        for (Path p : paths) {
            if (p.isAbsolute()) {
                throw new IllegalArgumentException("path '" + p + "' must be relative to the source folder");
            }
            changed.add(p.normalize());
        }
    }

    /** Makes the next load read and find every file again, as if nothing had been kept. */
    public void forgetAll() {
        forgetAll = true;
    }

    /** The record files, found again only when a change could alter them beyond the files named. */
    RecordFiles files(Path root, ProblemList problems) {
        this.root = root;
        rescanned = forgetAll || files == null || !patch(root);
        if (rescanned) {
            List<Found> found = Collections.synchronizedList(new ArrayList<>());
            files = RecordFiles.scan(root, new ProblemList(Path.of("."), found));
            fileProblems = List.copyOf(found);
        }
        problems.all().addAll(fileProblems);
        return files;
    }

    /** A list of record files of one kind as the last load took it, and what each was parsed into. */
    private record Run(List<Path> files, List<Parsed<?>> parsed) {}

    /** The last load's lists, by the parser of their kind. */
    private final Map<Object, Run> runs = new ConcurrentHashMap<>();

    /**
     * Record files of one kind, each as read and parsed: kept, unless it changed. A file kept is
     * found at its place in the last load's list (a place or a few either way, when files were
     * added or removed), not by a hash of its path: a preview of 100,000 findings takes them all
     * at every edit. Files to read are read in parallel when there are many.
     */
    @SuppressWarnings("unchecked")
    <T> List<Parsed<T>> parsedAll(Path root, List<Path> files, BiFunction<byte[], ProblemList, Optional<T>> parser) {
        Run last = forgetAll ? null : runs.get(parser);
        boolean[] touched = new boolean[files.size()];
        for (Path c : changed) {
            int at = java.util.Collections.binarySearch(files, c, IN_ORDER);
            if (at >= 0) {
                touched[at] = true;
            }
        }
        Parsed<?>[] out = new Parsed<?>[files.size()];
        List<Integer> toRead = new ArrayList<>();
        int cursor = 0;
        for (int i = 0; i < files.size(); i++) {
            Path rel = files.get(i);
            int at = last == null || touched[i] ? -1 : ModelReuse.near(last.files(), cursor, rel);
            if (at >= 0) {
                out[i] = last.parsed().get(at);
                cursor = at + 1;
            } else {
                toRead.add(i);
            }
        }
        // what was not found by place: by path (a folder scanned anew), else read
        (toRead.size() > 64 ? toRead.parallelStream() : toRead.stream())
                .forEach(i -> out[i] = parsed(root, files.get(i), parser));
        List<Parsed<?>> all = java.util.Arrays.asList(out);
        runs.put(parser, new Run(files, all));
        return (List<Parsed<T>>) (List<?>) all;
    }

    /** A record file as read and parsed: kept, unless it changed. */
    @SuppressWarnings("unchecked")
    <T> Parsed<T> parsed(Path root, Path rel, BiFunction<byte[], ProblemList, Optional<T>> parser) {
        Parsed<?> kept = parsed.get(rel);
        if (kept != null && !forgetAll && !changed.contains(rel)) {
            return (Parsed<T>) kept;
        }
        Parsed<T> fresh = SourceLoader.parse(root, rel, parser);
        parsed.put(rel, fresh);
        return fresh;
    }

    /**
     * The settings of site.yaml: those of the last load when its bytes are the same and the folder
     * still has (or has not) inspection files (so that its statuses and inspections are the same
     * objects), with the same problems.
     */
    SiteSettings settings(byte[] bytes, boolean inspectionFiles, ProblemList problems) {
        if (settings == null || forgetAll || !java.util.Arrays.equals(bytes, siteYaml)
                || inspectionFiles != this.inspectionFiles) {
            List<Found> found = new ArrayList<>();
            settings = SiteSettings.read(bytes, inspectionFiles, new ProblemList(problems.file(), found));
            siteYaml = bytes;
            this.inspectionFiles = inspectionFiles;
            settingsProblems = List.copyOf(found);
        }
        problems.all().addAll(settingsProblems);
        return settings;
    }

    /** The model objects of the last load, handed out again when equal. */
    ModelReuse reuse() {
        return reuse;
    }

    /** Called once the files are read: what this load found is what the next one starts from. */
    void loaded(RecordFiles found) {
        if (rescanned) {
            // found anew: forget what is no longer there
            Set<Path> present = new HashSet<>();
            present.addAll(found.categories());
            present.addAll(found.findings());
            present.addAll(found.notices());
            present.addAll(found.pages());
            present.addAll(found.inspections());
            parsed.keySet().retainAll(present);
        } else {
            // only the files named can have gone
            for (Path p : changed) {
                if (!Files.exists(root.resolve(p), LinkOption.NOFOLLOW_LINKS)) {
                    parsed.remove(p);
                }
            }
        }
        changed.clear();
        forgetAll = false;
    }

    /**
     * Brings the kept lists of files up to date with the changed paths, when each is a Markdown
     * file in a record folder (or gone from one), or a file elsewhere that finding files does not
     * look at; false when a change needs the folder searched again.
     */
    private boolean patch(Path root) {
        Set<Path> named = new HashSet<>();
        for (Found f : fileProblems) {
            named.add(f.file().normalize());
        }
        List<Path> categories = new ArrayList<>(files.categories());
        List<Path> findings = new ArrayList<>(files.findings());
        List<Path> notices = new ArrayList<>(files.notices());
        List<Path> pages = new ArrayList<>(files.pages());
        List<Path> inspections = new ArrayList<>(files.inspections());
        for (Path p : changed) {
            if (named.contains(p) || p.getNameCount() == 0 || p.toString().isEmpty()) {
                return false;
            }
            String top = p.getName(0).toString();
            if (p.getNameCount() == 1) {
                // site.yaml, or a record, assets or templates folder itself; anything else at the top
                // is not read
                if (top.equals("site.yaml")) {
                    if (files.refused().contains(top) || isLink(root.resolve(p))) {
                        return false;
                    }
                    continue;
                }
                if (RECORD_FOLDERS.contains(top) || top.equals("assets") || top.equals("templates")) {
                    return false;
                }
                continue;
            }
            if (top.equals("assets") || top.equals("templates")) {
                // a link there that leads out is refused; a plain file or one gone changes nothing
                if (files.refused().contains(top) || !isPlainOrGone(root.resolve(p))) {
                    return false;
                }
                continue;
            }
            if (!RECORD_FOLDERS.contains(top)) {
                continue;
            }
            if (files.refused().contains(top) || !Files.isDirectory(root.resolve(top), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            boolean flat = !top.equals("findings");
            if (flat && p.getNameCount() != 2) {
                return false;
            }
            boolean hidden = false;
            for (int i = 1; i < p.getNameCount(); i++) {
                hidden |= p.getName(i).toString().startsWith(".");
            }
            if (hidden) {
                // a hidden file or folder, not read; one the lists held would be named by a problem
                continue;
            }
            for (int i = 2; i < p.getNameCount(); i++) {
                // a sub-folder of findings/ on the way must be a plain folder
                if (!Files.isDirectory(root.resolve(p.subpath(0, i)), LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
            }
            List<Path> list = switch (top) {
                case "categories" -> categories;
                case "findings" -> findings;
                case "notices" -> notices;
                case "inspections" -> inspections;
                default -> pages;
            };
            BasicFileAttributes attributes;
            try {
                attributes = attributes(root.resolve(p));
            } catch (IOException e) {
                return false;
            }
            boolean markdown = p.getFileName().toString().endsWith(".md");
            // the lists are sorted as RecordFiles sorts them: a file is found, added or taken out
            // where it belongs, without sorting 100,000 paths again
            int at = Collections.binarySearch(list, p, IN_ORDER);
            if (attributes == null) {
                if (at >= 0) {
                    list.remove(at);
                } else if (holdsFilesUnder(list, p)) {
                    return false; // a folder of findings, gone
                }
            } else if (attributes.isRegularFile() && markdown) {
                if (at < 0) {
                    list.add(-at - 1, p);
                }
            } else {
                return false;
            }
        }
        files = new RecordFiles(List.copyOf(categories), List.copyOf(findings), List.copyOf(notices),
                List.copyOf(pages), List.copyOf(inspections), files.refused());
        return true;
    }

    /** Whether a sorted list has a path under a folder: the first one at or after "folder/" is. */
    private static boolean holdsFilesUnder(List<Path> sorted, Path folder) {
        String prefix = folder + folder.getFileSystem().getSeparator();
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).toString().compareTo(prefix) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < sorted.size() && sorted.get(low).toString().startsWith(prefix);
    }

    /** A file's own attributes (a link's, not its target's); null when it is gone. */
    private static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static boolean isLink(Path p) {
        try {
            BasicFileAttributes a = attributes(p);
            return a != null && a.isSymbolicLink();
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean isPlainOrGone(Path p) {
        try {
            BasicFileAttributes a = attributes(p);
            return a == null || a.isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }
}
