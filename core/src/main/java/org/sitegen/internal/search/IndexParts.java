package org.sitegen.internal.search;

/**
 * Wraps the JSON values of the index parts (written with {@link org.sitegen.internal.Json}) into
 * script files.
 */
final class IndexParts {
    private IndexParts() {}

    /**
     * A script that hands a value to the search script: {@code window.__sitegenSearch.add("name",
     * value);}.
     *
     * @param name the part's name, e.g. {@code b/12}: letters, digits and '/' only
     * @param json the value, written by this class
     */
    static String part(String name, CharSequence json) {
        if (name.isEmpty() || !name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/')) {
            throw new IllegalArgumentException("part name '" + name + "' must be letters, digits and '/'");
        }
        return new StringBuilder(json.length() + name.length() + 40)
                .append("window.__sitegenSearch.add(\"").append(name).append("\",").append(json).append(");\n")
                .toString();
    }
}
