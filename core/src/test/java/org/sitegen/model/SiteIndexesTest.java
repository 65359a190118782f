package org.sitegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A site's groups and counts (findings by category, status and inspection; status counts of each;
 * the as-of date) are the same whatever order the findings were added in, and agree with counting
 * the findings one by one: the site takes shortcuts (a category's findings are a run of the reading
 * order, an inspection's counts the sum of its categories') that these pin down.
 */
class SiteIndexesTest {
    private static final Inspection FIRST = new Inspection("first", "第一轮巡视", null, null, null, null, null);
    private static final Inspection SECOND = new Inspection("second", "第二轮巡视", null, null, null, null, null);
    private static final Category A = category("a", 1, FIRST);
    private static final Category B = category("b", 2, FIRST);
    private static final Category C = category("c", 1, SECOND);

    private static Category category(String id, int order, Inspection inspection) {
        return new Category(id, order, "类别" + id, inspection, "", new Origin(Path.of("categories", id + ".md"), 1));
    }

    private static Status status(String code) {
        return StatusVocabulary.defaults().find(code).orElseThrow();
    }

    private static Finding finding(String id, int number, Category c, String status, LocalDate... dates) {
        List<HistoryEntry> history = new ArrayList<>();
        for (LocalDate d : dates) {
            history.add(new HistoryEntry(d, status(status), null));
        }
        return new Finding(id, number, "问题" + id, c, status(status), List.of(), null, List.of(), history, List.of(),
                "", new Origin(Path.of("findings", id + ".md"), 1));
    }

    private static Site site(List<Finding> findings) {
        Site.Builder b = Site.builder().title("测试").locale(Locale.SIMPLIFIED_CHINESE)
                .addInspection(FIRST).addInspection(SECOND).addCategory(C).addCategory(B).addCategory(A);
        findings.forEach(b::addFinding);
        return b.build();
    }

    private final List<Finding> findings = List.of(
            finding("c2", 2, C, "completed", LocalDate.of(2024, 3, 1)),
            finding("a2", 2, A, "not-completed"),
            finding("b1", 1, B, "completed", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 2, 1)),
            finding("a1", 1, A, "completed", LocalDate.of(2024, 1, 1)),
            finding("c1", 1, C, "phased"),
            finding("a3", 3, A, "completed"));

    @Test
    void groupsAreRunsOfTheReadingOrderWhateverTheOrderAdded() {
        List<Finding> reversed = new ArrayList<>(findings);
        java.util.Collections.reverse(reversed);
        for (List<Finding> order : List.of(findings, reversed)) {
            Site site = site(order);
            assertEquals(List.of("a1", "a2", "a3", "b1", "c1", "c2"), ids(site.findings()));
            assertEquals(List.of("a1", "a2", "a3"), ids(site.findingsIn(A)));
            assertEquals(List.of("b1"), ids(site.findingsIn(B)));
            assertEquals(List.of("a1", "a2", "a3", "b1"), ids(site.findingsOf(FIRST)));
            assertEquals(List.of("c1", "c2"), ids(site.findingsOf(SECOND)));
            assertEquals(List.of("a1", "a3", "b1", "c2"), ids(site.findingsWith(status("completed"))));
            assertThrows(UnsupportedOperationException.class, () -> site.findingsIn(A).add(null));
        }
    }

    @Test
    void countsAgreeWithCountingEachFinding() {
        Site site = site(findings);
        assertEquals(counted(site.findings()), site.statusCounts().asMap());
        assertEquals(6, site.statusCounts().total());
        for (Category c : List.of(A, B, C)) {
            assertEquals(counted(site.findingsIn(c)), site.statusCounts(c).asMap(), c.id());
        }
        for (Inspection i : List.of(FIRST, SECOND)) {
            assertEquals(counted(site.findingsOf(i)), site.statusCounts(i).asMap(), i.id());
            assertEquals(site.findingsOf(i).size(), site.statusCounts(i).total(), i.id());
        }
        assertEquals(List.copyOf(StatusVocabulary.defaults().statuses()), List.copyOf(site.statusCounts().asMap().keySet()),
                "every status of the vocabulary, in its order");
    }

    @Test
    void theAsOfDateIsTheNewestOfAnyHistoryEntry() {
        assertEquals(LocalDate.of(2025, 2, 1), site(findings).asOf());
        assertEquals(LocalDate.of(2024, 3, 1), site(findings.subList(0, 2)).asOf());
    }

    @Test
    void aCategoryWithoutFindingsIsEmptyAndCountsZero() {
        Site site = site(List.of(findings.get(0)));
        assertEquals(List.of(), site.findingsIn(A));
        assertEquals(0, site.statusCounts(A).total());
        assertEquals(0, site.statusCounts(FIRST).total());
        assertEquals(1, site.statusCounts().total());
    }

    private static Map<Status, Integer> counted(List<Finding> list) {
        Map<Status, Integer> m = new LinkedHashMap<>();
        for (Status s : StatusVocabulary.defaults().statuses()) {
            m.put(s, 0);
        }
        for (Finding f : list) {
            m.merge(f.status(), 1, Integer::sum);
        }
        return m;
    }

    private static List<String> ids(List<Finding> list) {
        return list.stream().map(Finding::id).toList();
    }
}
