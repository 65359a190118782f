package org.sitegen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void oneLineCollapsesEveryRunOfWhitespaceAsTheRegularExpressionDid() {
        for (String s : List.of("", " ", "a", " a ", "a  b", "a\nb", "a \n\t b", "\n\na b\n", "一是甲。 二是乙。 ",
                "a\u3000b", "\u3000a\u3000", "a \u3000 b", "  lead", "trail  ", "x y z", "a\r\nb")) {
            assertEquals(s.replaceAll("\\s+", " ").strip(), PlainText.oneLine(s), () -> "'" + s + "'");
        }
    }

    @Test
    void oneLineAgreesWithTheRegularExpressionOnRandomText() {
        java.util.Random rnd = new java.util.Random(7);
        String alphabet = " \t\n\r\f\u000b\u3000ab一。";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(s.replaceAll("\\s+", " ").strip(), PlainText.oneLine(s), () -> "'" + s + "'");
        }
    }

    @Test
    void oneLineReturnsTheSameStringWhenNothingChanges() {
        String s = "加强对招投标工作督查督办。";
        assertSame(s, PlainText.oneLine(s));
    }

    @Test
    void startsWithOrdinalIsAMarkdownOrderedItem() {
        assertTrue(PlainText.startsWithOrdinal("1. x"));
        assertTrue(PlainText.startsWithOrdinal("123456789) x"));
        assertFalse(PlainText.startsWithOrdinal("1234567890. x"));
        assertFalse(PlainText.startsWithOrdinal("2023年"));
        assertFalse(PlainText.startsWithOrdinal(". x"));
        assertFalse(PlainText.startsWithOrdinal("12"));
        assertFalse(PlainText.startsWithOrdinal(""));
    }
}
