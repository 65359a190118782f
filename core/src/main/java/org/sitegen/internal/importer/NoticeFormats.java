package org.sitegen.internal.importer;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;

/**
 * Reads a notice file of any accepted kind into a {@link NoticeDocument}, telling the kind by the
 * file's first bytes, not its name (offices rename files freely): a Word file ({@code .docx} or
 * {@code .doc}), a PDF, or plain text. What cannot be read is reported, never thrown.
 */
final class NoticeFormats {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};

    /** The largest Word or PDF file read: pictures make them larger than their text. */
    static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private NoticeFormats() {}

    /** Whether a file is a Word file or a PDF, by its first bytes. */
    static boolean isDocument(java.nio.file.Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        byte[] bytes = java.util.Arrays.copyOf(head, n);
        return startsWith(bytes, ZIP) || startsWith(bytes, OLE2) || startsWith(bytes, PDF);
    }

    /** The document; null when it cannot be read (the problems say why). */
    static NoticeDocument read(byte[] bytes, ImportProblems problems) {
        NoticeDocument document;
        try {
            if (startsWith(bytes, ZIP)) {
                document = DocxNotice.read(bytes);
            } else if (startsWith(bytes, OLE2)) {
                document = DocNotice.read(bytes);
            } else if (startsWith(bytes, PDF)) {
                document = PdfNotice.read(bytes);
                if (document.lines().isEmpty()) {
                    problems.error(0, 0, "import.pdfWithoutText");
                    return null;
                }
            } else if (startsWith(bytes, RTF)) {
                problems.error(0, 0, "import.rtf");
                return null;
            } else {
                NoticeDecoder.Decoded decoded = NoticeDecoder.decode(bytes, problems);
                return decoded.text() == null ? null : TextNotice.of(decoded.text(), decoded.charset());
            }
        } catch (InvalidPasswordException | EncryptedDocumentException e) {
            problems.error(0, 0, "import.protected");
            return null;
        } catch (IOException | RuntimeException e) {
            problems.error(0, 0, "import.unreadable", "kind", kind(bytes), "detail", detail(e));
            return null;
        }
        if (document.lines().isEmpty() && document.tables().isEmpty()) {
            problems.error(0, 0, "import.empty");
            return null;
        }
        return document;
    }

    private static String kind(byte[] bytes) {
        return startsWith(bytes, PDF) ? "PDF" : startsWith(bytes, ZIP) ? "Word (.docx)" : "Word (.doc)";
    }

    /** The exception's own words, on one line and short: POI's and PDFBox's are in English. */
    private static String detail(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
