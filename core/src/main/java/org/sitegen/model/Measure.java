package org.sitegen.model;

import java.util.Objects;

/**
 * One rectification measure of a finding: one item of an enumeration 一是…二是… or of a Markdown
 * list, or the whole body when it is not enumerated.
 *
 * @param number the 1-based position among the finding's measures
 * @param text the measure as Markdown source, without its ordinal (一是) or list marker
 */
public record Measure(int number, String text) {
    /**
     * Checks the measure.
     *
     * @param number the 1-based position among the finding's measures
     * @param text the measure as Markdown source, without its ordinal (一是) or list marker
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the number is below 1
     */
    public Measure {
        Objects.requireNonNull(text, "text must not be null");
        if (number < 1) {
            throw new IllegalArgumentException("number " + number + " must be >= 1");
        }
    }
}
