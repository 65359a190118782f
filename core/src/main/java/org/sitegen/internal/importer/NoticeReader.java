package org.sitegen.internal.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sitegen.Problem;
import org.sitegen.internal.ProblemTexts;
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
    public static Result read(Path notice, ProblemTexts texts) throws IOException {
        ImportProblems problems = new ImportProblems(notice, texts);
        if (!Files.isRegularFile(notice)) {
            problems.error(0, 0, Files.exists(notice) ? "import.notAFile" : "import.missing", "notice", notice);
            return new Result(Map.of(), problems.all(), null, 0, 0);
        }
        byte[] bytes;
        try {
            long size = Files.size(notice);
            if (size > NoticeDecoder.MAX_BYTES) {
                problems.error(0, 0, "import.tooLarge", "mib", size / (1024 * 1024));
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
        NoticeDecoder.Decoded decoded = NoticeDecoder.decode(bytes, problems);
        if (decoded.text() == null) {
            return new Result(Map.of(), problems.all(), decoded.charset(), 0, 0);
        }
        StatusWords statuses = new StatusWords(StatusVocabulary.defaults());
        ParsedNotice notice = new NoticeParser(NoticeLine.split(decoded.text()), problems, statuses).parse();
        if (notice.findings().isEmpty()) {
            return new Result(Map.of(), problems.all(), decoded.charset(), notice.groups().size(), 0);
        }
        Map<String, String> files = RecordWriter.files(notice, name, statuses, problems);
        return new Result(files, problems.all(), decoded.charset(), notice.groups().size(),
                notice.findings().size());
    }
}
