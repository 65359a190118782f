package org.sitegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void countsAreSingularForOneAndPluralOtherwise() {
        assertEquals("1 error", Summary.count(1, "error"));
        assertEquals("0 errors", Summary.count(0, "error"));
        assertEquals("3 errors", Summary.count(3, "error"));
        assertEquals("1 category", Summary.count(1, "category"));
        assertEquals("9 categories", Summary.count(9, "category"));
    }

    @Test
    void sizesUseBinaryUnitsWithOneDecimal() {
        assertEquals("0 B", Summary.size(0));
        assertEquals("1023 B", Summary.size(1023));
        assertEquals("1.0 KiB", Summary.size(1024));
        assertEquals("14.2 KiB", Summary.size(14_541));
        assertEquals("1.2 MiB", Summary.size(1_258_291));
    }

    @Test
    void secondsHaveOneDecimalWhateverTheMachineLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("0.9 s", Summary.seconds(912_000_000L));
            assertEquals("12.0 s", Summary.seconds(12_000_000_000L));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
