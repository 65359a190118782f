package org.sitegen.internal.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;

/**
 * The colour a status is shown in, as CSS class {@code tone-<name>} of {@code site.css}. Colour
 * never stands alone: a badge always carries the status's text.
 */
enum Tone {
    GREEN,
    TEAL,
    AMBER,
    RED,
    PURPLE,
    BLUE,
    BROWN,
    GREY;

    private static final Map<String, Tone> DEFAULTS = Map.of(
            "completed", GREEN,
            "basically-completed", TEAL,
            "phased", AMBER,
            "not-completed", RED,
            "long-term", PURPLE);

    /** The palette for statuses of a site's own vocabulary, taken by position. */
    private static final List<Tone> PALETTE = List.of(BLUE, GREEN, AMBER, RED, PURPLE, TEAL, BROWN, GREY);

    /** The CSS name, e.g. {@code green}. */
    String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The tone of a status: the design's colour for a code of the default vocabulary, else a colour
     * of the palette by the status's position in its vocabulary.
     */
    static Tone of(Status status, StatusVocabulary vocabulary) {
        Tone t = DEFAULTS.get(status.code());
        if (t != null) {
            return t;
        }
        int position = Math.max(0, vocabulary.statuses().indexOf(status));
        return PALETTE.get(position % PALETTE.size());
    }
}
