package org.sitegen.internal.search;

import java.util.Arrays;

/**
 * Packs lists of non-negative ints into short ASCII strings that need no escaping in JSON, for the
 * index parts; {@code search-codec.js} decodes them.
 *
 * <ul>
 *   <li>A <b>varint</b> is one or more characters of {@link #ALPHABET}, least significant first,
 *       each carrying five bits of the value; a character whose value is 32 or more is followed by
 *       another. Values below 32 take one character, below 1024 two.
 *   <li>A <b>doc list</b> (ascending, distinct ids) is a varint of the first id, then of each gap
 *       minus one, so a run of consecutive ids is a run of {@code A}.
 *   <li>A <b>bitmap</b> is {@code ~} followed by characters of six bits each, bit {@code i} of
 *       character {@code j} standing for id {@code 6j+i}; trailing empty characters are left out.
 *       Frequent tokens use it when it is shorter than the doc list.
 * </ul>
 */
final class IntCodec {
    /** The 64 characters; a character's value is its index. */
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** The first character of a bitmap. */
    static final char BITMAP = '~';

    private static final byte[] CHARS = ALPHABET.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < CHARS.length; i++) {
            VALUES[CHARS[i]] = i;
        }
    }

    private IntCodec() {}

    /** A growable ASCII buffer, cheaper than a StringBuilder for millions of small lists. */
    static final class Ascii {
        private byte[] bytes = new byte[8];
        private int length;

        /** Appends the varint of a value. */
        void varint(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("value " + value + " must be >= 0");
            }
            ensure(7);
            while (value >= 32) {
                bytes[length++] = CHARS[32 | (value & 31)];
                value >>>= 5;
            }
            bytes[length++] = CHARS[value];
        }

        /** Appends the character of a value below 64. */
        void raw(int value) {
            ensure(1);
            bytes[length++] = CHARS[value];
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        int length() {
            return length;
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    /** Appends ids (ascending, distinct) one at a time as a doc list. */
    static final class DocList {
        private final Ascii out = new Ascii();
        private int last = -1;
        private int count;

        /** Adds an id greater than the last one added. */
        void add(int id) {
            if (id <= last) {
                throw new IllegalArgumentException("id " + id + " must be greater than " + last);
            }
            out.varint(last < 0 ? id : id - last - 1);
            last = id;
            count++;
        }

        int count() {
            return count;
        }

        int last() {
            return last;
        }

        /** The encoding: the doc list, or the bitmap over {@code universe} ids when that is shorter. */
        String encode(int universe) {
            int bitmapLength = 1 + (last + 6) / 6;
            if (count > 0 && bitmapLength < out.length()) {
                return bitmap(decode(out.toString()), universe);
            }
            return out.toString();
        }
    }

    /** Packs small values ({@code < 2^bits}, {@code bits <= 6}) {@code 6 / bits} to a character, lowest bits first. */
    static final class Packed {
        private final int bits;
        private final int perChar;
        private final Ascii out = new Ascii();
        private int current;
        private int filled;

        Packed(int bits) {
            if (bits < 1 || bits > 6) {
                throw new IllegalArgumentException("bits " + bits + " must be in 1..6");
            }
            this.bits = bits;
            this.perChar = 6 / bits;
        }

        void add(int value) {
            if (value < 0 || value >= 1 << bits) {
                throw new IllegalArgumentException("value " + value + " must fit in " + bits + " bits");
            }
            current |= value << (filled * bits);
            if (++filled == perChar) {
                out.raw(current);
                current = 0;
                filled = 0;
            }
        }

        @Override
        public String toString() {
            return filled == 0 ? out.toString() : out + ALPHABET.substring(current, current + 1);
        }
    }

    /** Unpacks {@code count} values packed by {@link Packed}. */
    static int[] unpack(String packed, int bits, int count) {
        int perChar = 6 / bits;
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = (value(packed.charAt(i / perChar)) >> ((i % perChar) * bits)) & ((1 << bits) - 1);
        }
        return out;
    }

    /** The bitmap of ascending ids below {@code universe}. */
    static String bitmap(int[] ids, int universe) {
        int chars = ids.length == 0 ? 0 : ids[ids.length - 1] / 6 + 1;
        byte[] b = new byte[1 + chars];
        b[0] = BITMAP;
        int[] bits = new int[chars];
        for (int id : ids) {
            if (id >= universe) {
                throw new IllegalArgumentException("id " + id + " must be < " + universe);
            }
            bits[id / 6] |= 1 << (id % 6);
        }
        for (int j = 0; j < chars; j++) {
            b[1 + j] = CHARS[bits[j]];
        }
        return new String(b, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Decodes a doc list or bitmap into ascending ids. */
    static int[] decode(String encoded) {
        if (!encoded.isEmpty() && encoded.charAt(0) == BITMAP) {
            int[] ids = new int[(encoded.length() - 1) * 6];
            int n = 0;
            for (int j = 1; j < encoded.length(); j++) {
                int v = value(encoded.charAt(j));
                for (int i = 0; i < 6; i++) {
                    if ((v & (1 << i)) != 0) {
                        ids[n++] = (j - 1) * 6 + i;
                    }
                }
            }
            return Arrays.copyOf(ids, n);
        }
        int[] values = varints(encoded);
        int last = -1;
        for (int i = 0; i < values.length; i++) {
            last = i == 0 ? values[0] : last + values[i] + 1;
            values[i] = last;
        }
        return values;
    }

    /** Decodes a string of varints. */
    static int[] varints(String encoded) {
        int[] out = new int[encoded.length()];
        int n = 0;
        int value = 0;
        int shift = 0;
        for (int i = 0; i < encoded.length(); i++) {
            int v = value(encoded.charAt(i));
            value |= (v & 31) << shift;
            if (v >= 32) {
                shift += 5;
            } else {
                out[n++] = value;
                value = 0;
                shift = 0;
            }
        }
        if (shift != 0) {
            throw new IllegalArgumentException("varint string '" + encoded + "' ends in the middle of a value");
        }
        return Arrays.copyOf(out, n);
    }

    private static int value(char c) {
        int v = c < 128 ? VALUES[c] : -1;
        if (v < 0) {
            throw new IllegalArgumentException("character '" + c + "' is not in the varint alphabet");
        }
        return v;
    }
}
