package org.sitegen.internal.search;

import org.sitegen.internal.text.Json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;

class SearchIndexWriterTest {
    private static Map<String, String> write(List<SearchDocument> docs) throws IOException {
        Map<String, String> parts = new ConcurrentHashMap<>();
        SearchIndexWriter writer = new SearchIndexWriter(
                List.of(new SearchIndexWriter.Named("completed", "完成")),
                List.of(new SearchIndexWriter.CategoryRange("c", "类别</script>", 0, 0)),
                List.of(new SearchIndexWriter.InspectionNames("i", "巡视", Map.of()),
                        new SearchIndexWriter.InspectionNames("a", "审计", Map.of("completed", "已整改</script>"))));
        writer.write(docs, new TokenIndexer(new Folding(), 1).index(docs),
                (name, bytes) -> parts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return new TreeMap<>(parts);
    }

    @Test
    void escapesScriptInRecordText() throws IOException {
        SearchDocument hostile = new SearchDocument("x", 1, "</script><script>alert(1)</script>", 0, 0,
                List.of("<!-- & \u2028\u2029 \"quoted\" \\ end"), List.of("<b>"), List.of("&amp;"), "类别");
        Map<String, String> parts = write(List.of(hostile));
        for (Map.Entry<String, String> part : parts.entrySet()) {
            String body = part.getValue();
            String json = body.substring(body.indexOf(',') + 1, body.length() - 3);
            assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), part.getKey() + ": " + body);
            assertFalse(json.contains("\u2028") || json.contains("\u2029"), part.getKey());
            assertTrue(body.startsWith("window.__sitegenSearch.add(\"" + part.getKey() + "\","), part.getKey());
            assertTrue(body.endsWith(");\n"), part.getKey());
        }
        assertTrue(parts.get("d/0").contains("\\u003c/script\\u003e"), parts.get("d/0"));
        assertTrue(parts.get("d/0").contains("\\\"quoted\\\" \\\\ end"), parts.get("d/0"));
        assertTrue(parts.get("meta").contains("类别\\u003c/script\\u003e"), parts.get("meta"));
        assertTrue(parts.get("meta").contains("已整改\\u003c/script\\u003e"), parts.get("meta"));
    }

    @Test
    void replacesLoneSurrogatesAndEscapesControlCharacters() {
        // one JSON rule for the index and the open data: an unpaired surrogate becomes U+FFFD
        assertEquals("\"a\ufffdb\\u0001\\n\\b\"", Json.string(new StringBuilder(), "a\ud800b\u0001\n\b").toString());
        assertEquals("\"\ud842\udfb7\"", Json.string(new StringBuilder(), "\ud842\udfb7").toString());
    }

    @Test
    void rejectsPartNamesThatCouldBreakTheScript() {
        assertThrows(IllegalArgumentException.class, () -> IndexParts.part("b\");alert(1);//", "{}"));
    }

    @Test
    void hashIsFnv1aOverUtf16CodeUnitsAsInSearchJs() {
        assertEquals(0xe40c292c, SearchIndexWriter.hash("a"));
        assertEquals(0x811c9dc5, SearchIndexWriter.hash(""));
    }

    @Test
    void metaNamesEachInspectionAndTheStatusesItNamesOtherwise() throws IOException {
        Map<String, String> parts = write(List.of(Docs.doc("招投标", "加强监管")));
        assertTrue(parts.get("meta").contains("\"inspections\":[[\"i\",\"巡视\"],[\"a\",\"审计\",{\"completed\":\"已整改\\u003c/script\\u003e\"}]]"),
                parts.get("meta"));
    }

    @Test
    void writesMetaBucketsAndRecordChunks() throws IOException {
        Map<String, String> parts = write(List.of(Docs.doc("招投标", "加强监管"), Docs.doc("违建", "拆除")));
        assertTrue(parts.containsKey("meta"));
        assertTrue(parts.containsKey("b/0"));
        assertTrue(parts.containsKey("d/0"));
        assertTrue(parts.get("meta").contains("\"n\":2"));
        assertTrue(parts.get("b/0").contains("\"招投标\":[1,[\"A\",\"A\",\"A\"],\"BB\"]"), parts.get("b/0"));
    }

    @Test
    void bigPostingsGetFilesOfTheirOwn() throws IOException {
        List<SearchDocument> docs = new java.util.ArrayList<>();
        // enough documents that the lists of common tokens outgrow what stays in a bucket
        for (int i = 0; i < 4 * SearchIndexWriter.EXTERNAL; i++) {
            docs.add(Docs.doc("问题" + i, i % 3 == 0 ? "整改到位" : "加强管理"));
        }
        Map<String, String> parts = write(docs);
        assertTrue(parts.keySet().stream().anyMatch(k -> k.startsWith("t/")), parts.keySet().toString());
        assertTrue(parts.keySet().stream().anyMatch(k -> k.startsWith("p/")), parts.keySet().toString());
        assertTrue(parts.keySet().stream().filter(k -> k.startsWith("b/")).allMatch(k -> parts.get(k).length() < 4 * SearchIndexWriter.BUCKET_TARGET));
    }

    @Test
    void statusBitsFitTheVocabulary() {
        assertEquals(1, SearchIndexWriter.statusBits(1));
        assertEquals(1, SearchIndexWriter.statusBits(2));
        assertEquals(3, SearchIndexWriter.statusBits(5));
        assertEquals(6, SearchIndexWriter.statusBits(64));
        assertThrows(IllegalArgumentException.class, () -> SearchIndexWriter.statusBits(65));
    }

    @Test
    void renderingTheExampleSiteTwiceGivesTheSameIndex(@TempDir Path temp) throws IOException {
        SiteGenerator generator = SiteGenerator.builder().build();
        Path source = ExampleSiteSearchTest.EXAMPLE;
        generator.build(source, temp.resolve("one"));
        generator.build(source, temp.resolve("two"));
        Path one = temp.resolve("one/assets/search");
        Path two = temp.resolve("two/assets/search");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(one)) {
            files = walk.filter(Files::isRegularFile).map(one::relativize).sorted().toList();
        }
        assertTrue(files.contains(Path.of("meta.js")));
        assertTrue(files.size() > 10, files.toString());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f.toString());
        }
        try (Stream<Path> walk = Files.walk(two)) {
            assertEquals(files.size(), walk.filter(Files::isRegularFile).count());
        }
    }
}
