package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.SourceTree;

/**
 * The record formats issue 17 adds for what notices write: a notice's declared {@code totals:},
 * compared with the records once they load, and deadlines that are a month or 长期坚持.
 */
class NoticeTotalsAndDeadlinesTest {
    @TempDir
    Path dir;

    private static String notice(String totals) {
        return """
                ---
                title: 关于巡视整改进展情况的通报
                date: 2023-12-26
                totals:
                %s---
                正文。
                """.formatted(totals);
    }

    private static String finding(int number, String status, String history) {
        return SourceTree.finding(number).replace("status: 完成", "status: " + status + "\n" + history);
    }

    private LoadResult load(String totals) {
        return SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .file("findings/01.md", finding(1, "完成", ""))
                .file("findings/02.md", finding(2, "完成", "history:\n  - {date: 2023-12-26, status: 阶段性完成}\n"
                        + "  - {date: 2024-03-01, status: 完成}"))
                .file("findings/03.md", finding(3, "完成", "history:\n  - {date: 2024-03-01, status: 完成}"))
                .file("notices/2023-12-26.md", notice(totals)).root());
    }

    @Test
    void totalsThatAgreeWithTheRecordsOnTheNoticesDateGiveNoWarning() {
        // on 2023-12-26: 01 完成 (no history), 02 阶段性完成, 03 not yet recorded
        LoadResult r = load("  categories: 1\n  findings: 2\n  closed: 1\n  open: 1\n  phased: 1\n  rate: 50\n");
        assertEquals(List.of(), r.problems());
    }

    @Test
    void eachFigureThatDisagreesIsAWarningAtItsLine() {
        LoadResult r = load("  findings: 3\n  closed: 1\n  rate: 75\n");
        assertTrue(r.site().isPresent());
        List<String> warnings = r.warnings().stream().map(Problem::toString).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("notices/2023-12-26.md:5:13: warning: the notice declares findings: 3,"
                + " but the records of inspection 2023-special give 2 on 2023-12-26"), warnings.toString());
        assertTrue(warnings.get(1).contains("rate: 75") && warnings.get(1).contains("give 50"), warnings.toString());
    }

    @Test
    void aKeyThatIsNoTotalNorStatusCodeIsAnError() {
        LoadResult r = load("  finished: 2\n");
        Problem p = r.errors().get(0);
        assertEquals(Path.of("notices", "2023-12-26.md"), p.file());
        assertTrue(p.message().contains("'finished'"), p.message());
        assertTrue(p.hint().contains("basically-completed"), p.hint());
    }

    @Test
    void aDeadlineMayBeAMonthOrLongTerm() {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .file("findings/01.md", finding(1, "完成", "deadline: 2024-02"))
                .file("findings/02.md", finding(2, "长期整改", "deadline: 长期坚持"))
                .file("findings/03.md", finding(3, "完成", "deadline: long-term")).root());
        assertEquals(List.of(), r.problems());
        var findings = r.site().orElseThrow().findings();
        assertEquals(LocalDate.of(2024, 2, 29), findings.get(0).deadline(), "a month is due on its last day");
        assertNull(findings.get(1).deadline());
        assertNull(findings.get(2).deadline());
    }

    @Test
    void aMonthThatIsNoMonthIsAnError() {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .file("findings/01.md", finding(1, "完成", "deadline: 2024-13")).root());
        assertEquals("'2024-13' is not a real date", r.errors().get(0).message());
    }
}
