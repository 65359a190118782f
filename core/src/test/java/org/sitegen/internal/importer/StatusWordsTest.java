package org.sitegen.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitegen.internal.importer.StatusWords.Kind;
import org.sitegen.internal.importer.StatusWords.Reading;
import org.sitegen.model.StatusVocabulary;

class StatusWordsTest {
    final StatusWords words = new StatusWords(StatusVocabulary.defaults());

    @Test
    void keepsWordsOfTheVocabulary() {
        assertEquals(new Reading("已完成", "已完成", Kind.KNOWN), words.read("已完成。"));
        assertEquals(new Reading("阶段性完成", "阶段性完成", Kind.KNOWN), words.read("阶段性完成"));
    }

    @Test
    void mapsClearSynonyms() {
        assertEquals(new Reading("完成", "完成整改", Kind.MAPPED), words.read("完成整改"));
        assertEquals(new Reading("长期整改", "长期坚持", Kind.MAPPED), words.read("长期坚持；"));
    }

    @Test
    void leavesOtherWordsUnknown() {
        assertEquals(Kind.UNKNOWN, words.read("正在整改").kind());
        assertEquals(Kind.UNKNOWN, words.read("持续推进").kind());
        assertEquals(Kind.MISSING, words.read(" 。").kind());
    }
}
