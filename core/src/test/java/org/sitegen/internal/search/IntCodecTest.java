package org.sitegen.internal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IntCodecTest {
    @Test
    void docListRoundTripsSparseAndDenseIds() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int universe = 1 + random.nextInt(5000);
            double density = random.nextDouble();
            int[] ids = IntStream.range(0, universe).filter(i -> random.nextDouble() < density).toArray();
            IntCodec.DocList list = new IntCodec.DocList();
            for (int id : ids) {
                list.add(id);
            }
            String encoded = list.encode(universe);
            assertArrayEquals(ids, IntCodec.decode(encoded), () -> "universe " + universe + " density " + density);
            assertTrue(encoded.chars().allMatch(c -> c == '~' || IntCodec.ALPHABET.indexOf(c) >= 0));
        }
    }

    @Test
    void consecutiveIdsCostOneCharacterEach() {
        IntCodec.DocList list = new IntCodec.DocList();
        for (int i = 4000; i < 4010; i++) {
            list.add(i);
        }
        IntCodec.Ascii first = new IntCodec.Ascii();
        first.varint(4000);
        assertEquals(first + "AAAAAAAAA", list.encode(10000));
        assertArrayEquals(IntStream.range(4000, 4010).toArray(), IntCodec.decode(list.encode(10000)));
    }

    @Test
    void denseListsBecomeBitmaps() {
        IntCodec.DocList list = new IntCodec.DocList();
        for (int i = 0; i < 3000; i += 2) {
            list.add(i);
        }
        String encoded = list.encode(3000);
        assertEquals('~', encoded.charAt(0));
        assertEquals(1 + 500, encoded.length());
    }

    @Test
    void varintsRoundTripLargeValues() {
        IntCodec.Ascii out = new IntCodec.Ascii();
        int[] values = {0, 31, 32, 1023, 1024, 524287, Integer.MAX_VALUE};
        for (int v : values) {
            out.varint(v);
        }
        assertArrayEquals(values, IntCodec.varints(out.toString()));
    }

    @Test
    void packedValuesRoundTrip() {
        for (int bits = 1; bits <= 6; bits++) {
            IntCodec.Packed packed = new IntCodec.Packed(bits);
            int[] values = new int[37];
            for (int i = 0; i < values.length; i++) {
                values[i] = (i * 7) % (1 << bits);
                packed.add(values[i]);
            }
            assertArrayEquals(values, IntCodec.unpack(packed.toString(), bits, values.length), "bits " + bits);
        }
    }

    @Test
    void rejectsIdsOutOfOrder() {
        IntCodec.DocList list = new IntCodec.DocList();
        list.add(5);
        assertThrows(IllegalArgumentException.class, () -> list.add(5));
    }
}
