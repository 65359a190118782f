package org.sitegen.internal.text;

import org.sitegen.internal.text.Utf8Bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Utf8Bytes encodes exactly as the JDK does, across chunk boundaries. */
class Utf8BytesTest {
    @Test
    void encodesLikeTheJdkAcrossManyChunks() {
        StringBuilder expected = new StringBuilder();
        Utf8Bytes out = new Utf8Bytes();
        String[] pieces = {"abc", "整改情况，", "é", "😀", "x".repeat(70_000), "字".repeat(400_001), "\uD83D\uDE00".repeat(3)};
        for (int i = 0; i < 40; i++) {
            String p = pieces[i % pieces.length];
            expected.append(p);
            out.text(p);
            out.rawByte('|');
            expected.append('|');
        }
        byte[] jdk = expected.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(jdk.length, out.size());
        assertArrayEquals(jdk, out.toByteArray());
        assertArrayEquals(jdk, join(out));
    }

    @Test
    void aSurrogatePairAtTheEndOfAnEncodingRunStaysWhole() {
        for (int offset = 0; offset < 4; offset++) {
            String s = "a".repeat(Utf8Bytes.RUN - 1 - offset) + "😀".repeat(4) + "字";
            Utf8Bytes out = new Utf8Bytes();
            out.text(s);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), "offset " + offset);
        }
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharacters() {
        Utf8Bytes out = new Utf8Bytes();
        out.text("a\uD800b\uDC00");
        out.codePoint(0xD801);
        assertEquals("a\uFFFDb\uFFFD\uFFFD", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void textUntilStopsAtMarkedAndSpecialCharacters() {
        boolean[] stops = new boolean[128];
        stops['<'] = true;
        Utf8Bytes out = new Utf8Bytes();
        String s = "整改<x\u2028y";
        assertEquals(2, out.textUntil(s, 0, stops));
        assertEquals(4, out.textUntil(s, 3, stops));
        assertEquals(s.length(), out.textUntil(s, 5, stops));
        assertEquals("整改xy", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void datesAreWrittenAsIso() {
        Utf8Bytes out = new Utf8Bytes();
        out.date(LocalDate.of(2023, 12, 26)).rawByte(' ').date(LocalDate.of(7, 1, 2)).rawByte(' ').date(LocalDate.of(12345, 6, 7));
        assertEquals("2023-12-26 0007-01-02 +12345-06-07", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void bulkBytesSpanChunks() {
        byte[] big = new byte[3_000_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        Utf8Bytes out = new Utf8Bytes();
        out.rawByte(1).bytes(big);
        byte[] all = out.toByteArray();
        assertEquals(big.length + 1, all.length);
        assertEquals((byte) (big.length - 1), all[all.length - 1]);
        assertArrayEquals(all, join(out));
    }

    static byte[] join(Utf8Bytes out) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (ByteBuffer b : out.toByteBuffers()) {
            byte[] part = new byte[b.remaining()];
            b.get(part);
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }
}
