package org.sitegen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ordered list of statuses a site measures progress in. The {@link #defaults() default}
 * vocabulary is the one of the design: 完成, 基本完成, 阶段性完成, 未完成, 长期整改; {@code site.yaml}
 * may define its own.
 *
 * <p>A record may name a status by its code or by any of its labels; {@link #find(String)}
 * resolves both.
 */
public final class StatusVocabulary {
    private static final StatusVocabulary DEFAULTS =
            new StatusVocabulary(
                    List.of(
                            new Status("completed", "完成", List.of("已完成"), true),
                            new Status("basically-completed", "基本完成", List.of(), false),
                            new Status("phased", "阶段性完成", List.of(), false),
                            new Status("not-completed", "未完成", List.of(), false),
                            new Status("long-term", "长期整改", List.of(), false)));

    private final List<Status> statuses;
    private final Map<String, Status> byName;

    /**
     * Creates a vocabulary.
     *
     * @param statuses the statuses in display order; codes and labels must be unique
     * @throws IllegalArgumentException if the list is empty or a code or label repeats
     */
    public StatusVocabulary(List<Status> statuses) {
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("statuses must not be empty");
        }
        this.statuses = List.copyOf(statuses);
        Map<String, Status> names = new LinkedHashMap<>();
        for (Status s : this.statuses) {
            List<String> keys = new ArrayList<>();
            keys.add(s.code().toLowerCase(Locale.ROOT));
            keys.add(s.label());
            keys.addAll(s.aliases());
            for (String key : keys) {
                Status previous = names.putIfAbsent(key, s);
                if (previous != null && previous != s) {
                    throw new IllegalArgumentException(
                            "status name '" + key + "' is used by both " + previous.code() + " and " + s.code());
                }
            }
        }
        this.byName = Collections.unmodifiableMap(names);
    }

    /** {@return the default vocabulary of the design} */
    public static StatusVocabulary defaults() {
        return DEFAULTS;
    }

    /** {@return the statuses in display order} */
    public List<Status> statuses() {
        return statuses;
    }

    /**
     * Finds a status by code (any case), label or alias.
     *
     * @param name what a record wrote, surrounding spaces ignored
     * @return the status, or empty when the vocabulary has no such name
     */
    public Optional<Status> find(String name) {
        String key = name.strip();
        Status s = byName.get(key);
        if (s == null) {
            s = byName.get(key.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(s);
    }

    /** {@return every name a record may use, codes first, for error messages} */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Status s : statuses) {
            names.add(s.code());
        }
        for (Status s : statuses) {
            names.add(s.label());
            names.addAll(s.aliases());
        }
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusVocabulary v && v.statuses.equals(statuses);
    }

    @Override
    public int hashCode() {
        return statuses.hashCode();
    }

    @Override
    public String toString() {
        return "StatusVocabulary" + statuses;
    }
}
