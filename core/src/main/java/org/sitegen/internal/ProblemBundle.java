package org.sitegen.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of the problems reported to the clerk who keeps the records, in one language: from
 * {@code org/sitegen/problems_<tag>.properties} (UTF-8), loaded explicitly like the interface
 * bundles of the renderer; the JVM's default locale plays no part. A key {@code k} is a message;
 * {@code k.hint}, when the bundle has it, is the hint that goes with it. Values hold {@code {name}}
 * placeholders.
 *
 * <p>Each bundle is read once, the first time a problem in its language is written out. Immutable
 * and thread-safe.
 */
public final class ProblemBundle {
    /** The languages with a bundle, as language tags. */
    public static final List<String> LANGUAGES = Language.TAGS;

    private final Locale locale;
    private final Map<String, String> text;
    private final String listSeparator;

    private ProblemBundle(Locale locale, Map<String, String> text) {
        this.locale = locale;
        this.text = Map.copyOf(text);
        this.listSeparator = get("listSeparator");
    }

    private static final class Chinese {
        static final ProblemBundle TEXTS = new ProblemBundle(Language.CHINESE.locale(), read(Language.CHINESE.tag()));
    }

    private static final class English {
        static final ProblemBundle TEXTS = new ProblemBundle(Language.ENGLISH.locale(), read(Language.ENGLISH.tag()));
    }

    /** The texts of the {@link Language} a locale asks for. */
    public static ProblemBundle of(Locale locale) {
        return Language.of(locale) == Language.ENGLISH ? English.TEXTS : Chinese.TEXTS;
    }

    /** Whether there is a bundle for a locale's language; see {@link Language#isSupported}. */
    public static boolean isSupported(Locale locale) {
        return Language.isSupported(locale);
    }

    /** The raw key/value pairs of a language's bundle, sorted by key. */
    public static Map<String, String> read(String tag) {
        if (!LANGUAGES.contains(tag)) {
            throw new IllegalArgumentException("language '" + tag + "' must be one of " + LANGUAGES);
        }
        return Bundles.read("/org/sitegen/problems_" + tag.replace('-', '_') + ".properties", "problem");
    }

    /** {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}. */
    public Locale locale() {
        return locale;
    }

    /** Whether the bundle has a key. */
    public boolean has(String key) {
        return text.containsKey(key);
    }

    /**
     * A text written out, its arguments too; {@link Message#NONE} gives "".
     *
     * @throws IllegalArgumentException if the bundle has no such key
     */
    public String write(Message msg) {
        if (msg.key().isEmpty()) {
            return "";
        }
        return fill(get(msg.key()), msg.pairs());
    }

    /** The hint that goes with a message: its {@code .hint} key with the same arguments, or "". */
    public String hintOf(Message message) {
        String key = message.key() + ".hint";
        return has(key) ? fill(get(key), message.pairs()) : "";
    }

    private String get(String key) {
        String value = text.get(key);
        if (value == null) {
            throw new IllegalArgumentException("problem text '" + key + "' is missing from the "
                    + locale.toLanguageTag() + " bundle");
        }
        return value;
    }

    /** Replaces each {name} of the pairs in one pass, so a value that holds "{x}" stays as it is. */
    private String fill(String template, Object[] pairs) {
        if (pairs.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                sb.append(template, i, template.length());
                break;
            }
            String name = template.substring(open + 1, close);
            Object value = lookup(name, pairs);
            if (value == null) {
                sb.append(template, i, open + 1);
                i = open + 1;
                continue;
            }
            sb.append(template, i, open).append(argument(value));
            i = close + 1;
        }
        return sb.toString();
    }

    private static Object lookup(String name, Object[] pairs) {
        for (int k = 0; k < pairs.length; k += 2) {
            if (pairs[k].equals(name)) {
                return pairs[k + 1] == null ? "null" : pairs[k + 1];
            }
        }
        return null;
    }

    private String argument(Object value) {
        if (value instanceof Message m) {
            return write(m);
        }
        if (value instanceof Collection<?> items) {
            StringBuilder sb = new StringBuilder();
            for (Object item : items) {
                if (sb.length() > 0) {
                    sb.append(listSeparator);
                }
                sb.append(argument(item));
            }
            return sb.toString();
        }
        if (value instanceof Path p) {
            return p.toString().replace('\\', '/');
        }
        return String.valueOf(value);
    }
}
