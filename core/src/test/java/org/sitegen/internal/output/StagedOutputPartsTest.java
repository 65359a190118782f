package org.sitegen.internal.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written in parts is the parts' remaining bytes, in order, and counted once. */
class StagedOutputPartsTest {
    @Test
    void writesTheRemainingBytesOfEveryPartInOrder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        ByteBuffer offset = ByteBuffer.wrap("xxabc".getBytes(StandardCharsets.UTF_8));
        offset.position(2);
        List<ByteBuffer> parts = List.of(offset, ByteBuffer.allocate(0), ByteBuffer.wrap("整改".getBytes(StandardCharsets.UTF_8)));
        try (StagedOutput staged = StagedOutput.open(out, tmp.resolve("src"), List.of())) {
            staged.write("data/x.json", parts);
            assertThrows(IllegalArgumentException.class, () -> staged.write("data/x.json", parts));
            assertEquals(1, staged.files());
            assertEquals(3 + 6, staged.bytes());
            staged.commit();
        }
        assertArrayEquals("abc整改".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("data/x.json")));
        assertEquals(2, offset.position(), "the part itself is not consumed");
    }

    @Test
    void theDefaultJoinsThePartsForOtherSinks() throws Exception {
        byte[][] got = new byte[1][];
        OutputSink sink = new OutputSink() {
            @Override
            public void write(String path, byte[] content) {
                got[0] = content;
            }

            @Override
            public void copy(String path, Path source) {}
        };
        sink.write("a", List.of(ByteBuffer.wrap(new byte[] {1, 2}), ByteBuffer.wrap(new byte[] {3})));
        assertArrayEquals(new byte[] {1, 2, 3}, got[0]);
    }
}
