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
        ImportProblems problems = new ImportProblems(notice, texts);
        if (!Files.isRegularFile(notice)) {
            problems.error(0, 0, Files.exists(notice) ? "import.notAFile" : "import.missing", "notice", notice);
            return new Result(Map.of(), problems.all(), null, 0, 0);
        }
        byte[] bytes;
        try {
            long size = Files.size(notice);
            if (size > NoticeDecoder.MAX_BYTES && !NoticeFormats.isDocument(notice)) {
                problems.error(0, 0, "import.tooLarge", "mib", size / (1024 * 1024));
                return new Result(Map.of(), problems.all(), null, 0, 0);
            }
            if (size > NoticeFormats.MAX_DOCUMENT_BYTES) {
                problems.error(0, 0, "import.documentTooLarge", "mib", size / (1024 * 1024),
                        "limit", NoticeFormats.MAX_DOCUMENT_BYTES / (1024 * 1024));
                return new Result(Map.of(), problems.all(), null, 0, 0);
            }
            bytes = Files.readAllBytes(notice);
        } catch (NoSuchFileException e) {
            problems.error(0, 0, "import.missing", "notice", notice);
            return new Result(Map.of(), problems.all(), null, 0, 0);
        }
        return read(bytes, notice.getFileName().toString(), problems);
    }

    /** Reads a notice's bytes; {@code name} is the file name recorded in {@code site.yaml}. */
    static Result read(byte[] bytes, String name, ImportProblems problems) {
        NoticeDocument document = NoticeFormats.read(bytes, problems);
        if (document == null) {
            return new Result(Map.of(), problems.all(), null, 0, 0);
        }
        StatusWords statuses = new StatusWords(StatusVocabulary.defaults());
        ParsedNotice notice = new NoticeParser(document, problems, statuses).parse();
        if (notice.findings().isEmpty()) {
            if (!RectificationNotices.isOne(notice.title(), document)) {
                // an announcement or a news item: one message says so, the rest would only confuse
                ImportProblems one = problems.emptyCopy();
                one.error(0, 0, notice.title() == null ? "import.notARectificationNotice"
                        : "import.notARectificationNoticeTitled", "title", notice.title());
                return new Result(Map.of(), one.all(), document.charset(), 0, 0);
            }
            return new Result(Map.of(), problems.all(), document.charset(), notice.groups().size(), 0);
        }
        Map<String, String> files = RecordWriter.files(notice, name, statuses, problems,
                document.format().equals("text") ? "行" : "段");
        return new Result(files, problems.all(), document.charset(), notice.groups().size(),
                notice.findings().size());
    }
}
