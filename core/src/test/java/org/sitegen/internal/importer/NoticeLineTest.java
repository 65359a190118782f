package org.sitegen.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeLineTest {
    @Test
    void dropsSpacesTouchingChineseButKeepsOneBetweenLatinWords() {
        assertEquals("一是安排收入。二是还本付息。", NoticeLine.clean("  一是安排收入。 \u3000二是还本付息。 \t"));
        assertEquals("上线Office 365系统", NoticeLine.clean("上线 Office \u00a0 365 系统"));
    }

    @Test
    void removesWordArtefactsAndInvisibleCharacters() {
        assertEquals("中共某某委员会", NoticeLine.clean("\ufeff[bookmark: _GoBack]中共\u200b某某[BOOKMARK: x]委员会"));
    }

    @Test
    void keyMapsFullWidthOneToOne() {
        String text = "（一）１．问题：ａ";
        String key = NoticeLine.key(text);
        assertEquals("(一)1.问题:a", key);
        assertEquals(text.length(), key.length());
    }

    @Test
    void splitKeepsFileLineNumbersAndSkipsBlankLines() {
        List<NoticeLine> lines = NoticeLine.split("a\n\n  \n[bookmark: _GoBack]\nb");
        assertEquals(List.of(1, 5), lines.stream().map(NoticeLine::number).toList());
        assertEquals(5, lines.get(1).number());
    }
}
