package org.sitegen.internal.export;

import java.nio.charset.StandardCharsets;

/** The site's page paths, and absolute URLs made from a base URL. */
final class Urls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Urls() {}

    static String finding(String id) {
        return "findings/" + id + ".html";
    }

    static String category(String id) {
        return "categories/" + id + ".html";
    }

    static String status(String code) {
        return "status/" + code + ".html";
    }

    static String notice(String id) {
        return "notices/" + id + ".html";
    }

    static String page(String id) {
        return "pages/" + id + ".html";
    }

    /**
     * The base URL in the form URLs are written in: characters a URL may not hold as they are
     * (non-ASCII, spaces, quotes, angle brackets…) percent-encoded as UTF-8; {@code %} is kept,
     * since the base may already be encoded.
     */
    static String encodeBase(String baseUrl) {
        StringBuilder sb = null;
        byte[] utf8 = null;
        for (int i = 0; i < baseUrl.length(); i++) {
            char c = baseUrl.charAt(i);
            if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
                continue;
            }
            sb = new StringBuilder();
            utf8 = baseUrl.getBytes(StandardCharsets.UTF_8);
            break;
        }
        if (sb == null) {
            return baseUrl;
        }
        for (byte b : utf8) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }
}
