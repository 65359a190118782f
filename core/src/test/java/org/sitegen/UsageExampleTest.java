package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Site;

/** The README's library example, kept compiling and working (as commonmark-java does). */
class UsageExampleTest {
    @TempDir Path target;

    @Test
    void readmeExampleBuildsTheExampleSite() throws Exception {
        Path out = target.resolve("site-gen");
        // --- as in README.md, "Use the library"
        SiteGenerator generator = SiteGenerator.builder().build();
        LoadResult loaded = generator.load(Path.of("../example-site/src/site-gen"));
        loaded.problems().forEach(System.err::println);
        if (loaded.site().isPresent()) {
            Site site = loaded.site().get();
            System.out.println(site.statusCounts());
            RenderReport report = generator.render(site, out);
            System.out.println(report.pages() + " pages, " + report.bytes() + " bytes");
        }
        // ---
        assertTrue(Files.exists(out.resolve("findings/leased-public-assets.html")));
    }
}
