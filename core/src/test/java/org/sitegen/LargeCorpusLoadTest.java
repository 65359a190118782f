package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Site;
import org.sitegen.testing.Corpus;

/** A generated corpus of 10,000 findings loads without a problem (a test of scale, not a timing). */
class LargeCorpusLoadTest {
    @TempDir Path dir;

    @Test
    void tenThousandFindingsLoad() {
        LoadResult r = SiteGenerator.builder().build().load(Corpus.write(dir, 10_000, 1));
        assertEquals(List.of(), r.problems());
        Site site = r.site().orElseThrow();
        assertEquals(10_000, site.findings().size());
        assertEquals(10_000, site.statusCounts().total());
        assertEquals(200, site.categories().size());
        int sum = site.categories().stream().mapToInt(c -> site.findingsIn(c).size()).sum();
        assertEquals(10_000, sum);
        for (int i = 1; i < site.findings().size(); i++) {
            assertEquals(i + 1, site.findings().get(i).number());
        }
    }
}
