package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Inspection;
import org.sitegen.model.InspectionWords;
import org.sitegen.model.Problem;
import org.sitegen.model.Site;
import org.sitegen.testing.SourceTree;

/**
 * Issue 13: an inspection declared in a file of its own, {@code inspections/<id>.md}, so that
 * adding one changes no existing file. Its fields, checks and positioned problems are those of an
 * item of site.yaml's {@code inspections:}; "first declared" is site.yaml's, then the files' by
 * start date and id.
 */
class InspectionFilesTest {
    static final String AUDIT = """
            ---
            title: 区审计局经济责任审计
            inspector: 区审计局
            kind: 经济责任审计
            start: 2024-11-04
            end: 2024-12-20
            outcomes: {accountable: 3}
            ---
            这次审计的说明，不发布。
            """;

    @TempDir Path dir;

    private LoadResult load(SourceTree tree) {
        return SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(tree.root());
    }

    private SourceTree withFinding() {
        return SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1));
    }

    private static List<String> ids(Site site) {
        return site.inspections().stream().map(Inspection::id).toList();
    }

    private static Problem single(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void aFileDeclaresAnInspectionWhoseIdIsTheFileName() {
        LoadResult r = load(withFinding()
                .file("inspections/2024-audit.md", AUDIT)
                .file("categories/a1.md", "---\norder: 1\ntitle: 预算管理方面\ninspection: 2024-audit\n---\n")
                .file("findings/a/01.md", SourceTree.finding(1).replace("category: funds", "id: a-01\ncategory: a1")));
        assertEquals(List.of(), r.problems());
        Site site = r.site().orElseThrow();
        assertEquals(List.of("2023-special", "2024-audit"), ids(site));
        Inspection audit = site.inspection("2024-audit").orElseThrow();
        assertEquals("区审计局经济责任审计", audit.title());
        assertEquals("区审计局", audit.inspector());
        assertEquals("2024-12-20", audit.end().toString());
        assertEquals(InspectionWords.Base.AUDIT, audit.words().base(), "its words follow its kind");
        assertEquals(3, audit.outcomes().get("accountable"));
        assertEquals(1, site.findingsOf(audit).size(), "numbers are the inspection's own");
        assertEquals(1, site.findingsOf(site.inspections().get(0)).size());
        assertEquals("2023-special", site.category("funds").orElseThrow().inspection().id(),
                "a record naming no inspection stays with the first");
    }

    @Test
    void anIdOfItsOwnIsUsedInsteadOfTheFileName() {
        Site site = load(withFinding().file("inspections/audit.md", AUDIT.replace("---\ntitle", "---\nid: 2024-audit\ntitle")))
                .site().orElseThrow();
        assertEquals(List.of("2023-special", "2024-audit"), ids(site));
    }

    @Test
    void firstDeclaredIsSiteYamlsOrderThenTheFilesByStartThenId() {
        Site site = load(withFinding()
                .file("site.yaml", SourceTree.SITE_YAML + "  - {id: later-in-yaml, title: 乙, start: 2026-01-01}\n")
                .file("inspections/b.md", "---\ntitle: B\nstart: 2025-01-01\n---\n")
                .file("inspections/a.md", "---\ntitle: A\nstart: 2025-06-01\n---\n")
                .file("inspections/d.md", "---\ntitle: D\nstart: 2024-01-01\n---\n")
                .file("inspections/c.md", "---\ntitle: C\nstart: 2024-01-01\n---\n")
                .file("inspections/e.md", "---\ntitle: E\n---\n")).site().orElseThrow();
        assertEquals(List.of("2023-special", "later-in-yaml", "c", "d", "b", "a", "e"), ids(site),
                "a file without a start comes last");
    }

    @Test
    void withoutInspectionsInSiteYamlTheEarliestFileIsTheFirst() {
        LoadResult r = load(withFinding()
                .file("site.yaml", "title: 测试公示\nissuer: 测试单位\n")
                .file("inspections/2024-regular.md", "---\ntitle: 区委巡察\nstart: 2024-09-02\n---\n")
                .file("inspections/2023-special.md", "---\ntitle: 省委巡视\nstart: 2023-03-11\n---\n"));
        assertEquals(List.of(), r.problems());
        Site site = r.site().orElseThrow();
        assertEquals(List.of("2023-special", "2024-regular"), ids(site));
        assertEquals("2023-special", site.findings().get(0).inspection().id());
    }

    @Test
    void noInspectionAnywhereIsAnErrorWhoseHintNamesBothPlaces() {
        Problem p = single(load(withFinding().file("site.yaml", "title: x\n")).errors());
        assertEquals("site.yaml defines no inspection", p.message());
        assertTrue(p.hint().contains("inspections/2023-special.md"), p::toString);
    }

    @Test
    void aMissingTitleIsReportedAtTheFile() {
        Problem p = single(load(withFinding().file("inspections/2024-audit.md", "---\nkind: 经济责任审计\n---\n")).errors());
        assertEquals("inspections/2024-audit.md:2:1: 'title' is missing in the front matter",
                p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message());
    }

    @Test
    void aMisspeltKeyIsReportedWithTheKeyItMeans() {
        Problem p = single(load(withFinding().file("inspections/2024-audit.md", "---\ntitle: 审计\nknid: 审计\n---\n"))
                .errors());
        assertEquals("inspections/2024-audit.md:3:1", p.file() + ":" + p.line() + ":" + p.column());
        assertEquals("did you mean 'kind'?", p.hint());
    }

    @Test
    void aBadDateAndAnEndBeforeTheStartAreReportedWhereWritten() {
        List<Problem> errors = load(withFinding().file("inspections/x.md",
                "---\ntitle: 审计\nstart: 2024-11-04\nend: 2024-10-01\nfeedback: 2024-13-01\n---\n")).errors();
        assertEquals(List.of("inspections/x.md:4:6: the inspection ends (2024-10-01) before it starts (2024-11-04)",
                        "inspections/x.md:5:11: '2024-13-01' is not a real date"),
                errors.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message()).toList());
    }

    @Test
    void aBadIdIsReportedAtTheIdOrAtTheFileName() {
        Problem written = single(load(withFinding().file("inspections/x.md", "---\nid: Audit_2024\ntitle: 审计\n---\n"))
                .errors());
        assertEquals("inspections/x.md:2:5: the id 'Audit_2024' is not valid: ids use lowercase letters a-z, digits and '-'",
                written.file() + ":" + written.line() + ":" + written.column() + ": " + written.message());
        Problem named = single(load(SourceTree.minimal(dir.resolve("b")).file("findings/01.md", SourceTree.finding(1))
                .file("inspections/Audit 2024.md", "---\ntitle: 审计\n---\n")).errors());
        assertEquals(Path.of("inspections/Audit 2024.md"), named.file());
        assertEquals(1, named.line());
        assertTrue(named.message().contains("'Audit 2024.md' cannot be an inspection's id"), named::toString);
        assertEquals("rename the file, e.g. 2024-audit.md, or add a line id: 2024-audit to its front matter", named.hint());
    }

    @Test
    void anIdDeclaredInSiteYamlAndInAFileIsReportedAtTheFileNamingSiteYaml() {
        Problem p = single(load(withFinding().file("inspections/2023-special.md", "---\ntitle: 又一次\n---\n")).errors());
        assertEquals("inspections/2023-special.md:1:1: the inspection id '2023-special' is declared already in site.yaml:4",
                p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message());
    }

    @Test
    void anIdDeclaredInTwoFilesIsReportedAtTheSecondNamingTheFirst() {
        LoadResult r = load(withFinding()
                .file("inspections/a.md", "---\nid: audit\ntitle: 审计\n---\n")
                .file("inspections/b.md", "---\ntitle: 审计\nid: audit\n---\n"));
        Problem p = single(r.errors());
        assertEquals("inspections/b.md:3:5: the inspection id 'audit' is declared already in inspections/a.md:2",
                p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message());
    }

    @Test
    void theProblemsAreInChineseByDefault() {
        LoadResult r = SiteGenerator.builder().build().load(withFinding()
                .file("inspections/2023-special.md", "---\ntitle: 又一次\n---\n").root());
        assertEquals("巡视的 id“2023-special”已经在 site.yaml:4 中声明过了", single(r.errors()).message());
    }

    @Test
    void anInspectionsFiguresBelowItsFindingsAreAWarningAtTheFile() {
        LoadResult r = load(withFinding()
                .file("inspections/2024-audit.md", AUDIT)
                .file("categories/a1.md", "---\norder: 1\ntitle: 预算管理方面\ninspection: 2024-audit\n---\n")
                .file("findings/a/01.md", SourceTree.finding(1).replace("category: funds", "id: a-01\ncategory: a1")
                        .replace("status: 完成", "status: 完成\noutcomes: {accountable: 5}")));
        Problem w = single(r.warnings());
        assertEquals(Path.of("inspections/2024-audit.md"), w.file());
        assertEquals(7, w.line());
    }

    @Test
    void aStrayFileAndASubFolderInInspectionsAreWarnings() {
        LoadResult r = load(withFinding().file("inspections/notes.txt", "x").file("inspections/old/a.md", "x")
                .file("inspections/.draft.md", "x"));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(Path.of("inspections/notes.txt"), Path.of("inspections/old")),
                r.warnings().stream().map(Problem::file).sorted().toList());
    }

    @Test
    void aCitizensNumberInAnInspectionFileIsAnError() {
        Problem p = single(load(withFinding().file("inspections/x.md", "---\ntitle: 审计\ninspector: 联系人13907301234\n---\n"))
                .errors());
        assertEquals(Path.of("inspections/x.md"), p.file());
        assertEquals(3, p.line());
    }
}
