package org.sitegen.internal.importer;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A notice as read from its file, before its structure is known: its non-blank lines (the
 * paragraphs of a Word or PDF file) and its tables at their places among them.
 *
 * @param lines the lines, cleaned, in order
 * @param tables the tables, in order
 * @param charset the encoding of a text file; null for a Word or PDF file
 * @param format what the file was: {@code text}, {@code docx}, {@code doc} or {@code pdf}
 */
record NoticeDocument(List<NoticeLine> lines, List<NoticeTable> tables, Charset charset, String format) {
    NoticeDocument {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
    }

    /** A document of lines only. */
    static NoticeDocument ofLines(List<NoticeLine> lines, Charset charset, String format) {
        return new NoticeDocument(lines, List.of(), charset, format);
    }
}
