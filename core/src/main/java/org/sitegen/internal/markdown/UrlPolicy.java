package org.sitegen.internal.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * Which link targets the site lets through from records: links may be http, https, mailto or
 * relative; embedded resources (images) may only be relative, so nothing is loaded from another
 * host.
 */
final class UrlPolicy {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {}

    /** Whether a link ({@code <a href>}) to this target is allowed. */
    static boolean isSafeLink(String url) {
        String scheme = scheme(url);
        return scheme == null || LINK_SCHEMES.contains(scheme);
    }

    /** Whether an embedded resource ({@code <img src>}) at this target is allowed: relative only. */
    static boolean isSafeResource(String url) {
        String u = normalized(url);
        return scheme(url) == null && !u.startsWith("//") && !u.startsWith("\\\\") && !u.startsWith("/\\");
    }

    /**
     * The scheme of a URL, lower-cased, or null when it is relative. Whitespace and control
     * characters are dropped first, as browsers do ({@code java\tscript:} is {@code javascript:}).
     */
    static String scheme(String url) {
        String u = normalized(url);
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == ':') {
                return i == 0 ? "" : u.substring(0, i).toLowerCase(Locale.ROOT);
            }
            boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return null;
            }
        }
        return null;
    }

    private static String normalized(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
