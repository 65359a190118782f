package org.sitegen.internal.pages;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Map;
import org.sitegen.internal.text.Utf8Bytes;

/**
 * The writer a template renders a page into: encodes what it is given straight to UTF-8 with the
 * build's one encoder ({@link Utf8Bytes}), without locking and without a text copy of the page. A
 * text the templates write often arrives as the same string every time; its UTF-8, made once when
 * the templates were compiled, is copied instead of encoded again (most of a page is such text).
 * A surrogate pair split between two writes is still one code point; an unpaired surrogate
 * becomes U+FFFD.
 */
final class PageWriter extends Writer {
    /** About the size of a finding page, so most pages fit their first chunk. */
    private static final int FIRST_CHUNK = 16 * 1024;

    private final Map<String, byte[]> texts;
    private final Utf8Bytes bytes = new Utf8Bytes(FIRST_CHUNK);
    /** A high surrogate that ended the last write, waiting for its low half; 0 when none. */
    private char pendingHigh;

    /** @param texts the UTF-8 of texts written often, copied rather than encoded again */
    PageWriter(Map<String, byte[]> texts) {
        this.texts = texts;
    }

    @Override
    public void write(String s) {
        byte[] utf8 = pendingHigh == 0 ? texts.get(s) : null;
        if (utf8 != null) {
            bytes.bytes(utf8);
        } else {
            encode(s, 0, s.length());
        }
    }

    @Override
    public void write(String s, int off, int len) {
        encode(s, off, off + len);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        encode(CharBuffer.wrap(chars), off, off + len);
    }

    @Override
    public void write(int c) {
        encode(String.valueOf((char) c), 0, 1);
    }

    @Override
    public Writer append(CharSequence csq) {
        CharSequence s = csq == null ? "null" : csq;
        encode(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    private void encode(CharSequence s, int from, int to) {
        if (from == to) {
            return;
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(s.charAt(from))) {
                bytes.codePoint(Character.toCodePoint(high, s.charAt(from++)));
            } else {
                bytes.codePoint(high);
            }
        }
        if (from < to && Character.isHighSurrogate(s.charAt(to - 1))) {
            pendingHigh = s.charAt(--to);
        }
        bytes.text(s, from, to);
    }

    /** The page's bytes, in order; the writer must not be used afterwards. */
    List<ByteBuffer> toByteBuffers() {
        if (pendingHigh != 0) {
            bytes.codePoint(pendingHigh);
            pendingHigh = 0;
        }
        return bytes.toByteBuffers();
    }

    /** The page's bytes in one array; the writer must not be used afterwards. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            bytes.codePoint(pendingHigh);
            pendingHigh = 0;
        }
        return bytes.toByteArray();
    }
}
