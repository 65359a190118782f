package org.sitegen.internal.pages;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.internal.Bundles;
import org.sitegen.internal.Language;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;

/**
 * The interface text of one language, from {@code org/sitegen/messages_<tag>.properties} (UTF-8),
 * loaded explicitly: the JVM's default locale plays no part. Also formats dates and numbers the
 * way the language writes them, without locale data of the JVM.
 *
 * <p>Thread-safe, and immutable but for a cache of the days it has written.
 */
final class PageBundle {
    /** The languages with a bundle, as {@code <html lang>} tags. */
    static final List<String> LANGUAGES = Language.TAGS;

    private final Map<String, String> text;
    private final List<String> months;
    private final Map<LocalDate, String> dates = new ConcurrentHashMap<>();

    private PageBundle(Map<String, String> text) {
        this.text = Collections.unmodifiableMap(new java.util.HashMap<>(text));
        this.months = List.of(get("months").split(","));
        if (months.size() != 12) {
            throw new IllegalStateException("the bundle's months must list 12 names, not " + months.size());
        }
    }

    /** The messages of a site's locale: English for {@code en}, else Simplified Chinese. */
    static PageBundle of(Locale locale) {
        return load(Language.of(locale).tag());
    }

    /**
     * The messages of a language.
     *
     * @param tag one of {@link #LANGUAGES}
     */
    static PageBundle load(String tag) {
        if (!LANGUAGES.contains(tag)) {
            throw new IllegalArgumentException("language '" + tag + "' must be one of " + LANGUAGES);
        }
        return new PageBundle(read(tag));
    }

    /** The raw key/value pairs of a language's bundle, sorted by key. */
    static Map<String, String> read(String tag) {
        return Bundles.read("/org/sitegen/messages_" + tag.replace('-', '_') + ".properties", "message");
    }

    /** The {@code <html lang>} value, e.g. {@code zh-CN}. */
    String lang() {
        return get("lang");
    }

    /**
     * The text of a key.
     *
     * @throws IllegalArgumentException if the bundle has no such key
     */
    String get(String key) {
        String value = text.get(key);
        if (value == null) {
            throw new IllegalArgumentException("message key '" + key + "' is missing from the " + text.get("lang")
                    + " bundle");
        }
        return value;
    }

    /**
     * The text of a key with its {@code {name}} placeholders replaced.
     *
     * @param pairs name, value, name, value…
     */
    String format(String key, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("pairs must come in name/value pairs, got " + pairs.length);
        }
        String s = get(key);
        for (int i = 0; i < pairs.length; i += 2) {
            s = s.replace("{" + pairs[i] + "}", String.valueOf(pairs[i + 1]));
        }
        return s;
    }

    /** Every key and its text, for templates ({@code {{msg.key}}}). */
    Map<String, String> asMap() {
        return text;
    }

    /**
     * A day as the language writes it: 2023年12月26日, 26 December 2023. Remembered: a site has few
     * distinct days, and every list of findings writes each finding's deadline again.
     */
    String date(LocalDate date) {
        String text = dates.get(date);
        if (text == null) {
            text = format("dateFormat", "year", date.getYear(), "month", date.getMonthValue(), "day",
                    date.getDayOfMonth(), "monthName", months.get(date.getMonthValue() - 1));
            dates.putIfAbsent(date, text);
        }
        return text;
    }

    /**
     * The label to show for a status: statuses of the default vocabulary are named by the bundle
     * (English names on an English site); those of a site's own vocabulary by their own label.
     */
    String statusLabel(Status status) {
        for (Status d : StatusVocabulary.defaults().statuses()) {
            if (d.equals(status)) {
                return get("status." + status.code());
            }
        }
        return status.label();
    }

    /**
     * A position as the language counts in headings: Chinese numerals (二) or digits (2).
     *
     * @param n 1-based position
     */
    String ordinal(int n) {
        if (get("numerals").equals("chinese") && n >= 1 && n <= 99) {
            return org.sitegen.internal.load.Measures.ordinal(n);
        }
        return Integer.toString(n);
    }
}
