package org.sitegen.internal.text;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one UTF-8 encoder of the build: a growing buffer of UTF-8 bytes, kept in chunks so that
 * growing never copies; {@link #toByteBuffers()} hands them out without copying, {@link
 * #toByteArray()} copies once. Pages, exports and feeds encode text straight into it, so a large
 * file makes no intermediate strings or byte arrays.
 *
 * <p>An unpaired surrogate has no UTF-8 form: it is written as U+FFFD, everywhere.
 *
 * <p>Not thread-safe.
 */
public final class Utf8Bytes {
    /**
     * The size of a chunk: just under 1 MiB, so that with its array header it fills one G1 region
     * of a 1 GiB heap exactly instead of spilling into a second.
     */
    private static final int CHUNK = (1 << 20) - 64;
    /** The most chars {@link #text} encodes in one go: at most 3 bytes each, so a run fits a chunk. */
    static final int RUN = CHUNK / 3 - 1;
    /** The first chunk's size by default. */
    private static final int FIRST = 64 * 1024;

    private final List<byte[]> chunks = new ArrayList<>();
    private final List<Integer> used = new ArrayList<>();
    private long previous;
    private byte[] current;
    private int pos;

    /** A buffer whose first chunk holds 64 KiB; later chunks double up to just under 1 MiB. */
    public Utf8Bytes() {
        this(FIRST);
    }

    /** @param first the size of the first chunk, e.g. about the size of a page */
    public Utf8Bytes(int first) {
        if (first < 16 || first > CHUNK) {
            throw new IllegalArgumentException("first " + first + " must be in [16, " + CHUNK + "]");
        }
        current = new byte[first];
    }

    /** Appends one byte. */
    public Utf8Bytes rawByte(int b) {
        if (pos == current.length) {
            next(1);
        }
        current[pos++] = (byte) b;
        return this;
    }

    /** Appends bytes as they are. */
    public Utf8Bytes bytes(byte[] bytes) {
        int from = 0;
        while (from < bytes.length) {
            if (pos == current.length) {
                next(Math.min(CHUNK, bytes.length - from));
            }
            int n = Math.min(bytes.length - from, current.length - pos);
            System.arraycopy(bytes, from, current, pos, n);
            pos += n;
            from += n;
        }
        return this;
    }

    /** Appends a date as ISO {@code YYYY-MM-DD}, as {@link LocalDate#toString()} writes it. */
    public Utf8Bytes date(LocalDate date) {
        int y = date.getYear();
        if (y < 0 || y > 9999) {
            return text(date.toString());
        }
        if (current.length - pos < 10) {
            next(10);
        }
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        byte[] b = current;
        b[pos++] = (byte) ('0' + y / 1000);
        b[pos++] = (byte) ('0' + y / 100 % 10);
        b[pos++] = (byte) ('0' + y / 10 % 10);
        b[pos++] = (byte) ('0' + y % 10);
        b[pos++] = '-';
        b[pos++] = (byte) ('0' + m / 10);
        b[pos++] = (byte) ('0' + m % 10);
        b[pos++] = '-';
        b[pos++] = (byte) ('0' + d / 10);
        b[pos++] = (byte) ('0' + d % 10);
        return this;
    }

    /** Appends text as UTF-8, with no escaping. */
    public Utf8Bytes text(CharSequence s) {
        return text(s, 0, s.length());
    }

    /** Appends {@code s[from, to)} as UTF-8, with no escaping. */
    public Utf8Bytes text(CharSequence s, int from, int to) {
        int n = to;
        int start = from;
        while (start < n) {
            int end = Math.min(n, start + RUN);
            if (end < n && Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            run(s, start, end);
            start = end;
        }
        return this;
    }

    /**
     * Appends text as UTF-8 from index {@code from} up to the first character that needs a
     * writer's attention: an ASCII character marked in {@code asciiStops} (128 entries), or one of
     * U+2028–U+2069, U+FEFF, U+FFFE, U+FFFF (line and paragraph separators, invisible
     * bidirectional controls, BOM, non-characters), which the writer escapes, drops or writes
     * itself. Surrogate pairs are encoded; an unpaired surrogate becomes U+FFFD.
     *
     * @return the index of that character, or {@code s.length()} when the text is done
     */
    public int textUntil(CharSequence s, int from, boolean[] asciiStops) {
        int n = s.length();
        while (from < n) {
            int end = Math.min(n, from + RUN);
            if (end < n && Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            int stop = run(s, from, end, asciiStops);
            if (stop < end) {
                return stop;
            }
            from = end;
        }
        return n;
    }

    private static boolean isSpecial(char c) {
        return (c >= '\u2028' && c <= '\u2069') || c == '\uFEFF' || c >= '\uFFFE';
    }

    private void run(CharSequence s, int start, int end) {
        run(s, start, end, null);
    }

    /**
     * Encodes s[start, end), at most {@link #RUN} chars and not ending inside a surrogate pair,
     * stopping before a stop character when {@code asciiStops} is given; returns where it stopped.
     */
    private int run(CharSequence s, int start, int end, boolean[] asciiStops) {
        if (current.length - pos < 3 * (end - start)) {
            next(3 * (end - start));
        }
        byte[] b = current;
        int p = pos;
        int i = start;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (asciiStops != null && asciiStops[c]) {
                    break;
                }
                b[p++] = (byte) c;
            } else if (asciiStops != null && isSpecial(c)) {
                break;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[p++] = (byte) 0xEF;
                b[p++] = (byte) 0xBF;
                b[p++] = (byte) 0xBD;
            }
        }
        pos = p;
        return i;
    }

    /** Appends a line break and {@code spaces} spaces. */
    public Utf8Bytes newline(int spaces) {
        if (current.length - pos < spaces + 1) {
            if (spaces + 1 > CHUNK) {
                throw new IllegalArgumentException("spaces " + spaces + " must be < " + CHUNK);
            }
            next(spaces + 1);
        }
        current[pos++] = '\n';
        java.util.Arrays.fill(current, pos, pos + spaces, (byte) ' ');
        pos += spaces;
        return this;
    }

    /** Appends a decimal number. */
    public Utf8Bytes number(long n) {
        return text(Long.toString(n));
    }

    /** Appends one code point as UTF-8; a surrogate code point becomes U+FFFD. */
    public Utf8Bytes codePoint(int cp) {
        if (cp < 0x80) {
            return rawByte(cp);
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            cp = 0xFFFD;
        }
        if (current.length - pos < 4) {
            next(4);
        }
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
        return this;
    }

    /** The number of bytes appended. */
    public long size() {
        return previous + pos;
    }

    /**
     * All bytes appended, in one array.
     *
     * @throws IllegalStateException if they do not fit in one array (2 GiB)
     */
    public byte[] toByteArray() {
        long size = size();
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

    /**
     * The bytes appended, as read-only views of the chunks, in order: for writing a large file
     * without copying it into one array. The buffer must not be appended to afterwards.
     */
    public List<ByteBuffer> toByteBuffers() {
        List<ByteBuffer> views = new ArrayList<>(chunks.size() + 1);
        for (int i = 0; i < chunks.size(); i++) {
            views.add(ByteBuffer.wrap(chunks.get(i), 0, used.get(i)).asReadOnlyBuffer());
        }
        views.add(ByteBuffer.wrap(current, 0, pos).asReadOnlyBuffer());
        return views;
    }

    /** Starts a new chunk of at least {@code room} bytes, twice the last one up to {@link #CHUNK}. */
    private void next(int room) {
        if (pos == 0) {
            current = new byte[Math.max(room, current.length)];
            return;
        }
        chunks.add(current);
        used.add(pos);
        previous += pos;
        current = new byte[Math.max(room, Math.min(CHUNK, 2 * current.length))];
        pos = 0;
    }
}
