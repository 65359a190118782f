package org.sitegen.internal.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sitegen.internal.Msg;

/**
 * The text of one source file: decoded as strict UTF-8 (BOM and CRLF accepted), and split into
 * front matter and body. Problems go to the given list; a null result means the file is unusable.
 */
final class SourceText {
    /** The largest record accepted, so one huge file cannot exhaust memory. */
    static final int MAX_BYTES = 1024 * 1024;

    private SourceText() {}

    /** Decodes a file's bytes, reporting size, emptiness and encoding problems. */
    static String decode(byte[] bytes, ProblemList problems) {
        if (bytes.length > MAX_BYTES) {
            problems.error(0, 0, "file.tooLarge", "kib", bytes.length / 1024);
            return null;
        }
        int start = hasBom(bytes) ? 3 : 0;
        if (bytes.length - start == 0 || isBlank(bytes, start)) {
            problems.error(0, 0, "file.empty");
            return null;
        }
        CharsetDecoder utf8 =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = utf8.decode(in, out, true);
        if (result.isError()) {
            notUtf8(bytes, start, in.position(), problems);
            return null;
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    /**
     * Reports a file larger than {@link #MAX_BYTES}, of which {@code head} is the start: as not
     * UTF-8 text when its start is not (a picture or a PDF is no record to split), else as too large.
     */
    static void tooLarge(byte[] head, long size, ProblemList problems) {
        int start = hasBom(head) ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, start, head.length - start);
        // not the end of the input: a character cut at the end of the head is not an error
        if (utf8.decode(in, CharBuffer.allocate(head.length), false).isError()) {
            notUtf8(head, start, in.position(), problems);
        } else {
            problems.error(0, 0, "file.tooLarge", "kib", size / 1024);
        }
    }

    private static void notUtf8(byte[] bytes, int start, int bad, ProblemList problems) {
        int[] pos = lineAndColumn(bytes, start, bad);
        Msg hint = Msg.of(decodesAs(bytes, start, Charset.forName("GBK")) ? "hint.savedAsGbk" : "hint.saveAsUtf8");
        problems.error(pos[0], pos[1], Msg.of("file.notUtf8"), hint);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean decodesAs(byte[] bytes, int start, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** 1-based line and column (in characters, decoding what is valid before) of a byte offset. */
    private static int[] lineAndColumn(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset && i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xc0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * A record split into front matter and body.
     *
     * @param frontMatter the YAML between the {@code ---} lines
     * @param frontMatterLine the 1-based line of the first YAML line
     * @param body the Markdown after the closing line, trimmed at its end
     * @param bodyLine the 1-based line the body starts on
     */
    record Split(String frontMatter, int frontMatterLine, String body, int bodyLine) {}

    /** Splits a record's text; reports a missing or unclosed front matter. */
    static Split split(String text, ProblemList problems) {
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!first.strip().equals("---")) {
            problems.error(1, 1, "record.noFrontMatter");
            return null;
        }
        int line = 2;
        int pos = firstEnd + 1;
        while (firstEnd >= 0 && pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (l.stripTrailing().equals("---") || l.stripTrailing().equals("...")) {
                String fm = text.substring(firstEnd + 1, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Split(fm, 2, body.strip(), line + 1 + leadingBlankLines(body));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        problems.error(1, 1, "record.notClosed", "line", Math.max(2, line));
        return null;
    }

    private static int leadingBlankLines(String body) {
        int n = 0;
        int pos = 0;
        while (true) {
            int end = body.indexOf('\n', pos);
            if (end < 0 || !body.substring(pos, end).isBlank()) {
                return n;
            }
            n++;
            pos = end + 1;
        }
    }
}
