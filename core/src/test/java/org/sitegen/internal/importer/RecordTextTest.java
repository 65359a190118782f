package org.sitegen.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines of a record changed in place, every other byte kept. */
class RecordTextTest {
    private static RecordText record(String text) {
        return RecordText.record(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(RecordText r) {
        return new String(r.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void replacesAScalarKeepingItsComment() {
        RecordText r = record("---\nstatus: \"阶段性完成\"   # 旧\ntitle: x\n---\nbody\n");
        assertTrue(r.setScalar("status", "完成"));
        assertEquals("---\nstatus: 完成   # 旧\ntitle: x\n---\nbody\n", text(r));
    }

    @Test
    void refusesAValueOnSeveralLines() {
        assertFalse(record("---\nstatus: |\n  完成\n---\n").setScalar("status", "完成"));
        assertFalse(record("---\nstatus:\n  完成\n---\n").setScalar("status", "完成"));
        assertFalse(record("---\ntitle: x\n---\n").setScalar("status", "完成"));
    }

    @Test
    void keysOfTheBodyAreNotTheFrontMatters() {
        RecordText r = record("---\ntitle: x\n---\nstatus: 这是正文\n");
        assertFalse(r.setScalar("status", "完成"));
        assertTrue(r.addItem("history", "{date: 2024-06-30, status: 完成}", 0, 0));
        assertEquals("---\ntitle: x\nhistory:\n  - {date: 2024-06-30, status: 完成}\n---\nstatus: 这是正文\n", text(r));
    }

    @Test
    void addsAnItemAfterTheLastOneOrBeforeALaterOne() {
        String before = "---\nhistory:\n  - {date: 2023-12-26, status: a}\n  - {date: 2024-12-31, status: b}\nx: 1\n---\n";
        RecordText last = record(before);
        assertTrue(last.addItem("history", "{date: 2025-01-01, status: c}", 2, 2));
        assertEquals(before.replace("x: 1", "  - {date: 2025-01-01, status: c}\nx: 1"), text(last));
        RecordText middle = record(before);
        assertTrue(middle.addItem("history", "{date: 2024-06-30, status: c}", 1, 2));
        assertEquals(before.replace("  - {date: 2024-12-31", "  - {date: 2024-06-30, status: c}\n  - {date: 2024-12-31"),
                text(middle));
    }

    @Test
    void addsToAFlowListOnTheKeysLine() {
        RecordText r = record("---\nhistory: [{date: 2023-12-26, status: a}]  # 进展\n---\n");
        assertTrue(r.addItem("history", "{date: 2024-06-30, status: b}", 1, 1));
        assertEquals("---\nhistory: [{date: 2023-12-26, status: a}, {date: 2024-06-30, status: b}]  # 进展\n---\n",
                text(r));
        RecordText empty = record("---\nhistory: []\n---\n");
        assertTrue(empty.addItem("history", "{date: 2024-06-30, status: b}", 0, 0));
        assertEquals("---\nhistory: [{date: 2024-06-30, status: b}]\n---\n", text(empty));
    }

    @Test
    void refusesAListThatDoesNotAgreeWithWhatWasRead() {
        assertFalse(record("---\nhistory:\n  - {date: 2023-12-26, status: a}\n---\n").addItem("history", "{}", 2, 2));
        assertFalse(record("---\nhistory: [{a: [1]}]\n---\n").addItem("history", "{}", 1, 1));
        assertFalse(record("---\nhistory: *alias\n---\n").addItem("history", "{}", 1, 1));
    }

    @Test
    void keepsCrlfAndTheBomAndAddsWithTheFilesLineEnd() {
        RecordText r = record("\uFEFF---\r\nstatus: a\r\nhistory:\r\n  - {date: 2023-12-26, status: a}\r\n---\r\nbody");
        assertTrue(r.setScalar("status", "b"));
        assertTrue(r.addItem("history", "{date: 2024-06-30, status: b}", 1, 1));
        assertEquals("\uFEFF---\r\nstatus: b\r\nhistory:\r\n  - {date: 2023-12-26, status: a}\r\n"
                + "  - {date: 2024-06-30, status: b}\r\n---\r\nbody", text(r));
    }

    @Test
    void aFileWithoutFrontMatterIsNoRecord() {
        assertNull(record("title: x\n"));
        assertNull(record("---\ntitle: x\n"));
    }
}
