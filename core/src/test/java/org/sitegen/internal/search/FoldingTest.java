package org.sitegen.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {
    private final Folding folding = new Folding();

    @Test
    void foldsEverySharedVectorAsTheBrowserMust() {
        FoldVectors vectors = FoldVectors.load();
        assertTrue(vectors.fold().size() >= 20, "the vector file has the fold vectors");
        for (FoldVectors.Vector v : vectors.fold()) {
            assertEquals(v.expected(), folding.foldToString(v.input()), () -> "fold of '" + v.input() + "'");
        }
    }

    @Test
    void splitsEverySharedQueryVectorIntoItsTerms() {
        FoldVectors vectors = FoldVectors.load();
        assertTrue(vectors.terms().size() >= 8, "the vector file has the terms vectors");
        for (FoldVectors.Vector v : vectors.terms()) {
            assertEquals(v.expectedTerms(), folding.terms(v.input()), () -> "terms of '" + v.input() + "'");
        }
    }

    @Test
    void foldsFullWidthToHalfWidthAndLatinToLowerCase() {
        assertEquals("abc 2023", folding.foldToString("ＡＢＣ　２０２３"));
        assertEquals("招投标", folding.foldToString("招投标"));
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertEquals("title", new Folding().foldToString("TITLE"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void letterMarkAndNumberAreWordCharactersPunctuationIsNot() {
        for (int cp : "招aZ9①\u0301".codePoints().toArray()) {
            assertTrue(Folding.isWordChar(cp), () -> "U+" + Integer.toHexString(cp));
        }
        for (int cp : "，。《》、 \u3000-·“".codePoints().toArray()) {
            assertFalse(Folding.isWordChar(cp), () -> "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void repeatsOfATermCountOnce() {
        assertEquals(List.of("违建", "干部"), folding.terms("违建 干部 违建"));
    }
}
