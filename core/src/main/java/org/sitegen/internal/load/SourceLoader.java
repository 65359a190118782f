package org.sitegen.internal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.internal.Msg;
import org.sitegen.internal.ProblemTexts;
import org.sitegen.internal.load.ProblemList.Found;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.internal.load.RawRecords.Head;
import org.sitegen.internal.load.RawRecords.RawCategory;
import org.sitegen.internal.load.RawRecords.RawFinding;
import org.sitegen.internal.load.RawRecords.RawHistory;
import org.sitegen.internal.load.RawRecords.RawNotice;
import org.sitegen.internal.load.RawRecords.RawPage;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.Notice;
import org.sitegen.model.Origin;
import org.sitegen.model.Page;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * Loads a source folder into a {@link Site}: discovers the record files, reads them in parallel,
 * then resolves references and checks what spans records (duplicates, unknown references). Every
 * problem is collected; the site is made only when there is no error.
 *
 * <p>Problems are collected as bundle keys and written out at the end, in the caller's language
 * when it chose one, else in the site's: the {@code locale} of {@code site.yaml}, or, when
 * site.yaml cannot be read into settings, the {@code locale:} line it declares
 * ({@link SiteSettings#declaredLocale}), else Simplified Chinese.
 */
public final class SourceLoader {
    private final Consumer<String> progress;
    private final Locale messageLocale;

    public SourceLoader(Consumer<String> progress) {
        this(progress, null);
    }

    /**
     * @param messageLocale the language of the problems; null for the site's
     */
    public SourceLoader(Consumer<String> progress, Locale messageLocale) {
        this.progress = progress;
        this.messageLocale = messageLocale;
    }

    /** Loads a folder; never throws for bad content. */
    public LoadResult load(Path sourceDirectory) {
        Path root = sourceDirectory.toAbsolutePath().normalize();
        List<Found> problems = Collections.synchronizedList(new ArrayList<>());
        ProblemList folder = new ProblemList(Path.of("."), problems);
        if (!Files.isDirectory(root)) {
            folder.error(0, 0, Files.exists(root) ? "folder.notAFolder" : "folder.missing", "folder", root);
            return result(root, null, problems, null);
        }
        Discovery files = Discovery.scan(root, folder);
        ProblemList siteProblems = folder.forFile(Path.of("site.yaml"));
        SiteSettings settings = null;
        byte[] siteYaml = null;
        if (files.refused().contains("site.yaml")) {
            settings = null;
        } else if (Files.isRegularFile(root.resolve("site.yaml"))) {
            siteYaml = read(root, Path.of("site.yaml"), siteProblems);
            settings = siteYaml == null ? null : SiteSettings.read(siteYaml, siteProblems);
        } else {
            siteProblems.error(0, 0, "site.missing");
        }
        List<RawCategory> categories = parseAll(root, files.categories(), problems, RecordParser::category);
        List<RawFinding> findings = parseAll(root, files.findings(), problems, RecordParser::finding);
        List<RawNotice> notices = parseAll(root, files.notices(), problems, RecordParser::notice);
        List<RawPage> pages = parseAll(root, files.pages(), problems, RecordParser::page);
        progress.accept("read " + findings.size() + " findings, " + categories.size() + " categories");
        if (settings == null) {
            return result(root, null, problems, siteYaml);
        }
        Site site = new Resolver(root, settings, folder).resolve(categories, findings, notices, pages);
        return result(root, site, problems, settings.locale());
    }

    /**
     * The result, its problems written in the caller's language or the site's.
     *
     * @param site the site; ignored when there is an error
     * @param siteLocale the site's locale, or the bytes of a site.yaml that gave no settings, or null
     */
    private LoadResult result(Path root, Site site, List<Found> found, Object siteLocale) {
        List<Problem> problems = List.of();
        if (!found.isEmpty()) {
            problems = ProblemList.write(found, ProblemTexts.of(language(siteLocale)));
        }
        boolean errors = found.stream().anyMatch(Found::isError);
        return new LoadResult(root, errors ? Optional.empty() : Optional.ofNullable(site), problems);
    }

    private Locale language(Object siteLocale) {
        if (messageLocale != null) {
            return messageLocale;
        }
        if (siteLocale instanceof Locale locale) {
            return locale;
        }
        if (siteLocale instanceof byte[] siteYaml) {
            return SiteSettings.declaredLocale(siteYaml).orElse(Locale.SIMPLIFIED_CHINESE);
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    static byte[] read(Path root, Path relative, ProblemList problems) {
        // one open, one fstat, one read: this runs for every record
        try (var channel = Files.newByteChannel(root.resolve(relative))) {
            long size = channel.size();
            if (size > SourceText.MAX_BYTES) {
                problems.error(0, 0, "file.tooLarge", "kib", size / 1024);
                return null;
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading
            }
            return buffer.hasRemaining() ? java.util.Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        } catch (NoSuchFileException e) {
            problems.error(0, 0, "file.disappeared");
        } catch (IOException e) {
            problems.error(0, 0, "file.unreadable", "reason", String.valueOf(e.getMessage()));
        }
        return null;
    }

    private static <T> List<T> parseAll(
            Path root, List<Path> files, List<Found> sink, BiFunction<byte[], ProblemList, Optional<T>> parser) {
        // Files are parsed in parallel; each keeps its own problem list, merged in file order.
        List<Map.Entry<Optional<T>, List<Found>>> results = (files.size() > 64 ? files.parallelStream() : files.stream())
                .map(rel -> {
                    ProblemList p = new ProblemList(rel);
                    byte[] bytes = read(root, rel, p);
                    Optional<T> value;
                    try {
                        value = bytes == null ? Optional.empty() : parser.apply(bytes, p);
                    } catch (RuntimeException e) {
                        // A bug of ours must not hide the other records' problems: report it here.
                        p.error(0, 0, "record.bug", "error", e.toString());
                        value = Optional.empty();
                    }
                    return Map.entry(value, p.all());
                })
                .toList();
        List<T> out = new ArrayList<>();
        for (var r : results) {
            sink.addAll(r.getValue());
            r.getKey().ifPresent(out::add);
        }
        return out;
    }

    /** The record files of a source folder, sorted, relative to it. */
    record Discovery(List<Path> categories, List<Path> findings, List<Path> notices, List<Path> pages,
            java.util.Set<String> refused) {
        /** What the loader and the render read at the top of a source folder. */
        private static final List<String> TOP = List.of("site.yaml", "categories", "findings", "notices", "pages",
                "assets", "templates");

        private static final String LINK_OUT = "link.outside";

        static Discovery scan(Path root, ProblemList problems) {
            // A link at the top that leads out is refused as a whole: Files.list would follow it and
            // read records, templates or assets (published as they are) from anywhere on the disk.
            java.util.Set<String> refused = new java.util.HashSet<>();
            for (String name : TOP) {
                Path p = root.resolve(name);
                if (Files.isSymbolicLink(p) && !linkStaysInside(root, p)) {
                    problems.forFile(Path.of(name)).error(0, 0, LINK_OUT);
                    refused.add(name);
                }
            }
            for (String folder : List.of("assets", "templates")) {
                if (!refused.contains(folder)) {
                    refuseLinksOut(root, folder, problems);
                }
            }
            return new Discovery(
                    list(root, "categories", false, problems, refused),
                    list(root, "findings", true, problems, refused),
                    list(root, "notices", false, problems, refused),
                    list(root, "pages", false, problems, refused),
                    java.util.Set.copyOf(refused));
        }

        /** Reports every link in a folder of files the render copies or reads that leads out. */
        private static void refuseLinksOut(Path root, String folder, ProblemList problems) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            List<Path> out = new ArrayList<>();
            try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (Files.isSymbolicLink(p) && !linkStaysInside(root, p)) {
                        out.add(root.relativize(p));
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.forFile(Path.of(folder)).error(0, 0, "folder.unreadable", "reason", String.valueOf(e.getMessage()));
            }
            out.sort((a, b) -> a.toString().compareTo(b.toString()));
            for (Path rel : out) {
                problems.forFile(rel).error(0, 0, LINK_OUT);
            }
        }

        private static List<Path> list(Path root, String folder, boolean recursive, ProblemList problems,
                java.util.Set<String> refused) {
            Path dir = root.resolve(folder);
            if (refused.contains(folder) || !Files.isDirectory(dir)) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            // walkFileTree hands over each entry's attributes (one lstat), so no further stat per file
            try {
                Files.walkFileTree(dir, java.util.Set.of(), recursive ? Integer.MAX_VALUE : 1,
                        new java.nio.file.SimpleFileVisitor<>() {
                            @Override
                            public java.nio.file.FileVisitResult preVisitDirectory(Path d,
                                    java.nio.file.attribute.BasicFileAttributes attrs) {
                                return d.equals(dir) || !d.getFileName().toString().startsWith(".")
                                        ? java.nio.file.FileVisitResult.CONTINUE
                                        : java.nio.file.FileVisitResult.SKIP_SUBTREE;
                            }

                            @Override
                            public java.nio.file.FileVisitResult visitFile(Path p,
                                    java.nio.file.attribute.BasicFileAttributes attrs) {
                                Path rel = root.relativize(p);
                                String name = p.getFileName().toString();
                                if (name.startsWith(".")) {
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }
                                if (attrs.isSymbolicLink()) {
                                    if (!linkStaysInside(root, p)) {
                                        problems.forFile(rel).error(0, 0, LINK_OUT);
                                        return java.nio.file.FileVisitResult.CONTINUE;
                                    }
                                    if (Files.isDirectory(p)) {
                                        problems.forFile(rel).warning(0, 0, "link.folder", "folder", folder);
                                        return java.nio.file.FileVisitResult.CONTINUE;
                                    }
                                } else if (attrs.isDirectory()) {
                                    // only reached at the depth limit: a sub-folder of a flat folder
                                    problems.forFile(rel).warning(0, 0, "folder.subFolder", "folder", folder);
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }
                                if (!name.endsWith(".md")) {
                                    problems.forFile(rel).warning(0, 0, "file.notMd", "folder", folder);
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }
                                out.add(rel);
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }

                            @Override
                            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                                problems.forFile(root.relativize(p)).error(0, 0, "path.unreadable", "reason",
                                        String.valueOf(e.getMessage()));
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                problems.forFile(root.relativize(dir)).error(0, 0, "folder.unreadable", "reason",
                        String.valueOf(e.getMessage()));
            }
            out.sort((a, b) -> a.toString().compareTo(b.toString()));
            return out;
        }

        private static boolean linkStaysInside(Path root, Path link) {
            try {
                return link.toRealPath().startsWith(root.toRealPath());
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Cross-references raw records into the model. */
    private static final class Resolver {
        private final Path root;
        private final SiteSettings settings;
        private final ProblemList problems;
        private final Map<String, Inspection> inspections = new LinkedHashMap<>();

        Resolver(Path root, SiteSettings settings, ProblemList problems) {
            this.root = root;
            this.settings = settings;
            this.problems = problems;
            settings.inspections().forEach(i -> inspections.put(i.id(), i));
        }

        Site resolve(List<RawCategory> rawCategories, List<RawFinding> rawFindings, List<RawNotice> rawNotices,
                List<RawPage> rawPages) {
            Site.Builder site = Site.builder()
                    .title(settings.title())
                    .issuer(settings.issuer())
                    .locale(settings.locale())
                    .baseUrl(settings.baseUrl())
                    .contact(settings.contact())
                    .identity(settings.identity())
                    .asOf(settings.asOf())
                    .statuses(settings.statuses())
                    .sourceDirectory(root);
            settings.inspections().forEach(site::addInspection);

            Map<String, Category> categories = new LinkedHashMap<>();
            Map<String, Head> categoryHeads = new HashMap<>();
            for (RawCategory c : rawCategories) {
                Head h = c.head();
                ProblemList p = problems.forFile(h.file());
                if (!unique("category", h, categoryHeads, p)) {
                    continue;
                }
                Inspection inspection = inspection(c.inspection(), c.inspectionPos(), p);
                if (inspection != null && c.order() != null && c.title() != null) {
                    Category category = new Category(h.id(), c.order(), c.title(), inspection, h.body(),
                            new Origin(h.file(), h.bodyLine()));
                    categories.put(h.id(), category);
                    site.addCategory(category);
                }
            }

            Map<String, Head> findingHeads = new HashMap<>();
            Map<String, Head> numbers = new HashMap<>();
            Map<String, Integer> perCategory = new HashMap<>();
            for (RawFinding f : rawFindings) {
                Head h = f.head();
                ProblemList p = problems.forFile(h.file());
                boolean ok = unique("finding", h, findingHeads, p);
                Category category = null;
                if (f.category() != null) {
                    category = categories.get(f.category());
                    if (category == null && !categoryHeads.containsKey(f.category())) {
                        p.error(f.categoryPos(), Msg.of("category.unknown", "name", f.category()),
                                known(f.category(), categoryHeads.keySet(), "categories"));
                    }
                }
                Status status = status(f.status(), f.statusPos(), p);
                List<HistoryEntry> history = history(f, status, p);
                if (category != null && f.number() != null) {
                    String key = category.inspection().id() + "#" + f.number();
                    Head first = numbers.putIfAbsent(key, h);
                    if (first != null) {
                        p.error(f.numberPos(), "number.duplicate", "number", f.number(), "other", first.file(),
                                "inspection", category.inspection().id());
                        ok = false;
                    }
                }
                if (ok && category != null && status != null && history != null && f.number() != null
                        && f.title() != null) {
                    perCategory.merge(category.id(), 1, Integer::sum);
                    site.addFinding(new Finding(h.id(), f.number(), f.title(), category, status, f.units(),
                            f.deadline(), f.documents(), history, f.measures(), h.body(),
                            new Origin(h.file(), h.bodyLine())));
                }
            }
            for (Category c : categories.values()) {
                if (!perCategory.containsKey(c.id())) {
                    problems.forFile(c.origin().file()).warning(1, 1, "category.empty", "id", c.id());
                }
            }

            Map<String, Head> noticeHeads = new HashMap<>();
            for (RawNotice n : rawNotices) {
                Head h = n.head();
                ProblemList p = problems.forFile(h.file());
                boolean ok = unique("notice", h, noticeHeads, p);
                Inspection inspection = inspection(n.inspection(), n.inspectionPos(), p);
                if (ok && inspection != null && n.title() != null && n.date() != null) {
                    String issuer = n.issuer() != null ? n.issuer() : settings.issuer();
                    site.addNotice(new Notice(h.id(), n.title(), n.date(), issuer, inspection, h.body(),
                            new Origin(h.file(), h.bodyLine()), n.disclosure()));
                }
            }
            Map<String, Head> pageHeads = new HashMap<>();
            for (RawPage pg : rawPages) {
                Head h = pg.head();
                ProblemList p = problems.forFile(h.file());
                if (unique("page", h, pageHeads, p) && pg.title() != null) {
                    site.addPage(new Page(h.id(), pg.title(), pg.order() == null ? 0 : pg.order(), h.body(),
                            new Origin(h.file(), h.bodyLine())));
                }
            }
            if (problems.hasErrors()) {
                return null;
            }
            return site.build();
        }

        private boolean unique(String kind, Head h, Map<String, Head> seen, ProblemList p) {
            if (!RecordParser.isId(h.id())) {
                return false;
            }
            Head first = seen.putIfAbsent(h.id(), h);
            if (first == null) {
                return true;
            }
            p.error(h.idPos(), Msg.of("id.duplicate", "kind", Msg.of("kind." + kind), "id", h.id(), "other", first.file()),
                    Msg.of(h.idFromFileName() ? "hint.addAnotherId" : "hint.changeOneId"));
            return false;
        }

        private Inspection inspection(String id, Pos pos, ProblemList p) {
            if (id == null) {
                if (inspections.size() == 1) {
                    return inspections.values().iterator().next();
                }
                if (inspections.size() > 1) {
                    p.error(1, 1, "inspection.missing", "count", inspections.size(),
                            "ids", List.copyOf(inspections.keySet()));
                }
                return null;
            }
            Inspection i = inspections.get(id);
            if (i == null) {
                p.error(pos, Msg.of("inspection.unknown", "id", id), known(id, inspections.keySet(), "inspections"));
            }
            return i;
        }

        private Status status(String name, Pos pos, ProblemList p) {
            if (name == null) {
                return null;
            }
            Optional<Status> s = settings.statuses().find(name);
            if (s.isEmpty()) {
                List<String> names = settings.statuses().names();
                p.error(pos, Msg.of("status.unknown", "name", name), known(name, names, "statuses"));
            }
            return s.orElse(null);
        }

        private List<HistoryEntry> history(RawFinding f, Status status, ProblemList p) {
            List<HistoryEntry> out = new ArrayList<>();
            boolean ok = true;
            RawHistory previous = null;
            for (RawHistory h : f.history()) {
                Status s = status(h.status(), h.statusPos(), p);
                if (s == null || h.date() == null) {
                    ok = false;
                    continue;
                }
                if (previous != null && previous.date() != null && h.date().isBefore(previous.date())) {
                    p.error(h.datePos(), "history.order", "date", h.date(), "previous", previous.date());
                    ok = false;
                }
                previous = h;
                out.add(new HistoryEntry(h.date(), s, h.note()));
            }
            if (ok && status != null && !out.isEmpty()) {
                HistoryEntry last = out.get(out.size() - 1);
                if (!last.status().equals(status)) {
                    RawHistory raw = f.history().get(f.history().size() - 1);
                    p.error(raw.statusPos(), "history.disagrees", "last", last.status().label(), "status",
                            status.label());
                    ok = false;
                }
            }
            return ok ? out : null;
        }

        /**
         * "Did you mean" and the names there are, as a hint.
         *
         * @param what "categories", "inspections" or "statuses"
         */
        private static Msg known(String word, java.util.Collection<String> names, String what) {
            Msg suggestion = Suggestions.didYouMean(word, names, "hint.didYouMeanValue");
            List<String> shown = new ArrayList<>(names.stream().limit(30).toList());
            if (names.size() > 30) {
                shown.add("…");
            }
            Msg list = names.isEmpty() ? Msg.of("hint.none." + what) : Msg.of("hint.known." + what, "names", shown);
            return suggestion == null ? list : Msg.of("hint.suggestAndList", "suggestion", suggestion, "list", list);
        }
    }
}
