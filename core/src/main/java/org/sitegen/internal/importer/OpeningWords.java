package org.sitegen.internal.importer;

import java.util.Arrays;
import org.sitegen.internal.Message;
import org.sitegen.model.InspectionWords.Base;

/**
 * The words the problems about a notice's opening (who inspected, when, the feedback) use for its
 * inspection: a 巡察's notice is told of its 巡察 and 巡察组, an audit's of its 审计 and 审计报告,
 * with an example in its kind's words; 巡视 when the notice does not say. The texts are the
 * problem bundles' {@code import.kind.*}, {@code import.inspectors.*}, {@code import.feedback.*}
 * and {@code import.example.*}, by {@link Base#key()}.
 */
final class OpeningWords {
    private OpeningWords() {}

    /**
     * The kind a notice's texts name, the first that names one deciding (its inspection's kind,
     * inspector, title, opening…), by the rule of {@link Base#of}; 巡视 when none does.
     *
     * @param texts the texts, most telling first; nulls are skipped
     */
    static Base kindOf(String... texts) {
        for (String text : texts) {
            if (text != null && (text.contains("审计") || text.contains("巡察") || text.contains("巡视"))) {
                return Base.of(null, null, text);
            }
        }
        return Base.INSPECTION;
    }

    /**
     * The arguments of a problem about the opening, in a kind's words: {@code kind} (巡视),
     * {@code inspectors} (巡视组), {@code feedback} (巡视组反馈意见), {@code example} (the bundle's
     * {@code import.example.<example>.<kind>}), then {@code more}.
     */
    static Object[] pairs(Base base, String example, Object... more) {
        String k = base.key();
        Object[] words = {"kind", Message.of("import.kind." + k), "inspectors", Message.of("import.inspectors." + k),
                "feedback", Message.of("import.feedback." + k), "example", Message.of("import.example." + example + "." + k)};
        Object[] all = Arrays.copyOf(words, words.length + more.length);
        System.arraycopy(more, 0, all, words.length, more.length);
        return all;
    }
}
