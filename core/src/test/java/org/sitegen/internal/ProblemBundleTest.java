package org.sitegen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The problem bundles: the same keys and placeholders in both languages, each key in use there. */
class ProblemBundleTest {
    private static final Map<String, String> ZH = ProblemBundle.read("zh-CN");
    private static final Map<String, String> EN = ProblemBundle.read("en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+\\}");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertEquals(new TreeSet<>(EN.keySet()), new TreeSet<>(ZH.keySet()));
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersPerKey() {
        for (String key : EN.keySet()) {
            assertEquals(placeholders(EN.get(key)), placeholders(ZH.get(key)), key);
        }
    }

    @Test
    void chineseTextsUseChinesePunctuation() {
        for (Map.Entry<String, String> e : ZH.entrySet()) {
            String v = e.getValue();
            // ASCII punctuation belongs only to what is copied into a file: "key: value", [a, b], "---"
            String prose = v.replaceAll("\\[[^\\]]*\\]", "").replaceAll("[A-Za-z0-9_.{}\\[\\]*/\"':-]+(: [^，。；：、“”（）]*)?", "");
            assertFalse(prose.matches(".*[,;?()].*"), () -> e.getKey() + " has ASCII punctuation: " + v);
            assertFalse(v.endsWith("。"), () -> e.getKey() + " ends with 。, which the hint's parentheses follow");
        }
    }

    @Test
    void everyKeyTheLoaderAndImporterUseIsInTheBundles() throws IOException {
        Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
        List<Path> sources = new java.util.ArrayList<>();
        for (String folder : List.of("internal/load", "internal/importer", "importer")) {
            try (Stream<Path> walk = Files.walk(Path.of("src/main/java/org/sitegen", folder))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        TreeSet<String> used = new TreeSet<>();
        for (Path p : sources) {
            Matcher m = literal.matcher(Files.readString(p));
            while (m.find()) {
                String key = m.group(1);
                if (!key.startsWith("site.yaml") && !key.endsWith(".md") && !key.endsWith(".txt")
                        && !key.startsWith("org.")) {
                    used.add(key);
                }
            }
        }
        used.removeIf(k -> k.startsWith("kind.") || k.startsWith("hint.none.") || k.startsWith("hint.known."));
        for (String what : List.of("categories", "inspections", "statuses")) {
            used.add("hint.none." + what);
            used.add("hint.known." + what);
        }
        for (String kind : List.of("category", "finding", "notice", "page")) {
            used.add("kind." + kind);
        }
        // the build's warnings: context.warn("key", …)
        Pattern warn = Pattern.compile("\\.warn\\(\\s*\"([a-zA-Z.]+)\"");
        int warnings = 0;
        for (String folder : List.of("internal/build", "internal/pages", "internal/export", "internal/search")) {
            try (Stream<Path> walk = Files.walk(Path.of("src/main/java/org/sitegen", folder))) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = warn.matcher(Files.readString(p));
                    while (m.find()) {
                        used.add(m.group(1));
                        warnings++;
                    }
                }
            }
        }
        assertTrue(warnings >= 3, "found the render's warnings: " + warnings);
        assertTrue(used.size() > 100, used::toString);
        for (String key : used) {
            assertTrue(EN.containsKey(key), () -> key + " is used but not in the bundles");
        }
    }

    @Test
    void argumentsAreWrittenInTheLanguage() {
        ProblemBundle zh = ProblemBundle.of(Locale.SIMPLIFIED_CHINESE);
        ProblemBundle en = ProblemBundle.of(Locale.ENGLISH);
        Message msg = Message.of("key.unknown", "key", "stauts", "where", Message.of("where.mapping", "key", "contact"));
        assertEquals("contact 部分中有无法识别的字段 stauts", zh.write(msg));
        assertEquals("unknown key 'stauts' in 'contact'", en.write(msg));
        Message list = Message.of("hint.allowedKeys", "keys", List.of("phone", "email"));
        assertEquals("可以使用的字段有：phone、email", zh.write(list));
        assertEquals("allowed keys: phone, email", en.write(list));
        assertEquals("", zh.write(Message.NONE));
        assertEquals("请加一行 title: …", zh.hintOf(Message.of("value.missing", "key", "title", "where", "x")));
        assertEquals("", zh.hintOf(Message.of("key.unknown", "key", "x", "where", "y")));
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsLeftAsItIs() {
        ProblemBundle en = ProblemBundle.of(Locale.ENGLISH);
        assertEquals("unknown key '{where}' in {key}", en.write(Message.of("key.unknown", "key", "{where}", "where", "{key}")));
        assertEquals("e.g. code: phased", en.write(Message.of("status.invalidCode.hint")));
        assertTrue(en.write(Message.of("inspections.none.hint")).contains("{id: 2023-special"));
    }

    @Test
    void aMissingKeyIsABug() {
        assertThrows(IllegalArgumentException.class, () -> ProblemBundle.of(Locale.ENGLISH).write(Message.of("no.such")));
        assertThrows(IllegalArgumentException.class, () -> Message.of("key.unknown", "key"));
    }

    private static TreeSet<String> placeholders(String s) {
        TreeSet<String> set = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            set.add(m.group());
        }
        return set;
    }
}
