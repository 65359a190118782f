package org.sitegen.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DeadlinesTest {
    @Test
    void writesADayAMonthOrLongTerm() {
        assertEquals("2024-06-30", Deadlines.read("2024年6月30日前"));
        assertEquals("2024-06-30", Deadlines.read("2024年6月底"));
        assertEquals("2024-12-31", Deadlines.read("2024年底"));
        assertEquals("2024-03-05", Deadlines.read("2024-3-5"));
        assertEquals("2024-09", Deadlines.read("2024年9月"));
        assertEquals("长期坚持", Deadlines.read("长期坚持"));
        assertEquals("长期坚持", Deadlines.read("长期"));
        assertEquals("长期坚持", Deadlines.read("持续整改"));
    }

    @Test
    void refusesWhatIsNoDeadline() {
        assertNull(Deadlines.read("立行立改"));
        assertNull(Deadlines.read("2024年13月"));
        assertNull(Deadlines.read("2024年2月30日"));
    }
}
