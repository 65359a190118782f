package org.sitegen.internal.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a notice's bytes. Notices come out of Word and office systems: UTF-8 (with or without
 * BOM), UTF-16 with a BOM ("Unicode text"), or GBK, the Chinese Windows encoding. Strict UTF-8 is
 * tried first, as the loader does; bytes that are not UTF-8 are tried as GBK, then as GB18030
 * (its superset). Line ends become {@code \n}.
 */
final class NoticeDecoder {
    /** The largest notice accepted: a notice is a few pages of text, this is hundreds. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /**
     * A decoded notice.
     *
     * @param text the text with {@code \n} line ends; null when it could not be decoded
     * @param charset the encoding it was read in; null when none fits
     */
    record Decoded(String text, Charset charset) {}

    private NoticeDecoder() {}

    static Decoded decode(byte[] bytes, ImportProblems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.error(0, 0, "import.tooLarge", "mib", bytes.length / (1024 * 1024));
            return new Decoded(null, null);
        }
        Charset charset;
        int start = 0;
        if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
            charset = StandardCharsets.UTF_8;
            start = 3;
        } else if (startsWith(bytes, 0xff, 0xfe)) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (startsWith(bytes, 0xfe, 0xff)) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else {
            charset = StandardCharsets.UTF_8;
        }
        String text = strict(bytes, start, charset);
        if (text == null && start == 0) {
            for (String name : new String[] {"GBK", "GB18030"}) {
                Charset candidate = Charset.forName(name);
                text = strict(bytes, 0, candidate);
                if (text != null) {
                    charset = candidate;
                    problems.warning(0, 0, "import.readAsGbk", "charset", name);
                    break;
                }
            }
        }
        if (text == null) {
            problems.error(0, 0, "import.notText");
            return new Decoded(null, null);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (text.isBlank()) {
            problems.error(0, 0, "import.empty");
            return new Decoded(null, charset);
        }
        return new Decoded(text, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(byte[] bytes, int start, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
