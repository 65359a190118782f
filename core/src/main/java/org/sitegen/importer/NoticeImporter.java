package org.sitegen.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitegen.model.Problem;
import org.sitegen.model.Severity;
import org.sitegen.internal.Message;
import org.sitegen.internal.ProblemBundle;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.internal.importer.NoticeReader;
import org.sitegen.internal.importer.TreeUpdate;

/**
 * Turns a published rectification notice into a source tree of records
 * (DESIGN.md, "Source format"): {@code site.yaml} with the issuer, contact and inspection,
 * {@code categories/} for the groups （一）…, {@code findings/} for the numbered problems with
 * their status, measures, documents and a history entry dated with the notice, and {@code
 * notices/<date>.md} with the notice's narrative.
 *
 * <pre>{@code
 * ImportResult result = NoticeImporter.builder().build()
 *         .importNotice(Path.of("通报.txt"), Path.of("src/site-gen"));
 * result.problems().forEach(System.err::println);
 * }</pre>
 *
 * <p>The notice may be the Word file itself ({@code .docx}, or {@code .doc} of Word 97–2003),
 * with its tables; a PDF with a text layer; or plain text in UTF-8 (with or without BOM), UTF-16
 * with a BOM, or GBK. The kind is told by the file's first bytes. Full- and half-width digits and
 * punctuation, stray spaces, blank lines and Word artefacts such as {@code [bookmark: _GoBack]}
 * are all read. Notices that label each problem's lines (1.问题：…, 整改结果：…, 整改情况：…), notices
 * that state their problems and totals in prose, and 整改台账 tables (one finding per row) are
 * read; statuses the notice does not give are left for the clerk, listed in one problem, and
 * totals the prose states are kept on the notice's record for {@code check} to compare. A
 * publication that is not a rectification notice is said so in one problem, and nothing is
 * written. The importer never guesses silently: what it cannot place
 * or understand is a {@link Problem} with the notice's line, and the records are written so that
 * loading them points the clerk at what to fill in (an unknown status word is written as it
 * stands, with a comment listing the statuses; the loader then reports it).
 *
 * <p>Into a folder that has a {@code site.yaml} already, the notice is imported into the tree
 * that is there ({@link ImportUpdate}). A later notice of an inspection the tree holds — recognised
 * from the notice's opening, the inspector and the dates — updates the records it reports on: each
 * gets a history entry dated with the notice (its status, its 整改情况 as the note) and, when that
 * entry is the newest, the status; problems are matched by number within the inspection and
 * confirmed by their titles (a small difference is a warning, another problem under the number
 * an error that stops the import). A problem the tree does not have becomes a new record; the
 * notice itself becomes a record. Nothing else changes: the lines are edited in place, and the
 * body, hand-written fields and records the notice does not mention stay byte for byte. A record
 * that has an entry on the notice's date already is left alone, so importing a notice twice
 * changes nothing. A notice of an inspection the tree does not hold adds that inspection as a
 * file of its own, {@code inspections/<id>.md}, with its categories, findings and notice; no
 * existing file changes, {@code site.yaml} neither.
 *
 * <p>Into a folder without a {@code site.yaml}, existing files are never overwritten unless
 * {@link Builder#overwrite(boolean)} says so: the import is refused before anything is written,
 * and each existing file is reported. With {@link Builder#dryRun(boolean)} nothing is written at
 * all. Immutable and thread-safe.
 */
public final class NoticeImporter {
    private static final Set<String> RECORD_FOLDERS = Set.of("categories", "findings", "notices", "inspections");

    private final boolean overwrite;
    private final boolean dryRun;
    private final String inspection;
    private final ProblemBundle texts;

    private NoticeImporter(Builder builder) {
        this.overwrite = builder.overwrite;
        this.dryRun = builder.dryRun;
        this.inspection = builder.inspection;
        this.texts = ProblemBundle.of(builder.messageLocale);
    }

    /**
     * Starts configuring an importer.
     *
     * @return a builder with the defaults: problems in Chinese, existing files not replaced
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a notice and writes its records into a source folder.
     *
     * @param noticeFile the notice: a Word file ({@code .docx}, {@code .doc}), a PDF or plain text
     * @param sourceDirectory the folder to write {@code site.yaml}, {@code categories/}… into;
     *     created when missing
     * @return the files written and the problems found; never throws for bad content
     * @throws IOException if the notice cannot be read or a record cannot be written
     */
    public ImportResult importNotice(Path noticeFile, Path sourceDirectory) throws IOException {
        Objects.requireNonNull(noticeFile, "noticeFile must not be null");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory must not be null");
        Path notice = noticeFile.toAbsolutePath().normalize();
        Path root = sourceDirectory.toAbsolutePath().normalize();
        NoticeReader.Reading reading = NoticeReader.parse(notice, texts);
        if (reading.failure() != null) {
            NoticeReader.Result failed = reading.failure();
            return new ImportResult(root, List.of(), failed.problems(), Optional.ofNullable(failed.charset()),
                    failed.categories(), failed.findings(), Optional.empty(), dryRun);
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            List<Problem> problems = new ArrayList<>(reading.problems());
            problems.add(problem(Path.of("."), Severity.ERROR, Message.of("import.sourceIsFile", "folder", root)));
            return new ImportResult(root, List.of(), problems, Optional.ofNullable(reading.charset()),
                    reading.categories(), reading.findings(), Optional.empty(), dryRun);
        }
        if (!overwrite && TreeUpdate.applies(root)) {
            return update(reading, root);
        }
        NoticeReader.Result read = NoticeReader.files(reading);
        List<Problem> problems = new ArrayList<>(read.problems());
        Optional<Charset> charset = Optional.ofNullable(read.charset());
        List<Path> existing = new ArrayList<>();
        for (String rel : read.files().keySet()) {
            if (Files.exists(root.resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
                existing.add(Path.of(rel));
            }
        }
        if (!overwrite && !existing.isEmpty()) {
            problems.add(problem(Path.of("."), Severity.ERROR, existing.size() == 1 ? Message.of("import.fileExistsOne")
                    : Message.of("import.filesExist", "count", existing.size())));
            for (Path rel : existing) {
                problems.add(problem(rel, Severity.ERROR, Message.of("import.fileExists")));
            }
            return new ImportResult(root, List.of(), problems, charset, read.categories(), read.findings(),
                    Optional.empty(), dryRun);
        }
        if (overwrite) {
            problems.addAll(strayRecords(root, read.files()));
        }
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        read.files().forEach((k, v) -> files.put(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<Path> written = write(root, files);
        return new ImportResult(root, written, problems, charset, read.categories(), read.findings(),
                Optional.empty(), dryRun);
    }

    /** Imports into the tree of a folder that has a site.yaml: updates it, or adds the notice's inspection. */
    private ImportResult update(NoticeReader.Reading reading, Path root) throws IOException {
        Optional<Charset> charset = Optional.ofNullable(reading.charset());
        LoadResult loaded = SiteGenerator.builder().messageLocale(texts.locale()).build().load(root);
        if (loaded.hasErrors() || loaded.site().isEmpty()) {
            List<Problem> problems = new ArrayList<>(reading.problems());
            problems.add(problem(Path.of("."), Severity.ERROR,
                    Message.of("import.treeHasErrors", "count", loaded.errors().size())));
            problems.addAll(loaded.errors());
            return new ImportResult(root, List.of(), problems, charset, reading.categories(), reading.findings(),
                    Optional.empty(), dryRun);
        }
        TreeUpdate.Plan plan = TreeUpdate.plan(reading, loaded.site().get(), root, inspection);
        if (plan.refused()) {
            return new ImportResult(root, List.of(), plan.problems(), charset, reading.categories(),
                    reading.findings(), Optional.empty(), dryRun);
        }
        List<ImportUpdate.Change> changes = plan.changes().stream()
                .map(c -> new ImportUpdate.Change(ImportUpdate.Kind.valueOf(c.kind().name()), c.number(), c.title(),
                        Path.of(c.file()), c.from(), c.to()))
                .toList();
        ImportUpdate update = new ImportUpdate(plan.inspectionId(), plan.inspectionAdded(), plan.summary(), changes);
        List<Path> written = write(root, plan.files());
        return new ImportResult(root, written, plan.problems(), charset, reading.categories(), reading.findings(),
                Optional.of(update), dryRun);
    }

    /** Writes the files, in order, unless this is a dry run; the files, relative. */
    private List<Path> write(Path root, Map<String, byte[]> files) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!dryRun) {
                write(root.resolve(file.getKey()), file.getValue());
            }
            written.add(Path.of(file.getKey()));
        }
        return written;
    }

    /** Records already in the tree that this import does not replace: they would mix with it. */
    private List<Problem> strayRecords(Path root, Map<String, String> files) throws IOException {
        List<String> stray = new ArrayList<>();
        for (String folder : RECORD_FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(rel -> !files.containsKey(rel))
                        .forEach(stray::add);
            }
        }
        stray.sort(null);
        return stray.stream()
                .map(rel -> problem(Path.of(rel), Severity.WARNING, Message.of("import.leftAlone")))
                .toList();
    }

    /** A problem of a whole file, in the import's language; the hint is the message key's {@code .hint}. */
    private Problem problem(Path file, Severity severity, Message message) {
        return new Problem(file, 0, 0, severity, texts.write(message), texts.hintOf(message), texts.locale());
    }

    /** Writes beside the target, then moves into place, so a failed write leaves no half file. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".import-tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Configures a {@link NoticeImporter}. */
    public static final class Builder {
        private boolean overwrite;
        private boolean dryRun;
        private String inspection;
        private Locale messageLocale = Locale.SIMPLIFIED_CHINESE;

        private Builder() {}

        /**
         * The language of the problems (message and hint): Simplified Chinese ({@code zh}, the
         * default, the language of the notices and records) or English ({@code en}).
         *
         * @param locale {@code zh} or {@code en} (the language counts, not the country); null for
         *     the default
         * @return this builder
         * @throws IllegalArgumentException for another language
         */
        public Builder messageLocale(Locale locale) {
            if (locale != null && !ProblemBundle.isSupported(locale)) {
                throw new IllegalArgumentException("messageLocale '" + locale.toLanguageTag()
                        + "' must be zh-CN or en");
            }
            this.messageLocale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
            return this;
        }

        /**
         * Whether files that exist already may be replaced (default: no, the import is refused
         * and the existing files are reported). Records of the tree that the notice does not
         * produce are never deleted; they are reported.
         *
         * @param overwrite whether existing files may be replaced
         * @return this builder
         */
        public Builder overwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /**
         * Whether to work the import out and report it without writing anything (default: no).
         *
         * @param dryRun whether nothing is written
         * @return this builder
         */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /**
         * The inspection of the tree a later notice reports on, for a notice whose opening does not
         * say (default: recognised from the notice's inspector and dates).
         *
         * @param inspection the id of one of the tree's inspections, or null to recognise it
         * @return this builder
         */
        public Builder inspection(String inspection) {
            this.inspection = inspection == null || inspection.isBlank() ? null : inspection.strip();
            return this;
        }

        /**
         * Makes the importer.
         *
         * @return an immutable importer; later changes to this builder do not affect it
         */
        public NoticeImporter build() {
            return new NoticeImporter(this);
        }
    }
}
