package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Inspection;
import org.sitegen.model.InspectionWords.Base;
import org.sitegen.model.Outcomes;
import org.sitegen.model.Problem;
import org.sitegen.model.Site;
import org.sitegen.testing.SourceTree;

/**
 * Issue 13 in site.yaml and the records: an inspection's words follow its kind or its {@code
 * words:}; an audit's records may write its status words; outcomes per inspection and per finding,
 * each wrong figure reported where it is written.
 */
class WordsAndOutcomesTest {
    static final String AUDIT = """
              - {id: 2024-audit, title: 区审计局经济责任审计, inspector: 区审计局, kind: 经济责任审计}
            """;
    static final String AUDIT_CATEGORY = "---\nid: budget\norder: 1\ntitle: 预算管理方面\ninspection: 2024-audit\n---\n";

    @TempDir Path dir;

    private LoadResult load(SourceTree tree) {
        return SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(tree.root());
    }

    private SourceTree tree(String moreInspections) {
        return SourceTree.minimal(dir).file("site.yaml", SourceTree.SITE_YAML + moreInspections)
                .file("findings/01.md", SourceTree.finding(1));
    }

    @Test
    void theWordsFollowTheKindUnlessSiteYamlSaysOtherwise() {
        Site site = load(tree(AUDIT + """
                  - {id: 2024-regular, title: 区委第一巡察组常规巡察, kind: 常规巡察}
                  - {id: 2025-x, title: 回头看, words: 巡察}
                  - id: 2025-y
                    title: 另一次审计
                    words: {base: 审计, inspector: 审计组, statuses: {completed: 整改到位}}
                """)).site().orElseThrow();
        List<Base> bases = site.inspections().stream().map(i -> i.words().base()).toList();
        assertEquals(List.of(Base.INSPECTION, Base.AUDIT, Base.CIRCUIT_INSPECTION, Base.CIRCUIT_INSPECTION, Base.AUDIT),
                bases);
        Inspection y = site.inspection("2025-y").orElseThrow();
        assertEquals(Map.of("inspector", "审计组"), y.words().words());
        assertEquals("整改到位", y.words().statusLabel(site.statuses().find("completed").orElseThrow(), site.statuses())
                .orElseThrow());
    }

    @Test
    void anAuditsRecordsMayWriteItsStatusWordsOthersMayNot() {
        LoadResult ok = load(tree(AUDIT).file("categories/02-budget.md", AUDIT_CATEGORY)
                .file("findings/a1.md", "---\nnumber: 1\ncategory: budget\ntitle: 预算执行率偏低\nstatus: 部分整改\n"
                        + "history: [{date: 2025-06-30, status: 部分整改}]\n---\n"));
        assertEquals(List.of(), ok.errors());
        assertEquals("phased", ok.site().orElseThrow().finding("a1").orElseThrow().status().code());
        LoadResult wrong = load(SourceTree.minimal(dir.resolve("other")).file("site.yaml", SourceTree.SITE_YAML)
                .file("findings/01.md", SourceTree.finding(1).replace("status: 完成", "status: 部分整改")));
        assertEquals(1, wrong.errors().size(), wrong.errors()::toString);
        assertTrue(wrong.errors().get(0).message().contains("'部分整改'"), wrong.errors()::toString);
    }

    @Test
    void wrongWordsAreReportedWhereTheyAreWritten() {
        LoadResult r = load(tree("""
                  - id: 2025-y
                    title: 另一次
                    words: {base: 审核, kind: 类型, statuses: {complete: 好了, phased: 完成}}
                """));
        List<String> errors = r.errors().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
        assertEquals(List.of(
                "8:19 'words' must be 巡视, 巡察 or 审计, not '审核'",
                "8:44 'complete' under statuses of words is not a status code",
                "8:66 '完成' names the status completed already, so it cannot name phased too"), errors);
        assertTrue(r.errors().get(1).hint().contains("did you mean"), r.errors().get(1).hint());
    }

    @Test
    void outcomesAreReadPerInspectionAndPerFindingAndAddedUp() {
        Site site = load(tree("").file("site.yaml", SourceTree.SITE_YAML.replace("feedback: 2023-07-20}",
                        "feedback: 2023-07-20,\n     outcomes: {accountable: 12, collected: 356.70}}"))
                .file("findings/01.md", SourceTree.finding(1).replace("status: 完成",
                        "status: 完成\noutcomes: {accountable: 2, disciplined: 1, refunded: 3.25, rules: 2}"))
                .file("findings/02.md", SourceTree.finding(2).replace("status: 完成",
                        "status: 完成\noutcomes:\n  refunded: 1.5\n  rules: 1"))).site().orElseThrow();
        Inspection i = site.inspections().get(0);
        assertEquals(new Outcomes(12, null, new BigDecimal("356.70"), null, null, null), i.outcomes());
        assertEquals(new Outcomes(12, 1, new BigDecimal("356.70"), new BigDecimal("4.75"), null, 3), site.outcomes(i),
                "the inspection's figure where it gives one, else its findings' sum");
        assertEquals(new BigDecimal("3.25"), site.finding("01").orElseThrow().outcomes().refunded());
    }

    @Test
    void wrongFiguresAreErrorsAtTheirPlace() {
        LoadResult r = load(tree("").file("findings/01.md", SourceTree.finding(1).replace("status: 完成",
                "status: 完成\noutcomes: {accountable: -1, disciplined: 1.5, collected: 12万元, rules: many, refund: 1}")));
        List<String> errors = r.errors().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
        assertEquals(List.of(
                "6:25 'accountable' must not be negative; it is -1",
                "6:42 'disciplined' counts persons or items and must be a whole number, not '1.5'",
                "6:58 'collected' is an amount in 万元 and must be a number (decimals allowed), not '12万元'",
                "6:71 'rules' counts persons or items and must be a whole number, not 'many'",
                "6:77 unknown key 'refund' in 'outcomes'"), errors);
        assertTrue(r.errors().get(4).hint().contains("'refunded'"), r.errors().get(4).hint());
    }

    @Test
    void anInspectionsFigureBelowItsFindingsSumIsAWarningAtTheFigure() {
        LoadResult r = load(tree("").file("site.yaml", SourceTree.SITE_YAML.replace("feedback: 2023-07-20}",
                        "feedback: 2023-07-20,\n     outcomes: {rules: 1}}"))
                .file("findings/01.md", SourceTree.finding(1).replace("status: 完成", "status: 完成\noutcomes: {rules: 2}")));
        assertEquals(List.of(), r.errors());
        Problem w = r.warnings().stream().filter(p -> p.message().contains("rules")).findFirst().orElseThrow();
        assertEquals(Path.of("site.yaml"), w.file());
        assertEquals(6, w.line());
        assertEquals("inspection 2023-special declares rules: 1, less than the 2 its findings' records add up to",
                w.message());
    }
}
