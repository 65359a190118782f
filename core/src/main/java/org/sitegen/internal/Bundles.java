package org.sitegen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.TreeMap;

/**
 * Reads the text bundles shipped in {@code core} (interface texts, problem texts): properties
 * files in UTF-8, loaded explicitly by name, so the JVM's default locale plays no part.
 */
public final class Bundles {
    private Bundles() {}

    /**
     * The key/value pairs of a bundle, sorted by key.
     *
     * @param resource the bundle's resource path, e.g. {@code /org/sitegen/messages_en.properties}
     * @param what what the bundle holds, for the error message, e.g. {@code message}
     * @throws IllegalStateException if the bundle is missing
     */
    public static Map<String, String> read(String resource, String what) {
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " bundle " + resource + " is missing");
            }
            PropertyResourceBundle bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            for (String key : bundle.keySet()) {
                map.put(key, bundle.getString(key));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " bundle " + resource, e);
        }
    }
}
