package org.sitegen.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages site-gen writes, and the one place that decides which of them a locale asks for:
 * the pages' interface, the exports' words, the problems and warnings all take their language
 * from here. English for {@code en} (any country); Simplified Chinese for everything else.
 */
public enum Language {
    CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE),
    ENGLISH("en", Locale.ENGLISH);

    /** The tags {@code site.yaml}'s {@code locale} accepts, as {@code <html lang>} writes them. */
    public static final List<String> TAGS = List.of(CHINESE.tag, ENGLISH.tag);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The language a locale asks for: English for {@code en}, {@code en-GB}…, else Chinese. */
    public static Language of(Locale locale) {
        return locale.getLanguage().equals("en") ? ENGLISH : CHINESE;
    }

    /** Whether a locale's language is one site-gen writes: {@code zh} or {@code en}. */
    public static boolean isSupported(Locale locale) {
        return locale.getLanguage().equals("en") || locale.getLanguage().equals("zh");
    }

    /** The language of a tag exactly as {@code site.yaml} writes it ({@code zh-CN}, {@code en}). */
    public static Optional<Language> ofTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equals(tag)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The tag: {@code zh-CN} or {@code en}. */
    public String tag() {
        return tag;
    }

    /** The locale: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}. */
    public Locale locale() {
        return locale;
    }
}
