package org.sitegen.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Site;

/** The index of the example site finds what a reader of the seed notice would look for. */
class ExampleSiteSearchTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");
    static Site site;
    static List<SearchDocument> documents;
    static IndexQuery query;

    @BeforeAll
    static void index() {
        site = SiteGenerator.builder().build().load(EXAMPLE).site().orElseThrow();
        documents = new SearchStage().documents(site);
        List<TokenEntry> entries = new TokenIndexer(new Folding(), 3).index(documents);
        query = new IndexQuery(entries, documents, 3);
    }

    private static List<Integer> numbers(String q) {
        return query.search(q).stream().map(h -> documents.get(h.doc()).number()).toList();
    }

    @Test
    void everyFindingIsFoundFirstAmongItsTitleMatchesByItsOwnTitle() {
        for (SearchDocument d : documents) {
            List<IndexQuery.Hit> hits = query.search(d.title());
            assertTrue(hits.stream().anyMatch(h -> documents.get(h.doc()) == d), () -> "finding " + d.number() + " by its title");
            IndexQuery.Hit own = hits.stream().filter(h -> documents.get(h.doc()) == d).findFirst().orElseThrow();
            assertTrue(own.titleTerms() > 0, () -> "finding " + d.number() + " is a title match for its own title");
        }
    }

    @Test
    void everyFindingIsFoundByAFourCharacterRunOfItsMeasures() {
        Folding folding = new Folding();
        for (SearchDocument d : documents) {
            String run = fourCharacterRun(folding, d.measures().get(0));
            assertTrue(numbers(run).contains(d.number()), () -> "finding " + d.number() + " by '" + run + "'");
        }
    }

    /** The first run of four word characters of a text, from its middle if it is long enough. */
    private static String fourCharacterRun(Folding folding, String text) {
        int[] cps = folding.fold(text);
        for (int start = cps.length / 2, tries = 0; tries < cps.length; tries++, start = (start + 1) % cps.length) {
            int k = 0;
            while (k < 4 && start + k < cps.length && Folding.isWordChar(cps[start + k])) {
                k++;
            }
            if (k == 4) {
                return new String(cps, start, 4);
            }
        }
        throw new AssertionError("no run of four word characters in " + text);
    }

    @Test
    void findsItem18FirstFor招投标() {
        assertEquals(18, numbers("招投标").get(0));
    }

    @Test
    void findsItems12And22For违建() {
        assertEquals(List.of(12, 22), numbers("违建").subList(0, 2));
    }

    @Test
    void findsTheIssueTermsOfTheBrief() {
        for (String q : List.of("化债", "消防隐患", "干部")) {
            assertFalse(numbers(q).isEmpty(), q);
        }
        assertTrue(numbers("消防隐患").contains(12));
    }

    @Test
    void aQueryWithNoMatchFindsNothing() {
        assertEquals(List.of(), numbers("量子计算"));
        assertEquals(List.of(), numbers("，。"));
    }

    @Test
    void agreesWithBruteForceOnRandomRunsOfTheSiteText() {
        Random random = new Random(42);
        Folding folding = new Folding();
        List<String> texts = new ArrayList<>();
        for (SearchDocument d : documents) {
            texts.addAll(d.fields());
        }
        for (int i = 0; i < 400; i++) {
            int[] cps = folding.fold(texts.get(random.nextInt(texts.size())));
            if (cps.length == 0) {
                continue;
            }
            int start = random.nextInt(cps.length);
            int length = 1 + random.nextInt(Math.min(8, cps.length - start));
            String q = new String(cps, start, length);
            if (random.nextInt(4) == 0) {
                q = q + " " + new String(folding.fold(texts.get(random.nextInt(texts.size()))), 0, 1);
            }
            String query0 = q;
            assertEquals(query.bruteForce(q), query.search(q), () -> "query '" + query0 + "'");
        }
    }
}
