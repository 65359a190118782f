package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.SourceTree;

/** Each kind of bad input gives a positioned problem a clerk can act on, never an exception. */
class LoadProblemsTest {
    @TempDir Path dir;

    private LoadResult load(SourceTree tree) {
        return SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(tree.root());
    }

    private SourceTree tree() {
        return SourceTree.minimal(dir);
    }

    /** The only error of a load, checked for place and message. */
    private static Problem onlyError(LoadResult r, String file, int line, int column, String message) {
        assertEquals(1, r.errors().size(), () -> "errors: " + r.errors());
        Problem p = r.errors().get(0);
        assertEquals(Path.of(file), p.file(), p::toString);
        assertEquals(line, p.line(), p::toString);
        assertEquals(column, p.column(), p::toString);
        assertTrue(p.message().contains(message), () -> "message of " + p);
        assertTrue(r.site().isEmpty());
        return p;
    }

    @Test
    void validTreeLoads() {
        LoadResult r = load(tree().file("findings/01.md", SourceTree.finding(1)));
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.site().orElseThrow().findings().size());
    }

    @Test
    void frontMatterNotClosed() {
        Problem p = onlyError(load(tree().file("findings/01.md", "---\nnumber: 1\ntitle: x\n\n一是。")),
                "findings/01.md", 1, 1, "front matter is not closed");
        assertTrue(p.hint().contains("---"));
    }

    @Test
    void recordWithoutFrontMatter() {
        onlyError(load(tree().file("findings/01.md", "一是整改。\n")), "findings/01.md", 1, 1,
                "does not start with front matter");
    }

    @Test
    void notUtf8SaysWhenTheBytesAreGbk() {
        byte[] gbk = SourceTree.finding(1).getBytes(Charset.forName("GBK"));
        Problem p = onlyError(load(tree().bytes("findings/01.md", gbk)), "findings/01.md", 4, 8, "not UTF-8");
        assertTrue(p.hint().contains("GBK"), p::toString);
    }

    @Test
    void notUtf8NorGbk() {
        byte[] bytes = "---\nnumber: 1\ntitle: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        bytes = Arrays.copyOf(bytes, bytes.length + 2);
        bytes[bytes.length - 2] = (byte) 0x80;
        bytes[bytes.length - 1] = (byte) 0xff;
        Problem p = onlyError(load(tree().bytes("findings/01.md", bytes)), "findings/01.md", 3, 8, "not UTF-8");
        assertFalse(p.hint().contains("GBK"), p::toString);
    }

    @Test
    void bomAndCrlfAreAccepted() {
        String crlf = "\uFEFF" + SourceTree.finding(1).replace("\n", "\r\n");
        LoadResult r = load(tree().file("findings/01.md", crlf));
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.site().orElseThrow().findings().get(0).measures().size());
    }

    @Test
    void emptyFile() {
        onlyError(load(tree().file("findings/01.md", "")), "findings/01.md", 0, 0, "empty");
        onlyError(load(tree().file("findings/01.md", " \n\n")), "findings/01.md", 0, 0, "empty");
    }

    @Test
    void unknownKeySuggestsTheClosestOne() {
        String text = SourceTree.finding(1).replace("status: 完成", "status: 完成\nstauts: 完成");
        Problem p = onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 6, 1,
                "unknown key 'stauts'");
        assertEquals("did you mean 'status'?", p.hint());
    }

    @Test
    void unknownKeyFarFromAnyListsTheAllowedKeys() {
        String text = SourceTree.finding(1).replace("status: 完成", "status: 完成\ncolour: red");
        Problem p = onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 6, 1,
                "unknown key 'colour'");
        assertTrue(p.hint().startsWith("allowed keys: id, number, category"), p::toString);
    }

    @Test
    void wrongType() {
        String text = SourceTree.finding(1).replace("number: 1", "number: six");
        Problem p = onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 2, 9,
                "'number' must be a whole number, not 'six'");
        assertTrue(p.hint().contains("number: 6"));
    }

    @Test
    void listWhereTextIsExpected() {
        String text = SourceTree.finding(1).replace("title: 第1项问题", "title: [a, b]");
        onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 4, 8,
                "'title' must be a text, not a list");
    }

    @Test
    void dateThatDoesNotExist() {
        String text = SourceTree.finding(1).replace("status: 完成", "status: 完成\ndeadline: 2023-13-45");
        onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 6, 11,
                "'2023-13-45' is not a real date");
    }

    @Test
    void dateInAnotherForm() {
        String text = SourceTree.finding(1).replace("status: 完成", "status: 完成\ndeadline: 2023/12/26");
        Problem p = onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 6, 11,
                "must be a date written YYYY-MM-DD, not '2023/12/26'");
        assertTrue(p.hint().contains("2023-12-26"));
    }

    @Test
    void dateInHistory() {
        String text = SourceTree.finding(1).replace("status: 完成",
                "status: 完成\nhistory:\n  - {date: 2023-02-30, status: 完成}");
        onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 7, 12,
                "'2023-02-30' is not a real date");
    }

    @Test
    void missingRequiredField() {
        String text = SourceTree.finding(1).replace("title: 第1项问题\n", "");
        Problem p = onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 2, 1,
                "'title' is missing");
        assertTrue(p.hint().contains("title:"));
    }

    @Test
    void emptyRequiredField() {
        String text = SourceTree.finding(1).replace("title: 第1项问题", "title: \"  \"");
        onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 4, 8, "'title' is empty");
    }

    @Test
    void duplicateIdNamesBothFiles() {
        String one = SourceTree.finding(1).replace("---\nnumber", "---\nid: same\nnumber");
        String two = SourceTree.finding(2).replace("---\nnumber", "---\nid: same\nnumber");
        Problem p = onlyError(load(tree().file("findings/01.md", one).file("findings/sub/02.md", two)),
                "findings/sub/02.md", 2, 5, "the finding id 'same' is already used by findings/01.md");
        assertFalse(p.hint().isEmpty());
    }

    @Test
    void duplicateIdFromFileNamesInSubFolders() {
        onlyError(load(tree().file("findings/a/01.md", SourceTree.finding(1))
                        .file("findings/b/01.md", SourceTree.finding(2))),
                "findings/b/01.md", 0, 0, "the finding id '01' is already used by findings/a/01.md");
    }

    @Test
    void duplicateNumberWithinAnInspection() {
        onlyError(load(tree().file("findings/01.md", SourceTree.finding(6))
                        .file("findings/02.md", SourceTree.finding(6))),
                "findings/02.md", 2, 9, "number 6 is already used by findings/01.md in inspection 2023-special");
    }

    @Test
    void sameNumberInTwoInspectionsIsFine() {
        String site = SourceTree.SITE_YAML + "  - {id: 2024-routine, title: 常规巡察}\n";
        String cat2 = "---\nid: other\norder: 2\ntitle: 其他\ninspection: 2024-routine\n---\n";
        String cat1 = SourceTree.CATEGORY.replace("order: 1", "order: 1\ninspection: 2023-special");
        LoadResult r = load(tree().file("site.yaml", site).file("categories/01-funds.md", cat1)
                .file("categories/02-other.md", cat2)
                .file("findings/01.md", SourceTree.finding(1))
                .file("findings/02.md", SourceTree.finding(1).replace("category: funds", "category: other")));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void unknownCategoryListsTheKnownOnes() {
        String text = SourceTree.finding(1).replace("category: funds", "category: fund");
        Problem p = onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 3, 11,
                "unknown category 'fund'");
        assertEquals("did you mean 'funds'? known categories: funds", p.hint());
    }

    @Test
    void unknownInspectionListsTheKnownOnes() {
        String cat = SourceTree.CATEGORY.replace("order: 1", "order: 1\ninspection: 2023");
        Problem p = onlyError(load(tree().file("categories/01-funds.md", cat)), "categories/01-funds.md", 4, 13,
                "unknown inspection '2023'");
        assertTrue(p.hint().contains("known inspections: 2023-special"), p::toString);
    }

    @Test
    void unknownStatusListsTheVocabulary() {
        String text = SourceTree.finding(1).replace("status: 完成", "status: 完毕");
        Problem p = onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 5, 9,
                "unknown status '完毕'");
        assertEquals("did you mean '完成'? known statuses: 完成, 基本完成, 阶段性完成, 未完成, 长期整改", p.hint());
    }

    @Test
    void statusMayBeCodeLabelOrAlias() {
        LoadResult r = load(tree()
                .file("findings/01.md", SourceTree.finding(1).replace("status: 完成", "status: phased"))
                .file("findings/02.md", SourceTree.finding(2).replace("status: 完成", "status: 已完成"))
                .file("findings/03.md", SourceTree.finding(3).replace("status: 完成", "status: 基本完成")));
        var findings = r.site().orElseThrow().findings();
        assertEquals(List.of("phased", "completed", "basically-completed"),
                findings.stream().map(f -> f.status().code()).toList());
    }

    @Test
    void historyDisagreeingWithStatus() {
        String text = SourceTree.finding(1).replace("status: 完成",
                "status: 完成\nhistory:\n  - {date: 2023-12-26, status: 阶段性完成}");
        Problem p = onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 7, 32,
                "the last history entry says '阶段性完成' but the status is '完成'");
        assertFalse(p.hint().isEmpty());
    }

    @Test
    void historyOutOfOrder() {
        String text = SourceTree.finding(1).replace("status: 完成", """
                status: 完成
                history:
                  - {date: 2024-01-01, status: 阶段性完成}
                  - {date: 2023-12-26, status: 完成}""");
        onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 8, 12,
                "history dates must go from oldest to newest");
    }

    @Test
    void invalidId() {
        String text = SourceTree.finding(1).replace("---\nnumber", "---\nid: Leased_Assets\nnumber");
        Problem p = onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 2, 5,
                "the id 'Leased_Assets' is not valid");
        assertEquals("e.g. id: leased-assets", p.hint());
    }

    @Test
    void fileNameThatIsNoId() {
        onlyError(load(tree().file("findings/问题6.md", SourceTree.finding(1))), "findings/问题6.md", 1, 1,
                "does not make a valid id");
    }

    @Test
    @Timeout(5)
    void yamlAliasBombIsRefused() {
        String bomb = """
                ---
                number: 1
                a: &a [x, x, x, x, x, x, x, x, x]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                ---
                """;
        Problem p = onlyError(load(tree().file("findings/01.md", bomb)), "findings/01.md", 4, 8, "aliases");
        assertTrue(p.hint().contains("not allowed"));
    }

    @Test
    @Timeout(5)
    void deepNestingIsRefused() {
        String deep = "---\nnumber: 1\ntitle: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n";
        onlyError(load(tree().file("findings/01.md", deep)), "findings/01.md", 3, 28, "nested more than 20 levels");
    }

    @Test
    @Timeout(5)
    void deepIndentationIsRefused() {
        StringBuilder sb = new StringBuilder("---\nnumber: 1\nx:\n");
        for (int i = 1; i < 300; i++) {
            sb.append(" ".repeat(i)).append("k:\n");
        }
        sb.append("---\n");
        onlyError(load(tree().file("findings/01.md", sb.toString())), "findings/01.md", 204, 1,
                "indented or nested too deeply");
    }

    @Test
    void recordLargerThanOneMebibyte() {
        String big = SourceTree.finding(1) + "一".repeat(400_000);
        onlyError(load(tree().file("findings/01.md", big)), "findings/01.md", 0, 0, "at most 1 MiB");
    }

    @Test
    void categoryWithoutFindingsIsOnlyAWarning() {
        LoadResult r = load(tree().file("categories/02-empty.md", "---\nid: empty\norder: 2\ntitle: 空\n---\n")
                .file("findings/01.md", SourceTree.finding(1)));
        assertTrue(r.site().isPresent());
        assertEquals(1, r.warnings().size());
        assertEquals("categories/02-empty.md:1:1: warning: the category 'empty' has no findings"
                + " (add findings with category: empty, or delete the category)", r.warnings().get(0).toString());
    }

    @Test
    void allProblemsOfALoadAreReportedTogetherInFileOrder() {
        LoadResult r = load(tree()
                .file("findings/03.md", SourceTree.finding(3).replace("status: 完成", "stauts: 完成"))
                .file("findings/01.md", SourceTree.finding(1).replace("number: 1", "number: one"))
                .file("findings/02.md", SourceTree.finding(2).replace("category: funds", "category: nope")));
        assertEquals(List.of("findings/01.md", "findings/02.md", "findings/03.md"),
                r.errors().stream().map(p -> p.file().toString()).toList());
    }

    @Test
    void missingSourceFolderIsAProblem() {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir.resolve("nope"));
        assertTrue(r.errors().get(0).message().contains("does not exist"));
        assertTrue(r.errors().get(0).message().contains(dir.resolve("nope").toString()));
    }

    @Test
    void missingSiteYaml() {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(
                SourceTree.minimal(dir).file("site.yaml", "title: x\ninspections: [{id: a, title: b}]\n").root()
                        .resolve("categories"));
        assertEquals("site.yaml is missing", r.errors().get(0).message());
    }

    @Test
    void invalidYamlGivesItsPlace() {
        String text = SourceTree.finding(1).replace("title: 第1项问题", "title: \"unclosed");
        Problem p = load(tree().file("findings/01.md", text)).errors().get(0);
        assertEquals(Path.of("findings/01.md"), p.file());
        assertEquals(4, p.line(), p::toString);
        assertEquals(8, p.column(), p::toString);
        assertEquals("the quote \" here is never closed", p.message());
    }

    @Test
    void duplicateKey() {
        String text = SourceTree.finding(1).replace("status: 完成", "status: 完成\ntitle: again");
        onlyError(load(tree().file("findings/01.md", text)), "findings/01.md", 6, 1,
                "the key 'title' appears twice");
    }
}
