package org.sitegen.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentTest {
    @Test
    void roundsHalfUpToOneDecimal() {
        assertEquals("17.4%", Percent.format(4, 23));
        assertEquals("4.3%", Percent.format(1, 23));
        assertEquals("78.3%", Percent.format(18, 23));
        assertEquals("33.3%", Percent.format(1, 3));
        assertEquals("66.7%", Percent.format(2, 3));
        assertEquals("0.1%", Percent.format(1, 1000));
        assertEquals("0.1%", Percent.format(1, 2000));
        assertEquals("0%", Percent.format(1, 20001));
    }

    @Test
    void leavesOutATrailingZero() {
        assertEquals("25%", Percent.format(1, 4));
        assertEquals("100%", Percent.format(7, 7));
        assertEquals("0%", Percent.format(0, 7));
        assertEquals("0%", Percent.format(0, 0));
    }

    @Test
    void refusesAPartLargerThanTheWhole() {
        assertThrows(IllegalArgumentException.class, () -> Percent.format(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Percent.format(-1, 2));
    }
}
