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
import org.sitegen.internal.importer.NoticeReader;

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
 * <p>Existing files are never overwritten unless {@link Builder#overwrite(boolean)} says so: the
 * import is refused before anything is written, and each existing file is reported. Immutable
 * and thread-safe.
 */
public final class NoticeImporter {
    private static final Set<String> RECORD_FOLDERS = Set.of("categories", "findings", "notices");

    private final boolean overwrite;
    private final ProblemBundle texts;

    private NoticeImporter(Builder builder) {
        this.overwrite = builder.overwrite;
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
        NoticeReader.Result read = NoticeReader.read(notice, texts);
        List<Problem> problems = new ArrayList<>(read.problems());
        Optional<Charset> charset = Optional.ofNullable(read.charset());
        if (read.files().isEmpty()) {
            return new ImportResult(root, List.of(), problems, charset, read.categories(), read.findings());
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            problems.add(problem(Path.of("."), Severity.ERROR, Message.of("import.sourceIsFile", "folder", root)));
            return new ImportResult(root, List.of(), problems, charset, read.categories(), read.findings());
        }
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
            return new ImportResult(root, List.of(), problems, charset, read.categories(), read.findings());
        }
        if (overwrite) {
            problems.addAll(strayRecords(root, read.files()));
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : read.files().entrySet()) {
            write(root.resolve(file.getKey()), file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            written.add(Path.of(file.getKey()));
        }
        return new ImportResult(root, written, problems, charset, read.categories(), read.findings());
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
         * Makes the importer.
         *
         * @return an immutable importer; later changes to this builder do not affect it
         */
        public NoticeImporter build() {
            return new NoticeImporter(this);
        }
    }
}
