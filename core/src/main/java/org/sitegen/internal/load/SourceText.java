package org.sitegen.internal.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
            problems.error(
                    0,
                    0,
                    "the file is " + bytes.length / 1024 + " KiB; a record may be at most 1 MiB",
                    "split it or move large content elsewhere");
            return null;
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            start = 3;
        }
        if (bytes.length - start == 0 || isBlank(bytes, start)) {
            problems.error(0, 0, "the file is empty", "fill it in or delete it");
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
            int bad = in.position();
            int[] pos = lineAndColumn(bytes, start, bad);
            String hint = decodesAs(bytes, start, Charset.forName("GBK"))
                    ? "the file seems to be saved as GBK (the Chinese Windows encoding): save it as UTF-8,"
                            + " e.g. in Notepad choose \"Save as\" and encoding UTF-8"
                    : "save the file with the UTF-8 encoding";
            problems.error(pos[0], pos[1], "the file is not UTF-8 text", hint);
            return null;
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
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
            problems.error(
                    1,
                    1,
                    "the record does not start with front matter",
                    "the first line must be --- , followed by lines such as title: …, and another --- line");
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
        problems.error(
                1,
                1,
                "the front matter is not closed",
                "add a line --- after the last key (line " + Math.max(2, line) + " is the end of the file)");
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
