package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.importer.ImportResult;
import org.sitegen.importer.NoticeImporter;
import org.sitegen.testing.SourceTree;

/**
 * What misled a new user, trying broken and imported records (issue 15, "Messages a clerk can act
 * on"): each problem is now one message, at the place to fix, in Chinese only. Each test pins the
 * whole text and its position.
 */
class ClerkMessagesTest {
    @TempDir Path dir;

    private LoadResult load(SourceTree tree) {
        return SiteGenerator.builder().build().load(tree.root());
    }

    private LoadResult finding(String text) {
        return load(SourceTree.minimal(dir).file("findings/01.md", text));
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    /** A notice with two problems whose status is no word of the vocabulary, the second in group c03. */
    private static final String NOTICE = """
            中共测试区工作委员会
            关于巡视整改进展情况的通报
            根据省委统一部署，2023年3月11日至5月10日，省委第七巡视组对测试区进行了专项巡视。2023年7月20日，省委巡视组向测试区党工委反馈了巡视意见。
            一、集中整改期内已完成或阶段性完成的整改事项
            （一）反馈问题：资金安全风险较高。
            1.问题：存在化债压力。
            整改结果：已完成
            整改情况：一是安排收入。二是还本付息。
            （二）反馈问题：发展不足。
            2.问题：开放度低。
            整改结果：正在整改
            整改情况：推进开放。
            （三）反馈问题：监管不力。
            3.问题：履约监管有短板。
            整改结果：差不多完成
            整改情况：一是清理项目。
            联系电话：0730-1234567。
            中共测试区工作委员会
            2023年12月26日
            """;

    private Path imported() throws IOException {
        Path notice = Files.writeString(dir.resolve("通报.txt"), NOTICE);
        Path source = dir.resolve("site");
        ImportResult result = NoticeImporter.builder().build().importNotice(notice, source);
        assertTrue(result.imported(), result.problems()::toString);
        assertEquals(2, result.errors().size(), result.problems()::toString);
        return source;
    }

    @Test
    void anImportedUnknownStatusIsOneProblemNotOneForStatusAndOneForHistory() throws IOException {
        LoadResult r = SiteGenerator.builder().build().load(imported());
        assertEquals(List.of(
                "findings/02.md:5:9: 整改结果“正在整改”不在可用的列表中，第 7 行的整改历史也写的是它"
                        + "（可用的整改结果：完成、基本完成、阶段性完成、未完成、长期整改）",
                "findings/03.md:5:9: 整改结果“差不多完成”不在可用的列表中，第 7 行的整改历史也写的是它"
                        + "（是不是想写“基本完成”？可用的整改结果：完成、基本完成、阶段性完成、未完成、长期整改）"),
                lines(r.problems()));
    }

    @Test
    void aCategoryWhoseFindingWasRejectedIsNotSaidToBeEmpty() throws IOException {
        LoadResult r = SiteGenerator.builder().build().load(imported());
        assertEquals(List.of(), r.warnings(), "c03 is named by findings/03.md, rejected for its status");
        assertTrue(Files.readString(dir.resolve("site/findings/03.md")).contains("category: c03"));
    }

    @Test
    void anUnknownStatusInTheHistoryOnlyIsReportedThere() {
        LoadResult r = finding(SourceTree.finding(1).replace("status: 完成",
                "status: 完成\nhistory:\n  - {date: 2023-06-30, status: 大体完成}\n  - {date: 2023-12-26, status: 完成}"));
        assertEquals(List.of("findings/01.md:7:32: 整改结果“大体完成”不在可用的列表中"
                + "（是不是想写“基本完成”？可用的整改结果：完成、基本完成、阶段性完成、未完成、长期整改）"), lines(r.problems()));
    }

    @Test
    void twoDifferentUnknownStatusesAreTwoProblems() {
        LoadResult r = finding(SourceTree.finding(1).replace("status: 完成",
                "status: 已办结\nhistory:\n  - {date: 2023-12-26, status: 推进中}"));
        assertEquals(List.of(
                "findings/01.md:5:9: 整改结果“已办结”不在可用的列表中（可用的整改结果：完成、基本完成、阶段性完成、未完成、长期整改）",
                "findings/01.md:7:32: 整改结果“推进中”不在可用的列表中（可用的整改结果：完成、基本完成、阶段性完成、未完成、长期整改）"),
                lines(r.problems()));
    }

    @Test
    void anUnknownStatusSaysTheSameInEnglish() throws IOException {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(imported());
        assertEquals("findings/03.md:5:9: unknown status '差不多完成' (the history on line 7 has it too)"
                + " (did you mean '基本完成'? known statuses: 完成, 基本完成, 阶段性完成, 未完成, 长期整改)",
                r.problems().get(1).toString());
    }

    @Test
    void aMisspeltKeyIsNotAlsoReportedAsAMissingOne() {
        LoadResult r = finding(SourceTree.finding(1).replace("status: 完成", "stauts: 完成"));
        assertEquals(List.of("findings/01.md:5:1: 文件开头 --- 之间的前置信息中有无法识别的字段 stauts（是不是想写 status？）"),
                lines(r.problems()));
    }

    @Test
    void aMisspeltKeyOfAHistoryEntryIsNotAlsoReportedAsAMissingOne() {
        LoadResult r = finding(SourceTree.finding(1).replace("status: 完成",
                "status: 完成\nhistory:\n  - {date: 2023-12-26, stauts: 完成}"));
        assertEquals(List.of("findings/01.md:7:24: 这条整改历史中有无法识别的字段 stauts（是不是想写 status？）"),
                lines(r.problems()));
    }

    @Test
    void aKeyFarFromAnyStillLeavesTheMissingOneReported() {
        LoadResult r = finding(SourceTree.finding(1).replace("status: 完成", "progress: 完成"));
        assertEquals(List.of("findings/01.md:2:1: 文件开头 --- 之间的前置信息中缺少 status（请加一行 status: …）",
                "findings/01.md:5:1: 文件开头 --- 之间的前置信息中有无法识别的字段 progress"
                        + "（可以使用的字段有：id、number、category、title、status、units、deadline、documents、history、public、reviewed）"),
                lines(r.problems()));
    }

    @Test
    void aLargeBinaryFileIsToldItIsNotText() {
        byte[] binary = new byte[2 * 1024 * 1024];
        new Random(7).nextBytes(binary);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, binary, 0, 9);
        binary[9] = (byte) 0xe2;
        binary[10] = (byte) 0x28;
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1))
                .bytes("findings/02.md", binary));
        assertEquals(List.of("findings/02.md:2:1: 这个文件不是 UTF-8 编码的文本（请把文件另存为 UTF-8 编码）"),
                lines(r.problems()), "as a small one is, not told to split itself");
    }

    @Test
    void aLargeTextFileIsStillToldToSplit() {
        LoadResult r = finding(SourceTree.finding(1) + "一".repeat(700_000));
        assertEquals(List.of("findings/01.md: 这个文件有 2050 KiB，一份记录最大只能是 1 MiB"
                + "（请把它拆成几份记录，或把篇幅很长的内容移到别处）"), lines(r.problems()));
    }

    @Test
    @Timeout(5)
    void thousandsOfNestedListsAreReportedOnTheirLine() {
        String deep = SourceTree.finding(1).replace("status: 完成", "status: 完成\nunits:\n  " + "- ".repeat(5000) + "x");
        assertEquals(List.of("findings/01.md:7:43: 文件开头 --- 之间的前置信息的一行中嵌套了超过 20 层列表“- ”"
                + "（记录最多只需要三层）"), lines(finding(deep).problems()));
        String keys = SourceTree.finding(1).replace("status: 完成", "status: 完成\nunits:\n  " + "? ".repeat(5000) + "x");
        assertEquals(7, finding(keys).errors().get(0).line());
    }

    @Test
    void aDashWhereNoListCanStartIsSaidInChinese() {
        LoadResult r = finding(SourceTree.finding(1).replace("title: 第1项问题", "title: - 第1项问题"));
        assertEquals(List.of("findings/01.md:4:8: “- ”不能出现在这个位置（列表的每一项要写在“字段名:”的下一行，以“- ”开头，"
                + "并比字段名多缩进两格；如果“- ”是值的一部分，请给整个值加上英文双引号）"), lines(r.problems()));
    }

    @Test
    void aListItemIndentedUnlikeTheOthersIsShownAtItsDash() {
        LoadResult r = finding(SourceTree.finding(1).replace("status: 完成",
                "status: 完成\nunits:\n  - 区财政局\n - 区信访局"));
        assertEquals(List.of("findings/01.md:8:2: “- ”不能出现在这个位置（列表的每一项要写在“字段名:”的下一行，以“- ”开头，"
                + "并比字段名多缩进两格；如果“- ”是值的一部分，请给整个值加上英文双引号）"), lines(r.problems()));
    }

    @Test
    void anUnclosedBracketIsShownAtTheBracket() {
        LoadResult r = finding(SourceTree.finding(1).replace("status: 完成", "status: 完成\nunits: [区财政局, 区信访局"));
        assertEquals(List.of("findings/01.md:6:8: 这里的“[”没有对应的“]”（请在这一行的末尾补上“]”，各项之间用英文逗号分隔）"),
                lines(r.problems()));
    }

    @Test
    void aLineWithoutAColonIsSaidSo() {
        LoadResult r = finding(SourceTree.finding(1).replace("status: 完成", "status 完成\nunits: [a]"));
        assertEquals(List.of("findings/01.md:5:1: 这一行不是“字段名: 值”的形式，缺少英文冒号加空格“: ”"
                + "（例如 status: 完成；如果这一行是上一行的值的延续，请把它并到上一行）"), lines(r.problems()));
    }

    @Test
    void anIndentedKeyIsAnIndentationProblemNotAColonInAValue() {
        LoadResult r = finding(SourceTree.finding(1).replace("status: 完成", "  status: 完成"));
        assertEquals(List.of("findings/01.md:5:3: 这一行的缩进与上文对不上（同一层的字段要从同一列开始，前面不要多加空格）"),
                lines(r.problems()));
    }

    @Test
    void aBackslashInDoubleQuotesIsExplained() {
        LoadResult r = finding(SourceTree.finding(1).replace("title: 第1项问题", "title: \"第1项\\q问题\""));
        assertEquals(List.of("findings/01.md:4:13: 双引号中的“\\q”不是可用的写法：反斜杠 \\ 在双引号中有特殊含义"
                + "（要写反斜杠本身，请写两个反斜杠 \\\\，或改用单引号把整个值括起来）"), lines(r.problems()));
    }

    @Test
    void aValueStartingWithAReservedCharacterIsExplained() {
        LoadResult r = finding(SourceTree.finding(1).replace("title: 第1项问题", "title: @第1项问题"));
        assertEquals(List.of("findings/01.md:4:8: 值不能以“@”开头（请给整个值加上英文双引号，例如 title: \"@…\"）"),
                lines(r.problems()));
    }

    @Test
    void anUndefinedAliasSaysWhatToDo() {
        LoadResult r = finding(SourceTree.finding(1).replace("title: 第1项问题", "title: *第1项问题"));
        assertEquals(List.of("findings/01.md:4:8: 文件开头 --- 之间的前置信息使用了没有定义的别名 *第1项问题"
                + "（记录中不能使用别名；如果 * 是值的一部分，请给整个值加上英文双引号）"), lines(r.problems()));
    }

    @Test
    void aSecondPartInSiteYamlIsShownAtItsSeparator() {
        LoadResult r = load(SourceTree.minimal(dir).file("site.yaml", SourceTree.SITE_YAML + "---\nasOf: 2024-01-01\n"));
        assertEquals(List.of("site.yaml:6:1: site.yaml 在这一行的 --- 之后又开始了第二部分（一个文件中只能有一部分内容，请删除这一行 ---）"),
                lines(r.problems()));
    }

    @Test
    void aComplexKeyIsShownAtTheKey() {
        LoadResult r = finding(SourceTree.finding(1).replace("title: 第1项问题", "? [a]\n: 1\ntitle: 第1项问题"));
        assertEquals(List.of("findings/01.md:4:3: 字段名必须是一个简单的词（请写成“字段名: 值”的形式）"), lines(r.problems()));
    }

    @Test
    void whatIsLeftOverIsStillChineseAndPlaced() {
        LoadResult r = finding(SourceTree.finding(1).replace("title: 第1项问题", "title: &a &b 第1项问题"));
        assertEquals(List.of("findings/01.md:4:11: 文件开头 --- 之间的前置信息在这里的格式有误，无法识别（请检查这一行的引号、括号和缩进）"),
                lines(r.problems()));
    }

    @Test
    void theFrontMatterIsSaidWhereItIs() {
        LoadResult r = finding(SourceTree.finding(1).replace("title: 第1项问题\n", ""));
        assertEquals(List.of("findings/01.md:2:1: 文件开头 --- 之间的前置信息中缺少 title（请加一行 title: …）"),
                lines(r.problems()));
        r = finding("一是整改。\n");
        assertEquals(List.of("findings/01.md:1:1: 文件开头没有用两行 --- 括起来的前置信息：第一行必须是 ---"
                + "（第一行写 ---，接着写 title: … 这样的行，最后再写一行 --- 结束）"), lines(r.problems()));
        for (Problem p : r.problems()) {
            assertFalse(p.message().startsWith("前置信息"), p::toString);
        }
    }

    @Test
    void theStatusListHasLabelsOnlyAndASuggestionForOtherWords() {
        StatusNames names = new StatusNames(org.sitegen.model.StatusVocabulary.defaults());
        assertEquals("基本完成", names.suggestion("差不多完成").orElseThrow());
        assertEquals("基本完成", names.suggestion("大致完成").orElseThrow());
        assertEquals("基本完成", names.suggestion("已基本完成").orElseThrow());
        assertEquals("完成", names.suggestion("均已完成").orElseThrow());
        assertEquals("完成", names.suggestion("完城").orElseThrow());
        assertEquals("completed", names.suggestion("compelted").orElseThrow());
        assertTrue(names.suggestion("正在整改").isEmpty(), "whether it means 阶段性完成 or 未完成 is the publisher's call");
        assertTrue(names.suggestion("推进中").isEmpty());
    }
}
