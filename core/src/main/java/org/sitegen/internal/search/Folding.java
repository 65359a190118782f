package org.sitegen.internal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Folds text for matching, code point by code point: NFKC (full-width to half-width, compatibility
 * ideographs to unified ones), then lower case with {@link Locale#ROOT}. {@code search-fold.js} folds
 * queries the same way ({@code fold-vectors.txt} in the tests pins that both agree).
 *
 * <p>Folding each code point on its own, rather than the string as a whole, keeps folding
 * context-free, so the browser can map a match in folded text back to the record's own text.
 *
 * <p>Word characters are letters, marks and numbers (Unicode categories L, M, N); everything else
 * separates runs. A query matches a record when each of its terms is a substring of a run.
 *
 * <p>Thread-safe; caches the folding of the Basic Multilingual Plane, so share one instance per build.
 */
final class Folding {
    private static final int[] NONE = new int[0];
    private final AtomicReferenceArray<int[]> bmp = new AtomicReferenceArray<>(0x10000);

    /** The folded code points of a text. */
    int[] fold(CharSequence text) {
        int[] out = new int[text.length() + 8];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
                continue;
            }
            int[] f = foldCodePoint(cp);
            if (n + f.length > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, n + f.length));
            }
            System.arraycopy(f, 0, out, n, f.length);
            n += f.length;
        }
        return Arrays.copyOf(out, n);
    }

    /** The folded text as a string. */
    String foldToString(CharSequence text) {
        int[] cps = fold(text);
        return new String(cps, 0, cps.length);
    }

    /** The code points one code point folds to (usually itself; none for a few, such as U+00AD). */
    int[] foldCodePoint(int cp) {
        if (cp < 0x10000) {
            int[] cached = bmp.get(cp);
            if (cached == null) {
                cached = compute(cp);
                bmp.set(cp, cached);
            }
            return cached;
        }
        return compute(cp);
    }

    private static int[] compute(int cp) {
        String s = new String(Character.toChars(cp));
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (folded.isEmpty()) {
            return NONE;
        }
        return folded.codePoints().toArray();
    }

    /** Whether a code point is part of a word: a letter, mark or number. */
    static boolean isWordChar(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /**
     * The terms of a query: its folded runs of word characters, each once, in the order typed.
     * {@code "2023 招投标"} gives {@code [2023, 招投标]}; {@code "《招投标》"} gives {@code [招投标]}.
     */
    List<String> terms(String query) {
        int[] cps = fold(query);
        List<String> terms = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cps.length; i++) {
            boolean word = i < cps.length && isWordChar(cps[i]);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String term = new String(cps, start, i - start);
                if (!terms.contains(term)) {
                    terms.add(term);
                }
                start = -1;
            }
        }
        return terms;
    }
}
