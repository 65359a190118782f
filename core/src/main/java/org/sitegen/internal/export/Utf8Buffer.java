package org.sitegen.internal.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A growing buffer of UTF-8 bytes, kept in chunks so that growing never copies; {@link
 * #toByteArray()} copies once. The writers of this package encode text straight into it, a code
 * point at a time, so a large export makes no intermediate strings.
 *
 * <p>An unpaired surrogate has no UTF-8 form: {@link #codePoint(int)} writes U+FFFD instead.
 */
final class Utf8Buffer {
    private static final int CHUNK = 1 << 20;

    private final List<byte[]> chunks = new ArrayList<>();
    private final List<Integer> used = new ArrayList<>();
    private byte[] current;
    private int pos;
    private long size;

    Utf8Buffer() {
        current = new byte[64 * 1024];
    }

    /** Appends one byte. */
    Utf8Buffer rawByte(int b) {
        if (pos == current.length) {
            next();
        }
        current[pos++] = (byte) b;
        size++;
        return this;
    }

    /** Appends bytes as they are. */
    Utf8Buffer bytes(byte[] bytes) {
        for (byte b : bytes) {
            rawByte(b);
        }
        return this;
    }

    /** Appends one character of the Basic Multilingual Plane; a surrogate becomes U+FFFD. */
    Utf8Buffer ch(char c) {
        return codePoint(c);
    }

    /** Appends text as UTF-8, with no escaping. */
    Utf8Buffer text(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                rawByte(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                codePoint(Character.toCodePoint(c, s.charAt(++i)));
            } else {
                codePoint(c);
            }
        }
        return this;
    }

    /** Appends a decimal number. */
    Utf8Buffer number(long n) {
        return text(Long.toString(n));
    }

    /** Appends one code point as UTF-8; a surrogate code point becomes U+FFFD. */
    Utf8Buffer codePoint(int cp) {
        if (cp < 0x80) {
            return rawByte(cp);
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            cp = 0xFFFD;
        }
        if (current.length - pos < 4) {
            next();
        }
        int start = pos;
        if (cp < 0x800) {
            current[pos++] = (byte) (0xC0 | (cp >> 6));
            current[pos++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            current[pos++] = (byte) (0xE0 | (cp >> 12));
            current[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            current[pos++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            current[pos++] = (byte) (0xF0 | (cp >> 18));
            current[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            current[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            current[pos++] = (byte) (0x80 | (cp & 0x3F));
        }
        size += pos - start;
        return this;
    }

    /** The number of bytes appended. */
    long size() {
        return size;
    }

    /**
     * All bytes appended, in one array.
     *
     * @throws IllegalStateException if they do not fit in one array (2 GiB)
     */
    byte[] toByteArray() {
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("export of " + size + " bytes is too large for one file");
        }
        byte[] all = new byte[(int) size];
        int at = 0;
        for (int i = 0; i < chunks.size(); i++) {
            int n = used.get(i);
            System.arraycopy(chunks.get(i), 0, all, at, n);
            at += n;
        }
        System.arraycopy(current, 0, all, at, pos);
        return all;
    }

    private void next() {
        chunks.add(current);
        used.add(pos);
        current = new byte[CHUNK];
        pos = 0;
    }
}
