package org.sitegen.internal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The shared folding vectors of {@code fold-vectors.txt}, for the Java and the browser test. */
record FoldVectors(List<Vector> fold, List<Vector> terms) {
    /** One line: an input and what it must give. */
    record Vector(String input, String expected) {
        /** The expected terms of a {@code terms} vector. */
        List<String> expectedTerms() {
            return expected.isEmpty() ? List.of() : List.of(expected.split("\\|"));
        }
    }

    static FoldVectors load() {
        try (InputStream in = FoldVectors.class.getResourceAsStream("fold-vectors.txt")) {
            List<Vector> fold = new ArrayList<>();
            List<Vector> terms = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    throw new IllegalStateException("fold-vectors.txt: line '" + line + "' must have three tab-separated fields");
                }
                Vector v = new Vector(unescape(f[1]), unescape(f[2]));
                switch (f[0]) {
                    case "fold" -> fold.add(v);
                    case "terms" -> terms.add(v);
                    default -> throw new IllegalStateException("fold-vectors.txt: unknown kind '" + f[0] + "'");
                }
            }
            return new FoldVectors(List.copyOf(fold), List.copyOf(terms));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && s.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
