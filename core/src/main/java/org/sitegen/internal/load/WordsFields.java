package org.sitegen.internal.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.model.InspectionWords;
import org.sitegen.model.InspectionWords.Base;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;

/**
 * Reads {@code words:} of an inspection in {@code site.yaml}: the kind of inspection whose words
 * its pages use, as a word ({@code words: 巡察}), or as a mapping that also replaces single words
 * and names statuses as its notices do:
 *
 * <pre>
 * words:
 *   base: 审计              # 巡视, 巡察 or 审计; default: from the inspection's kind
 *   inspector: 审计组        # noun, inspector, kind, period, feedback
 *   statuses: {completed: 已整改, phased: 部分整改, not-completed: 正在整改}
 * </pre>
 *
 * Without {@code words:} the base follows from the kind, the inspector or the title (审计, 巡察,
 * else 巡视).
 */
final class WordsFields {
    static final Set<String> KEYS = Fields.keys("base", "noun", "inspector", "kind", "period", "feedback", "statuses");

    private WordsFields() {}

    /** The words of an inspection; the default ones of its kind when it says none or says them wrongly. */
    static InspectionWords read(Fields inspection, String kind, String inspector, String title,
            StatusVocabulary vocabulary, ProblemList problems) {
        Base fallback = Base.of(kind, inspector, title);
        if (!inspection.has("words")) {
            return InspectionWords.of(fallback);
        }
        if (!inspection.isMapping("words")) {
            String word = inspection.text("words", false);
            return InspectionWords.of(word == null ? fallback : base(word, inspection, "words", fallback, problems));
        }
        Fields f = inspection.mapping("words", false);
        f.rejectUnknownKeys(KEYS);
        String baseWord = f.text("base", false);
        Base base = baseWord == null ? fallback : base(baseWord, f, "base", fallback, problems);
        Map<String, String> words = new LinkedHashMap<>();
        for (String key : InspectionWords.keys()) {
            String w = f.text(key, false);
            if (w != null) {
                words.put(key, w);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Fields statuses = f.has("statuses") ? f.mapping("statuses", false) : null;
        if (statuses != null) {
            List<String> codes = vocabulary.statuses().stream().map(Status::code).toList();
            Map<String, String> used = new LinkedHashMap<>();
            for (String code : statuses.keys()) {
                String label = statuses.text(code, true);
                if (!codes.contains(code)) {
                    Message suggestion = Suggestions.closest(code, codes).map(s -> Message.of("hint.didYouMeanValue", "name", s))
                            .orElse(null);
                    Message list = Message.of("hint.known.statusCodes", "names", codes);
                    problems.error(statuses.keyPos(code), Message.of("words.unknownStatus", "code", code),
                            suggestion == null ? list : Message.of("hint.suggestAndList", "suggestion", suggestion,
                                    "list", list));
                    continue;
                }
                if (label == null) {
                    continue;
                }
                Status named = vocabulary.find(label).orElse(null);
                String twice = used.put(label, code);
                if (named != null && !named.code().equals(code) || twice != null) {
                    problems.error(statuses.valuePos(code), "words.statusLabelTaken", "label", label, "code", code,
                            "other", twice != null ? twice : named.code());
                    continue;
                }
                labels.put(code, label);
            }
        }
        return new InspectionWords(base, words, labels);
    }

    private static Base base(String word, Fields f, String key, Base fallback, ProblemList problems) {
        Base base = Base.named(word).orElse(null);
        if (base == null) {
            problems.error(f.valuePos(key), "words.unknownBase", "word", word);
            return fallback;
        }
        return base;
    }
}
