package org.sitegen.internal.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.sitegen.model.Problem;
import org.sitegen.internal.Message;
import org.sitegen.internal.ProblemBundle;
import org.sitegen.internal.load.ProblemList.Found;
import org.sitegen.internal.load.RawRecords.RawCategory;
import org.sitegen.internal.load.RawRecords.RawFinding;
import org.sitegen.internal.load.RawRecords.RawNotice;
import org.sitegen.internal.load.RawRecords.RawPage;
import org.sitegen.model.ExternalLink;
import org.sitegen.model.Site;

/**
 * Loads a source folder into a {@link Site}: finds the record files ({@link RecordFiles}), reads
 * and parses them in parallel ({@link RecordParser}), then resolves what they name and checks what
 * spans records ({@link ReferenceResolver}). Every problem is collected; the site is made only
 * when there is no error.
 *
 * <p>Problems are collected as bundle keys and written out at the end, in the caller's language
 * when it chose one, else in the site's: the {@code locale} of {@code site.yaml}, or, when
 * site.yaml cannot be read into settings, the {@code locale:} line it declares
 * ({@link SiteSettings#declaredLocale}), else Simplified Chinese.
 */
public final class SourceLoader {
    private final Consumer<String> progress;
    private final Locale messageLocale;
    private final RecordCache cache;

    public SourceLoader(Consumer<String> progress) {
        this(progress, null);
    }

    /**
     * @param messageLocale the language of the problems; null for the site's
     */
    public SourceLoader(Consumer<String> progress, Locale messageLocale) {
        this(progress, messageLocale, null);
    }

    /**
     * @param messageLocale the language of the problems; null for the site's
     * @param cache what an earlier load of the same folder kept, to read and parse only the record
     *     files it was told changed; null to read every file
     */
    public SourceLoader(Consumer<String> progress, Locale messageLocale, RecordCache cache) {
        this.progress = progress;
        this.messageLocale = messageLocale;
        this.cache = cache;
    }

    /**
     * What a load found: the folder, the site when the records have no error, and every problem,
     * written in the chosen language.
     *
     * @param root the folder loaded, absolute
     * @param site the site; empty when a problem is an error
     * @param problems every problem, in the order found
     * @param externalLinks the links of published records to other sites, in file order
     */
    public record Loaded(Path root, Optional<Site> site, List<Problem> problems, List<ExternalLink> externalLinks) {}

    /** Loads a folder; never throws for bad content. */
    public Loaded load(Path sourceDirectory) {
        Path root = sourceDirectory.toAbsolutePath().normalize();
        List<Found> problems = Collections.synchronizedList(new ArrayList<>());
        ProblemList folder = new ProblemList(Path.of("."), problems);
        if (!Files.isDirectory(root)) {
            folder.error(0, 0, Files.exists(root) ? "folder.notAFolder" : "folder.missing", "folder", root);
            return result(root, null, problems, null, List.of());
        }
        RecordFiles files = cache == null ? RecordFiles.scan(root, folder) : cache.files(root, folder);
        ProblemList siteProblems = folder.forFile(Path.of("site.yaml"));
        SiteSettings settings = null;
        byte[] siteYaml = null;
        if (files.refused().contains("site.yaml")) {
            settings = null;
        } else if (Files.isRegularFile(root.resolve("site.yaml"))) {
            siteYaml = read(root, Path.of("site.yaml"), siteProblems);
            boolean inspectionFiles = !files.inspections().isEmpty();
            settings = siteYaml == null ? null
                    : cache == null ? SiteSettings.read(siteYaml, inspectionFiles, siteProblems)
                    : cache.settings(siteYaml, inspectionFiles, siteProblems);
        } else {
            siteProblems.error(0, 0, "site.missing");
        }
        List<DeclaredInspection> inspections = InspectionFiles.declared(root, files.inspections(), settings, folder);
        List<RawCategory> categories = parseAll(root, files.categories(), problems, RecordParser::category);
        List<RawFinding> findings = parseAll(root, files.findings(), problems, RecordParser::finding);
        List<RawNotice> notices = parseAll(root, files.notices(), problems, RecordParser::notice);
        List<RawPage> pages = parseAll(root, files.pages(), problems, RecordParser::page);
        progress.accept("read " + findings.size() + " findings, " + categories.size() + " categories");
        if (cache != null) {
            cache.loaded(files);
        }
        if (settings == null) {
            return result(root, null, problems, siteYaml, List.of());
        }
        List<Path> recordFiles = new ArrayList<>(files.categories());
        recordFiles.addAll(files.findings());
        recordFiles.addAll(files.notices());
        recordFiles.addAll(files.pages());
        ReferenceResolver resolver = new ReferenceResolver(root, settings, inspections, folder, recordFiles,
                cache == null ? null : cache.reuse());
        Site site = resolver.resolve(categories, findings, findings.size() == files.findings().size(), notices, pages);
        if (cache != null) {
            cache.reuse().loaded();
        }
        if (site != null) {
            // what notices declare, against the complete records, withheld ones included
            NoticeTotals.check(site, resolver.withheldFindings(), resolver.withheldCategories(), notices, folder);
        }
        return result(root, site, problems, settings.locale(), resolver.externalLinks());
    }

    /**
     * The result, its problems written in the caller's language or the site's.
     *
     * @param site the site; ignored when there is an error
     * @param siteLocale the site's locale, or the bytes of a site.yaml that gave no settings, or null
     */
    private Loaded result(Path root, Site site, List<Found> found, Object siteLocale, List<ExternalLink> links) {
        List<Problem> problems = List.of();
        if (!found.isEmpty()) {
            problems = ProblemList.write(found, ProblemBundle.of(language(siteLocale)));
        }
        boolean errors = found.stream().anyMatch(Found::isError);
        List<ExternalLink> sorted = new ArrayList<>(links);
        sorted.sort(ExternalLink.ORDER);
        return new Loaded(root, errors ? Optional.empty() : Optional.ofNullable(site), problems, List.copyOf(sorted));
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
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, SourceText.MAX_BYTES));
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading
            }
            if (size > SourceText.MAX_BYTES) {
                SourceText.tooLarge(buffer.array(), size, problems);
                return null;
            }
            return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        } catch (NoSuchFileException e) {
            problems.error(0, 0, "file.disappeared");
        } catch (IOException e) {
            problems.error(0, 0, "file.unreadable", "reason", String.valueOf(e.getMessage()));
        }
        return null;
    }

    private <T> List<T> parseAll(
            Path root, List<Path> files, List<Found> sink, BiFunction<byte[], ProblemList, Optional<T>> parser) {
        // Files are parsed in parallel; each keeps its own problem list, merged in file order.
        List<Parsed<T>> results = cache != null ? cache.parsedAll(root, files, parser)
                : (files.size() > 64 ? files.parallelStream() : files.stream()).map(rel -> parse(root, rel, parser))
                        .toList();
        List<T> out = new ArrayList<>();
        for (Parsed<T> r : results) {
            if (!r.problems().isEmpty()) {
                sink.addAll(r.problems());
            }
            r.value().ifPresent(out::add);
        }
        return out;
    }

    /** What one record file was read into: its record, when it has one, and its problems. */
    record Parsed<T>(Optional<T> value, List<Found> problems) {}

    /** Reads and parses one record file. */
    static <T> Parsed<T> parse(Path root, Path rel, BiFunction<byte[], ProblemList, Optional<T>> parser) {
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
        return new Parsed<>(value, List.copyOf(p.all()));
    }
}
