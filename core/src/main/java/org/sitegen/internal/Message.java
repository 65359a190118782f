package org.sitegen.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * A problem text not yet written out: a key of the problem bundles ({@link ProblemBundle}) and its
 * named arguments. Loader and importer describe a problem with it where they find one; it is
 * written in a language only when the problems are handed out, so nothing is formatted for a
 * record that has no problem, and the language can be chosen after the problems are found.
 *
 * <p>An argument may itself be a {@code Message} (written in the same language), a collection (its
 * items joined the way the language lists things), or anything else (its {@code toString()}).
 *
 * @param key the bundle key
 * @param pairs name, value, name, value…
 */
public record Message(String key, Object... pairs) {
    /** No text: a problem without a hint. */
    public static final Message NONE = new Message("");

    public Message {
        Objects.requireNonNull(key, "key must not be null");
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of " + key + " must come in name/value pairs, got " + pairs.length);
        }
    }

    /** A text by key with named arguments, e.g. {@code Message.of("key.unknown", "key", "stauts")}. */
    public static Message of(String key, Object... pairs) {
        return new Message(key, pairs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && key.equals(m.key) && Arrays.equals(pairs, m.pairs);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(pairs);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(pairs);
    }
}
