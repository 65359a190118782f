package org.sitegen.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameEndsTest {
    private final Object a = new Object();
    private final Object b = new Object();
    private final Object c = new Object();
    private final Object d = new Object();

    @Test
    void theSameObjectsThroughoutAreAll() {
        SameEnds same = SameEnds.of(new Object[] {a, b, c}, new Object[] {a, b, c});
        assertTrue(same.all());
        assertEquals(1, same.was(1));
    }

    @Test
    void anObjectReplacedLeavesHeadAndTailAroundIt() {
        SameEnds same = SameEnds.of(new Object[] {a, b, c}, new Object[] {a, d, c});
        assertFalse(same.all());
        assertEquals(1, same.head());
        assertEquals(1, same.tail());
        assertEquals(-1, same.was(1));
        assertEquals(2, same.was(2));
    }

    @Test
    void anObjectAddedMovesTheTailByAPlace() {
        SameEnds same = SameEnds.of(new Object[] {a, b, c}, new Object[] {a, d, b, c});
        assertEquals(1, same.head());
        assertEquals(2, same.tail());
        assertEquals(1, same.wasEnd());
        assertEquals(2, same.nowEnd());
        assertEquals(1, same.was(2));
        assertEquals(2, same.was(3));
    }

    @Test
    void anObjectEqualButNotTheSameIsNotTheSame() {
        SameEnds same = SameEnds.of(new Object[] {"x", new String("y")}, new Object[] {"x", "y"});
        assertEquals(1, same.head());
        assertEquals(0, same.tail());
    }

    @Test
    void headAndTailDoNotOverlapWhenAnObjectRepeats() {
        SameEnds same = SameEnds.of(new Object[] {a, a}, new Object[] {a, a, a});
        assertEquals(2, same.head());
        assertEquals(0, same.tail());
        assertEquals(3, same.nowEnd()); // the one added is the last
        assertEquals(2, same.wasEnd());
    }
}
