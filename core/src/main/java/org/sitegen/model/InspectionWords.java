package org.sitegen.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The words an inspection's pages use for it, which follow its kind: a 巡视 has a 巡视组 and a
 * 巡视时间, a 巡察 a 巡察组 and a 巡察时间, an 审计 an 审计机关 and an 审计期间; and the labels its
 * statuses are written in where its notices differ (audit notices write 已整改, 部分整改, 正在整改).
 *
 * <p>A {@link Base} gives every word; {@code site.yaml} may replace some ({@link #words()}, in
 * the site's language) and name statuses otherwise ({@link #statusLabels()}). Without {@code
 * words:} the base follows from the inspection's kind ({@link Base#of(String, String, String)}).
 *
 * @param base the kind of inspection the words are those of
 * @param words words that replace the base's, by {@link #KEYS key}; possibly empty
 * @param statusLabels labels of statuses, by status code, that replace the base's and the
 *     vocabulary's on this inspection's pages and that its records may use; possibly empty
 */
public record InspectionWords(Base base, Map<String, String> words, Map<String, String> statusLabels) {
    /**
     * The words an inspection has: {@code noun} (巡视), {@code inspector} (巡视组), {@code kind}
     * (巡视类型), {@code period} (巡视时间), {@code feedback} (反馈时间).
     */
    public static final Set<String> KEYS = Set.of("noun", "inspector", "kind", "period", "feedback");

    /** The kinds of inspection whose words differ. */
    public enum Base {
        /** 巡视: by a party committee's inspection team of a level above. */
        INSPECTION("巡视", "inspection", Map.of()),
        /** 巡察: by a city's or county's own inspection team. */
        CIRCUIT_INSPECTION("巡察", "circuit-inspection", Map.of()),
        /** 审计: by an audit office; its notices write 已整改, 部分整改, 正在整改. */
        AUDIT("审计", "audit", orderedMap("completed", "已整改", "phased", "部分整改", "not-completed", "正在整改"));

        private final String word;
        private final String key;
        private final Map<String, String> defaultStatusLabels;

        Base(String word, String key, Map<String, String> defaultStatusLabels) {
            this.word = word;
            this.key = key;
            this.defaultStatusLabels = defaultStatusLabels;
        }

        /** {@return the word a record writes for it in {@code site.yaml}: 巡视, 巡察 or 审计} */
        public String word() {
            return word;
        }

        /** {@return a name of it in ASCII, e.g. {@code circuit-inspection}, for keys and classes} */
        public String key() {
            return key;
        }

        /**
         * {@return the labels, by code of the {@link StatusVocabulary#defaults() default
         * vocabulary}, its notices write instead of the default ones; empty when they are the same}
         */
        public Map<String, String> defaultStatusLabels() {
            return defaultStatusLabels;
        }

        /**
         * The base a word names.
         *
         * @param word 巡视, 巡察 or 审计 (or {@link #key()})
         * @return the base, or empty for another word
         */
        public static Optional<Base> named(String word) {
            for (Base b : values()) {
                if (b.word.equals(word) || b.key.equals(word)) {
                    return Optional.of(b);
                }
            }
            return Optional.empty();
        }

        /**
         * The base an inspection's texts suggest: 审计 or 巡察 when its kind says so (else its
         * inspector, else its title), 巡视 otherwise.
         *
         * @param kind e.g. 常规巡察; may be null
         * @param inspector e.g. 区委第一巡察组; may be null
         * @param title e.g. 区委第一巡察组常规巡察; may be null
         * @return the base
         */
        public static Base of(String kind, String inspector, String title) {
            for (String text : new String[] {kind, inspector, title}) {
                if (text == null) {
                    continue;
                }
                if (text.contains("审计")) {
                    return AUDIT;
                }
                if (text.contains("巡察")) {
                    return CIRCUIT_INSPECTION;
                }
                if (text.contains("巡视")) {
                    return INSPECTION;
                }
            }
            return INSPECTION;
        }
    }

    /**
     * Checks the words and copies their maps.
     *
     * @param base the kind of inspection the words are those of
     * @param words words that replace the base's, by key of {@link #KEYS}
     * @param statusLabels labels of statuses, by status code
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a word's key is not one of {@link #KEYS}
     */
    public InspectionWords {
        Objects.requireNonNull(base, "base must not be null");
        for (String key : words.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("word key '" + key + "' must be one of " + KEYS);
            }
        }
        words = Map.copyOf(words);
        statusLabels = Map.copyOf(statusLabels);
    }

    /**
     * {@return the words of a base, none replaced}
     *
     * @param base the base
     */
    public static InspectionWords of(Base base) {
        return new InspectionWords(base, Map.of(), Map.of());
    }

    /**
     * {@return the label a status has on this inspection's pages and records, when it differs from
     * the vocabulary's: the one {@code site.yaml} gives, else the base's for the default vocabulary}
     *
     * @param status a status of the vocabulary
     * @param vocabulary the site's vocabulary
     */
    public Optional<String> statusLabel(Status status, StatusVocabulary vocabulary) {
        String label = statusLabels.get(status.code());
        if (label == null && vocabulary.equals(StatusVocabulary.defaults())) {
            label = base.defaultStatusLabels().get(status.code());
        }
        return Optional.ofNullable(label);
    }

    /**
     * {@return the words this inspection's records may write for statuses besides the
     * vocabulary's names: its labels, each with its status}
     *
     * @param vocabulary the site's vocabulary
     */
    public Map<String, Status> statusNames(StatusVocabulary vocabulary) {
        Map<String, Status> names = new LinkedHashMap<>();
        for (Status s : vocabulary.statuses()) {
            statusLabel(s, vocabulary).ifPresent(label -> names.put(label, s));
        }
        return names;
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** {@return the keys of {@link #KEYS} in the order pages show them} */
    public static List<String> keys() {
        return List.of("noun", "inspector", "kind", "period", "feedback");
    }
}
