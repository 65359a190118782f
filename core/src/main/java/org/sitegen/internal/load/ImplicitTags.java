package org.sitegen.internal.load;

import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The tag snakeyaml-engine's resolver gives a plain scalar, found without its regular expressions
 * for nearly every value. Every implicit tag other than str (null, bool, int, float, in the JSON
 * and core schemas) is written with ASCII characters from {@link #NON_STR} only, so a value with
 * any other character (a Chinese title, a unit) is a str without running the resolver. Nor is a
 * value a number when a sign stands inside it other than after an exponent's e (a date:
 * 2023-12-26), nor anything but a str when it starts with a letter and is not a null or bool word
 * (a key such as title, an id such as f000821): numbers start with a sign, a digit or a dot. Only
 * what may be a number, null or bool is left to the resolver, whose regular expressions cost more
 * than the rest of a scalar.
 */
final class ImplicitTags {
    /** The words the JSON and core schemas read as null or bool. */
    private static final Set<String> NULL_OR_BOOL =
            Set.of("null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE");

    private static final String NON_STR = "0123456789+-._~oxXeEabcdfABCDFinINaAlLsSnNuUtTrRfF";

    private ImplicitTags() {}

    static Tag of(String value, ScalarResolver resolver) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (NON_STR.indexOf(c) < 0) {
                return Tag.STR;
            }
            if ((c == '-' || c == '+') && i > 0 && value.charAt(i - 1) != 'e' && value.charAt(i - 1) != 'E') {
                return Tag.STR;
            }
        }
        if (!value.isEmpty() && isAsciiLetter(value.charAt(0)) && !NULL_OR_BOOL.contains(value)) {
            return Tag.STR;
        }
        return resolver.resolve(value, true);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
