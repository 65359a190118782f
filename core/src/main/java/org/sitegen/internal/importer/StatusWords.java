package org.sitegen.internal.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;

/**
 * Reads the word after 整改结果： against the status vocabulary.
 *
 * <p>A word the vocabulary knows (a code, label or alias: 完成, 已完成, 阶段性完成…) is written as
 * it stands. A word that clearly means one of the default labels is written as that label; the
 * table is deliberately short, and anything not in it is reported, never guessed:
 *
 * <table>
 *   <caption>Synonyms read as a default label</caption>
 *   <tr><th>written</th><th>read as</th></tr>
 *   <tr><td>已整改, 已整改完成, 整改完成, 完成整改, 已完成整改, 全部完成, 已全部完成, 已全部完成整改,
 *       整改到位, 已整改到位</td><td>完成</td></tr>
 *   <tr><td>基本完成整改, 已基本完成, 已基本完成整改, 基本整改完成, 基本整改到位</td><td>基本完成</td></tr>
 *   <tr><td>阶段性完成整改, 已阶段性完成, 已阶段性完成整改, 阶段性整改完成</td><td>阶段性完成</td></tr>
 *   <tr><td>未完成整改, 尚未完成, 尚未完成整改, 未整改完成</td><td>未完成</td></tr>
 *   <tr><td>长期坚持, 长期坚持整改, 需长期整改, 需长期坚持, 长期整改事项</td><td>长期整改</td></tr>
 * </table>
 *
 * <p>Words such as 正在整改, 整改中, 持续推进, 已销号 are not in the table: whether they mean
 * 阶段性完成, 未完成 or 完成 is the publisher's call.
 */
final class StatusWords {
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("已整改", "完成"),
            Map.entry("已整改完成", "完成"),
            Map.entry("整改完成", "完成"),
            Map.entry("完成整改", "完成"),
            Map.entry("已完成整改", "完成"),
            Map.entry("全部完成", "完成"),
            Map.entry("已全部完成", "完成"),
            Map.entry("已全部完成整改", "完成"),
            Map.entry("整改到位", "完成"),
            Map.entry("已整改到位", "完成"),
            Map.entry("基本完成整改", "基本完成"),
            Map.entry("已基本完成", "基本完成"),
            Map.entry("已基本完成整改", "基本完成"),
            Map.entry("基本整改完成", "基本完成"),
            Map.entry("基本整改到位", "基本完成"),
            Map.entry("阶段性完成整改", "阶段性完成"),
            Map.entry("已阶段性完成", "阶段性完成"),
            Map.entry("已阶段性完成整改", "阶段性完成"),
            Map.entry("阶段性整改完成", "阶段性完成"),
            Map.entry("未完成整改", "未完成"),
            Map.entry("尚未完成", "未完成"),
            Map.entry("尚未完成整改", "未完成"),
            Map.entry("未整改完成", "未完成"),
            Map.entry("长期坚持", "长期整改"),
            Map.entry("长期坚持整改", "长期整改"),
            Map.entry("需长期整改", "长期整改"),
            Map.entry("需长期坚持", "长期整改"),
            Map.entry("长期整改事项", "长期整改"));

    /** How a status word was read. */
    enum Kind {
        /** The vocabulary knows the word; it is written as it stands. */
        KNOWN,
        /** A synonym of the table; the label is written. */
        MAPPED,
        /** Not understood; written as it stands for the clerk to correct. */
        UNKNOWN,
        /** The notice gives no status. */
        MISSING
    }

    /**
     * A finding's status as read.
     *
     * @param written what goes into {@code status:}
     * @param original the word in the notice, cleaned of punctuation; empty when missing
     * @param kind how it was read
     */
    record Reading(String written, String original, Kind kind) {}

    private final StatusVocabulary vocabulary;
    /** Words an inspection's records use besides the vocabulary's (an audit's 已整改…). */
    private final Map<String, Status> extra;

    StatusWords(StatusVocabulary vocabulary) {
        this(vocabulary, Map.of());
    }

    /** @param extra other words for statuses of the vocabulary, as an inspection's records write them */
    StatusWords(StatusVocabulary vocabulary, Map<String, Status> extra) {
        this.vocabulary = vocabulary;
        this.extra = Map.copyOf(extra);
    }

    /** The status a reading means; null when it is missing or unknown. */
    Status status(Reading reading) {
        return switch (reading.kind()) {
            case KNOWN -> vocabulary.find(reading.written()).orElseGet(() -> extra.get(reading.written()));
            case MAPPED -> vocabulary.find(reading.written()).orElse(null);
            default -> null;
        };
    }

    /** Reads the text after 整改结果： (already cleaned of spaces). */
    Reading read(String value) {
        String word = NoticeLine.trimEnd(value, "。．.；;，,、！! ").strip();
        if (word.isEmpty()) {
            return new Reading("", "", Kind.MISSING);
        }
        if (vocabulary.find(word).isPresent() || extra.containsKey(word)) {
            return new Reading(word, word, Kind.KNOWN);
        }
        String label = SYNONYMS.get(word);
        if (label != null) {
            Optional<Status> target = vocabulary.find(label);
            if (target.isPresent()) {
                return new Reading(target.get().label(), word, Kind.MAPPED);
            }
        }
        return new Reading(word, word, Kind.UNKNOWN);
    }

    /** The vocabulary's labels, for messages: 完成、基本完成、… */
    String labels(String separator) {
        return String.join(separator, labels());
    }

    /** The vocabulary's labels, as a list for problem texts. */
    List<String> labels() {
        return vocabulary.statuses().stream().map(Status::label).toList();
    }
}
