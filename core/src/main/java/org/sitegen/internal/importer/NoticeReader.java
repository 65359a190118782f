package org.sitegen.internal.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sitegen.model.Problem;
import org.sitegen.internal.ProblemBundle;
import org.sitegen.model.InspectionWords;
import org.sitegen.model.StatusVocabulary;

/** Reads a notice file into the files of a source tree, in memory; writes nothing. */
public final class NoticeReader {
    /**
     * What a notice gave.
     *
     * @param files relative path (with {@code /}) to content, in writing order; empty when the
     *     notice cannot be imported (the problems say why)
     * @param problems positioned in the notice
     * @param charset the encoding it was read in; null when it could not be read
     * @param categories how many groups were read
     * @param findings how many problems were read
     */
    public record Result(Map<String, String> files, List<Problem> problems, Charset charset, int categories,
            int findings) {}

    private NoticeReader() {}

    /**
     * Reads a notice; bad content is reported, never thrown.
     *
     * @param texts the language of the problems
     */
    public static Result read(Path notice, ProblemBundle texts) throws IOException {
        Reading reading = parse(notice, texts);
        return reading.failure != null ? reading.failure : files(reading);
    }

    /** Reads a notice's bytes; {@code name} is the file name recorded in {@code site.yaml}. */
    static Result read(byte[] bytes, String name, ImportProblems problems) {
        Reading reading = parse(bytes, name, problems);
        return reading.failure != null ? reading.failure : files(reading);
    }

    /**
     * A notice read and parsed, before it is written: either the notice, or (when it cannot be
     * imported at all) the result that says why.
     */
    public static final class Reading {
        final NoticeDocument document;
        final ParsedNotice notice;
        final ImportProblems problems;
        final String name;
        final Result failure;

        private Reading(NoticeDocument document, ParsedNotice notice, ImportProblems problems, String name,
                Result failure) {
            this.document = document;
            this.notice = notice;
            this.problems = problems;
            this.name = name;
            this.failure = failure;
        }

        /** The result of a notice that cannot be imported; null when it can. */
        public Result failure() {
            return failure;
        }

        /** The problems found in the notice so far. */
        public List<Problem> problems() {
            return problems.all();
        }

        /** The encoding a text notice was read in; null for a Word or PDF file. */
        public Charset charset() {
            return document == null ? null : document.charset();
        }

        /** How many groups the notice has. */
        public int categories() {
            return notice == null ? 0 : notice.groups().size();
        }

        /** How many problems the notice has. */
        public int findings() {
            return notice == null ? 0 : notice.findings().size();
        }

        /** What a position in the notice counts, for comments: 行 or 段. */
        String unit() {
            return document.format().equals("text") ? "行" : "段";
        }
    }

    /**
     * Reads and parses a notice; bad content is reported, never thrown.
     *
     * @param texts the language of the problems
     */
    public static Reading parse(Path notice, ProblemBundle texts) throws IOException {
        ImportProblems problems = new ImportProblems(notice, texts);
        if (!Files.isRegularFile(notice)) {
            problems.error(0, 0, Files.exists(notice) ? "import.notAFile" : "import.missing", "notice", notice);
            return failed(problems, null, 0);
        }
        byte[] bytes;
        try {
            long size = Files.size(notice);
            if (size > NoticeDecoder.MAX_BYTES && !NoticeFormats.isDocument(notice)) {
                problems.error(0, 0, "import.tooLarge", "mib", size / (1024 * 1024));
                return failed(problems, null, 0);
            }
            if (size > NoticeFormats.MAX_DOCUMENT_BYTES) {
                problems.error(0, 0, "import.documentTooLarge", "mib", size / (1024 * 1024),
                        "limit", NoticeFormats.MAX_DOCUMENT_BYTES / (1024 * 1024));
                return failed(problems, null, 0);
            }
            bytes = Files.readAllBytes(notice);
        } catch (NoSuchFileException e) {
            problems.error(0, 0, "import.missing", "notice", notice);
            return failed(problems, null, 0);
        }
        return parse(bytes, notice.getFileName().toString(), problems);
    }

    private static Reading failed(ImportProblems problems, Charset charset, int categories) {
        return new Reading(null, null, problems, null, new Result(Map.of(), problems.all(), charset, categories, 0));
    }

    static Reading parse(byte[] bytes, String name, ImportProblems problems) {
        NoticeDocument document = NoticeFormats.read(bytes, problems);
        if (document == null) {
            return failed(problems, null, 0);
        }
        StatusWords statuses = new StatusWords(StatusVocabulary.defaults());
        ParsedNotice notice = new NoticeParser(document, problems, statuses).parse();
        if (notice.findings().isEmpty()) {
            if (!RectificationNotices.isOne(notice.title(), document)) {
                // an announcement or a news item: one message says so, the rest would only confuse
                ImportProblems one = problems.emptyCopy();
                one.error(0, 0, notice.title() == null ? "import.notARectificationNotice"
                        : "import.notARectificationNoticeTitled", "title", notice.title());
                return failed(one, document.charset(), 0);
            }
            return failed(problems, document.charset(), notice.groups().size());
        }
        return new Reading(document, notice, problems, name, null);
    }

    /** The records of a new source tree for a notice that can be imported. */
    public static Result files(Reading reading) {
        StatusWords statuses = new StatusWords(StatusVocabulary.defaults());
        ParsedNotice notice = reading.notice;
        InspectionWords.Base base = RecordWriter.base(notice);
        if (!base.defaultStatusLabels().isEmpty()) {
            // an audit's notice writes its own status words (已整改, 部分整改…): read them as its records will
            statuses = new StatusWords(StatusVocabulary.defaults(),
                    InspectionWords.of(base).statusNames(StatusVocabulary.defaults()));
            ImportProblems again = reading.problems.emptyCopy();
            notice = new NoticeParser(reading.document, again, statuses).parse();
            reading.problems.replaceWith(again);
        }
        Map<String, String> files = RecordWriter.files(notice, reading.name, statuses, reading.problems,
                reading.unit());
        return new Result(files, reading.problems.all(), reading.document.charset(), notice.groups().size(),
                notice.findings().size());
    }
}
