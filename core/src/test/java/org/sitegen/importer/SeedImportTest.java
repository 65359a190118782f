package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Measure;
import org.sitegen.model.Notice;
import org.sitegen.model.Site;

/**
 * Importing the seed notice gives the example site's records: every field the notice states is
 * equal. Categories are matched by order and findings by number, since the example's ids are
 * hand-made English slugs.
 */
class SeedImportTest {
    static final Path SEED = Path.of("..", "seeds", "000_5a9791fc5b76d1d0.txt");
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");

    @TempDir
    static Path out;

    static ImportResult imported;
    static LoadResult loaded;
    static Site site;
    static Site example;

    @BeforeAll
    static void importSeed() throws IOException {
        imported = NoticeImporter.builder().build().importNotice(SEED, out);
        loaded = SiteGenerator.builder().build().load(out);
        assertEquals(List.of(), loaded.problems(), "the imported tree must load without problems");
        site = loaded.site().orElseThrow();
        example = SiteGenerator.builder().build().load(EXAMPLE).site().orElseThrow();
    }

    @Test
    void importsWithoutProblems() {
        assertEquals(List.of(), imported.problems());
        assertEquals(StandardCharsets.UTF_8, imported.charset().orElseThrow());
        assertEquals(9, imported.categories());
        assertEquals(23, imported.findings());
        assertEquals(1 + 9 + 23 + 1, imported.written().size());
        assertTrue(imported.written().contains(Path.of("notices", "2023-12-26.md")));
        assertTrue(imported.written().contains(Path.of("findings", "06.md")));
    }

    @Test
    void siteSettingsEqualTheExample() {
        assertEquals(example.title(), site.title());
        assertEquals(example.issuer(), site.issuer());
        assertEquals(example.locale(), site.locale());
        assertEquals(example.contact(), site.contact());
        assertEquals(example.statuses(), site.statuses());
    }

    @Test
    void inspectionEqualsTheExample() {
        assertEquals(1, site.inspections().size());
        Inspection want = example.inspections().get(0);
        Inspection got = site.inspections().get(0);
        assertEquals(want, got);
    }

    @Test
    void categoriesEqualTheExampleByOrder() {
        assertEquals(9, site.categories().size());
        for (int i = 0; i < 9; i++) {
            Category want = example.categories().get(i);
            Category got = site.categories().get(i);
            assertEquals(want.order(), got.order());
            assertEquals(want.title(), got.title());
            assertEquals(want.introduction(), got.introduction());
            assertEquals(want.inspection().id(), got.inspection().id());
        }
    }

    @Test
    void findingsEqualTheExampleByNumber() {
        Map<Integer, Finding> want = byNumber(example);
        Map<Integer, Finding> got = byNumber(site);
        assertEquals(want.keySet(), got.keySet());
        assertEquals(23, got.size());
        for (int n : want.keySet()) {
            Finding w = want.get(n);
            Finding g = got.get(n);
            String at = "finding " + n;
            assertEquals(w.title(), g.title(), at);
            assertEquals(w.status(), g.status(), at);
            assertEquals(w.category().order(), g.category().order(), at);
            assertEquals(texts(w), texts(g), at);
            assertEquals(w.documents(), g.documents(), at);
            assertEquals(w.history(), g.history(), at);
            assertEquals(w.units(), g.units(), at);
            assertEquals(w.deadline(), g.deadline(), at);
        }
    }

    @Test
    void findingsAreInTheExamplesReadingOrder() {
        assertEquals(example.findings().stream().map(Finding::number).toList(),
                site.findings().stream().map(Finding::number).toList());
    }

    @Test
    void statusCountsEqualTheExample() {
        assertEquals(example.statusCounts().toString(), site.statusCounts().toString());
    }

    @Test
    void noticeEqualsTheExample() {
        assertEquals(1, site.notices().size());
        Notice want = example.notices().get(0);
        Notice got = site.notices().get(0);
        assertEquals(want.title(), got.title());
        assertEquals(want.date(), got.date());
        assertEquals(want.issuer(), got.issuer());
        assertEquals(want.inspection().id(), got.inspection().id());
        assertEquals(want.body(), got.body());
        assertEquals(example.asOf(), site.asOf());
    }

    @Test
    void importIsReproducible(@TempDir Path again) throws IOException {
        ImportResult second = NoticeImporter.builder().build().importNotice(SEED, again);
        assertEquals(imported.written(), second.written());
        for (Path rel : imported.written()) {
            assertEquals(java.nio.file.Files.readString(out.resolve(rel)),
                    java.nio.file.Files.readString(again.resolve(rel)), rel.toString());
        }
    }

    private static Map<Integer, Finding> byNumber(Site s) {
        return s.findings().stream().collect(Collectors.toMap(Finding::number, Function.identity()));
    }

    private static List<String> texts(Finding f) {
        return f.measures().stream().map(Measure::text).toList();
    }
}
