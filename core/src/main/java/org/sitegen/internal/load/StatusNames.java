package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitegen.internal.Message;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.internal.load.RawRecords.RawFinding;
import org.sitegen.internal.load.RawRecords.RawHistory;
import org.sitegen.model.Inspection;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;

/**
 * The status words of a finding ({@code status:} and each history entry's), read against the
 * site's vocabulary. A word the vocabulary does not know is reported once, where it is first
 * written, naming the other lines that repeat it: an imported status is written both as the
 * status and in the history, and is one thing to fix, not two.
 *
 * <p>The hint lists the statuses by their labels, the words the records are written in, and
 * suggests one for a misspelling ({@code 完城}) or a word that says a label with other words
 * ({@code 差不多完成}, {@code 已基本完成}: 基本完成). A suggestion is never applied.
 */
final class StatusNames {
    /**
     * Words that say "basically" or "mostly" before a status word; 差不多完成 means 基本完成. The
     * table is short on purpose: it only makes a suggestion.
     */
    private static final List<String> BASICALLY = List.of("差不多", "大体上", "大体", "大致", "基本上", "大部分", "大多");

    /** Words that say "already" before a status word: 已完成, 均已完成. */
    private static final List<String> ALREADY = List.of("均已", "都已", "已经", "已");

    private final StatusVocabulary vocabulary;

    StatusNames(StatusVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The status a word names, or null. */
    Status find(String word) {
        return word == null ? null : vocabulary.find(word).orElse(null);
    }

    /**
     * The status a word names in a record of an inspection: a name of the vocabulary, or a label
     * the inspection's words give a status (an audit's 已整改); null when neither.
     *
     * @param inspection the record's inspection; null when not known
     */
    Status find(String word, Inspection inspection) {
        Status s = find(word);
        if (s == null && word != null && inspection != null) {
            s = inspection.words().statusNames(vocabulary).get(word.strip());
        }
        return s;
    }

    /**
     * Reports each word of a finding's status and history that names no status, once.
     *
     * @param inspection the finding's inspection; null when not known
     */
    void reportUnknown(RawFinding f, Inspection inspection, ProblemList problems) {
        Map<String, List<Pos>> unknown = null; // made for the few findings that need it
        if (f.status() != null && find(f.status(), inspection) == null) {
            unknown = new LinkedHashMap<>();
            unknown.computeIfAbsent(f.status(), w -> new ArrayList<>()).add(f.statusPos());
        }
        for (RawHistory h : f.history()) {
            if (h.status() != null && find(h.status(), inspection) == null) {
                unknown = unknown == null ? new LinkedHashMap<>() : unknown;
                unknown.computeIfAbsent(h.status(), w -> new ArrayList<>()).add(h.statusPos());
            }
        }
        if (unknown == null) {
            return;
        }
        for (Map.Entry<String, List<Pos>> e : unknown.entrySet()) {
            List<Pos> at = e.getValue();
            Message message = at.size() == 1
                    ? Message.of("status.unknown", "name", e.getKey())
                    : Message.of("status.unknownAlso", "name", e.getKey(),
                            "lines", at.subList(1, at.size()).stream().map(Pos::line).toList());
            problems.error(at.get(0), message, hint(e.getKey()));
        }
    }

    /** "Did you mean" and the labels of the vocabulary. */
    private Message hint(String word) {
        List<String> labels = vocabulary.statuses().stream().map(Status::label).toList();
        Message list = Message.of("hint.known.statuses", "names", labels);
        return suggestion(word)
                .map(s -> Message.of("hint.suggestAndList", "suggestion", Message.of("hint.didYouMeanValue", "name", s),
                        "list", list))
                .orElse(list);
    }

    /** A name of the vocabulary the word probably means, if one is likely. */
    Optional<String> suggestion(String word) {
        String w = word.strip();
        for (String already : ALREADY) {
            if (w.startsWith(already) && w.length() > already.length()) {
                String rest = w.substring(already.length());
                if (find(rest) != null) {
                    return Optional.of(find(rest).label());
                }
                w = rest;
                break;
            }
        }
        for (String basically : BASICALLY) {
            if (w.startsWith(basically)) {
                Status s = find("基本" + w.substring(basically.length()));
                if (s != null) {
                    return Optional.of(s.label());
                }
            }
        }
        return Suggestions.closest(w, vocabulary.names());
    }
}
