package org.sitegen.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {
    @Test
    void readsDigitsAndChineseNumerals() {
        assertEquals(LocalDate.of(2023, 12, 26), ChineseDates.dateLine("2023年12月26日"));
        assertEquals(LocalDate.of(2023, 12, 26), ChineseDates.dateLine("二〇二三年十二月二十六日"));
        assertEquals(LocalDate.of(2024, 1, 10), ChineseDates.dateLine("(2024年1月10日)"));
        assertEquals(LocalDate.of(2023, 10, 30), ChineseDates.dateLine("二〇二三年十月三十日"));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertNull(ChineseDates.dateLine("2023年2月30日"));
        assertNull(ChineseDates.dateLine("于2023年12月26日发布"));
        assertEquals(-1, ChineseDates.number("十十"));
    }
}
