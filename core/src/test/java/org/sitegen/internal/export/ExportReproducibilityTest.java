package org.sitegen.internal.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.RenderReport;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Site;

/** The same site exports to the same bytes, every time, and the renderer runs the stage. */
class ExportReproducibilityTest {
    @Test
    void twoExportsOfTheSameSiteAreByteIdentical() throws Exception {
        for (String base : new String[] {Exports.BASE, null}) {
            Map<String, byte[]> first = Exports.export(Exports.example(), base).out().files();
            Map<String, byte[]> second = Exports.export(Exports.example(), base).out().files();
            assertEquals(first.keySet(), second.keySet());
            for (String path : first.keySet()) {
                assertArrayEquals(first.get(path), second.get(path), path);
            }
        }
    }

    @Test
    void renderWritesTheExportsIntoTheOutputFolder(@TempDir Path tmp) throws Exception {
        SiteGenerator generator = SiteGenerator.builder().build();
        Site site = Exports.example();
        RenderReport one = generator.render(site, tmp.resolve("one"));
        RenderReport two = generator.render(site, tmp.resolve("two"));
        assertTrue(one.stages().containsKey("exports"), one.stages().toString());
        for (String path : List.of("data/findings.json", "data/findings.csv", "feed.xml", "sitemap.xml", "robots.txt")) {
            Path a = tmp.resolve("one").resolve(path);
            assertTrue(Files.isRegularFile(a), path);
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(tmp.resolve("two").resolve(path)), path);
        }
        assertEquals(one.warnings(), two.warnings());
        Map<String, byte[]> inMemory = Exports.export(site, site.baseUrl()).out().files();
        for (Map.Entry<String, byte[]> e : inMemory.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(tmp.resolve("one").resolve(e.getKey())),
                    "on disk as in memory: " + e.getKey());
        }
    }
}
