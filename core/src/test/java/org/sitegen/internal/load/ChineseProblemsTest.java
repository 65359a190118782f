package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.SourceTree;

/**
 * The problems of {@link LoadProblemsTest}, one per kind, as the clerk reads them by default: in
 * Chinese (the test site sets no locale), at the same line and column as in English.
 */
class ChineseProblemsTest {
    @TempDir Path dir;

    private LoadResult load(SourceTree tree) {
        return SiteGenerator.builder().build().load(tree.root());
    }

    private SourceTree tree() {
        return SourceTree.minimal(dir);
    }

    private LoadResult finding(String text) {
        return load(tree().file("findings/01.md", text));
    }

    /** The only error of a load, checked for place, message and hint. */
    private static Problem only(LoadResult r, String file, int line, int column, String message, String hint) {
        assertEquals(1, r.errors().size(), () -> "errors: " + r.errors());
        Problem p = r.errors().get(0);
        assertEquals(Path.of(file), p.file(), p::toString);
        assertEquals(line, p.line(), p::toString);
        assertEquals(column, p.column(), p::toString);
        assertEquals(message, p.message(), p::toString);
        assertEquals(hint, p.hint(), p::toString);
        assertEquals(Locale.SIMPLIFIED_CHINESE, p.locale());
        return p;
    }

    private static String replace(int number, String from, String to) {
        String text = SourceTree.finding(number);
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    @Test
    void frontMatterNotClosed() {
        only(finding("---\nnumber: 1\ntitle: x\n\n一是。"), "findings/01.md", 1, 1,
                "文件开头的前置信息没有用一行 --- 结束", "请在最后一个字段之后加一行 ---；文件在第 5 行就结束了");
    }

    @Test
    void recordWithoutFrontMatter() {
        only(finding("一是整改。\n"), "findings/01.md", 1, 1, "文件开头没有用两行 --- 括起来的前置信息：第一行必须是 ---",
                "第一行写 ---，接着写 title: … 这样的行，最后再写一行 --- 结束");
    }

    @Test
    void notUtf8SaysWhenTheBytesAreGbk() {
        byte[] gbk = SourceTree.finding(1).getBytes(Charset.forName("GBK"));
        only(load(tree().bytes("findings/01.md", gbk)), "findings/01.md", 4, 8, "这个文件不是 UTF-8 编码的文本",
                "文件似乎是用 GBK 编码保存的，这是中文 Windows 常用的编码。请改存为 UTF-8：例如在记事本中点“另存为”，编码选“UTF-8”");
    }

    @Test
    void notUtf8NorGbk() {
        byte[] bytes = "---\nnumber: 1\ntitle: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        bytes = Arrays.copyOf(bytes, bytes.length + 2);
        bytes[bytes.length - 2] = (byte) 0x80;
        bytes[bytes.length - 1] = (byte) 0xff;
        only(load(tree().bytes("findings/01.md", bytes)), "findings/01.md", 3, 8, "这个文件不是 UTF-8 编码的文本",
                "请把文件另存为 UTF-8 编码");
    }

    @Test
    void emptyFile() {
        only(finding(" \n\n"), "findings/01.md", 0, 0, "这个文件是空的", "请填写内容，或删除这个文件");
    }

    @Test
    void unknownKeySuggestsTheClosestOne() {
        Problem p = only(finding(replace(1, "status: 完成", "status: 完成\nstauts: 完成")), "findings/01.md", 6, 1,
                "文件开头 --- 之间的前置信息中有无法识别的字段 stauts", "是不是想写 status？");
        assertEquals("findings/01.md:6:1: 文件开头 --- 之间的前置信息中有无法识别的字段 stauts（是不是想写 status？）", p.toString());
    }

    @Test
    void unknownKeyFarFromAnyListsTheAllowedKeys() {
        only(finding(replace(1, "status: 完成", "status: 完成\ncolour: red")), "findings/01.md", 6, 1,
                "文件开头 --- 之间的前置信息中有无法识别的字段 colour",
                "可以使用的字段有：id、number、category、title、status、units、deadline、documents、history、public、reviewed");
    }

    @Test
    void wrongType() {
        only(finding(replace(1, "number: 1", "number: six")), "findings/01.md", 2, 9,
                "number 应当填写整数，不能写成“six”", "只写阿拉伯数字，例如 number: 6");
    }

    @Test
    void listWhereTextIsExpected() {
        only(finding(replace(1, "title: 第1项问题", "title: [a, b]")), "findings/01.md", 4, 8,
                "title 应当填写文字，不能是列表", "例如 title: …");
    }

    @Test
    void textWhereAListOfTextsIsExpected() {
        only(finding(replace(1, "status: 完成", "status: 完成\nunits: {a: b}")), "findings/01.md", 6, 8,
                "units 应当填写文字列表，不能是一组字段", "例如 units: [第一项, 第二项]");
    }

    @Test
    void dateThatDoesNotExist() {
        only(finding(replace(1, "status: 完成", "status: 完成\ndeadline: 2023-13-45")), "findings/01.md", 6, 11,
                "“2023-13-45”不是一个实际存在的日期",
                "请检查月份是否在 01–12 之间、日是否超过当月的天数，例如 2023-12-26");
    }

    @Test
    void dateInAnotherForm() {
        only(finding(replace(1, "status: 完成", "status: 完成\ndeadline: 2023/12/26")), "findings/01.md", 6, 11,
                "deadline 的日期应当写成“年-月-日”，即 YYYY-MM-DD，不能写成“2023/12/26”", "例如 deadline: 2023-12-26");
    }

    @Test
    void dateInHistory() {
        only(finding(replace(1, "status: 完成", "status: 完成\nhistory:\n  - {date: 2023-02-30, status: 完成}")),
                "findings/01.md", 7, 12, "“2023-02-30”不是一个实际存在的日期",
                "请检查月份是否在 01–12 之间、日是否超过当月的天数，例如 2023-12-26");
    }

    @Test
    void missingRequiredField() {
        only(finding(replace(1, "title: 第1项问题\n", "")), "findings/01.md", 2, 1, "文件开头 --- 之间的前置信息中缺少 title",
                "请加一行 title: …");
    }

    @Test
    void missingFieldOfAHistoryEntry() {
        only(finding(replace(1, "status: 完成", "status: 完成\nhistory:\n  - {status: 完成}")), "findings/01.md", 7, 5,
                "这条整改历史中缺少 date", "请加一行 date: …");
    }

    @Test
    void emptyRequiredField() {
        only(finding(replace(1, "title: 第1项问题", "title: \"  \"")), "findings/01.md", 4, 8,
                "文件开头 --- 之间的前置信息中的 title 没有填写内容", "请在 title: 后面填写内容");
    }

    @Test
    void duplicateIdNamesBothFiles() {
        String one = replace(1, "---\nnumber", "---\nid: same\nnumber");
        String two = replace(2, "---\nnumber", "---\nid: same\nnumber");
        only(load(tree().file("findings/01.md", one).file("findings/sub/02.md", two)), "findings/sub/02.md", 2, 5,
                "问题的 id“same”已经被 findings/01.md 使用了", "请给其中一份记录换一个 id");
    }

    @Test
    void duplicateIdFromFileNamesInSubFolders() {
        only(load(tree().file("findings/a/01.md", SourceTree.finding(1)).file("findings/b/01.md", SourceTree.finding(2))),
                "findings/b/01.md", 0, 0, "问题的 id“01”已经被 findings/a/01.md 使用了", "请加一行 id: …，写一个不同的 id");
    }

    @Test
    void duplicateNumberWithinAnInspection() {
        only(load(tree().file("findings/01.md", SourceTree.finding(6)).file("findings/02.md", SourceTree.finding(6))),
                "findings/02.md", 2, 9, "编号 6 已经被 findings/01.md 使用了，两者都属于巡视 2023-special",
                "同一次巡视中，每个问题的编号都不能相同");
    }

    @Test
    void numberBelowOne() {
        only(finding(replace(1, "number: 1", "number: 0")), "findings/01.md", 2, 9,
                "number 应当是 1 或更大的整数，不能是 0", "问题从 1 开始编号");
    }

    @Test
    void unknownCategoryListsTheKnownOnes() {
        Problem p = only(finding(replace(1, "category: funds", "category: fund")), "findings/01.md", 3, 11,
                "没有叫“fund”的类别", "是不是想写“funds”？已有的类别：funds");
        assertEquals("findings/01.md:3:11: 没有叫“fund”的类别（是不是想写“funds”？已有的类别：funds）", p.toString());
    }

    @Test
    void unknownInspectionListsTheKnownOnes() {
        String cat = SourceTree.CATEGORY.replace("order: 1", "order: 1\ninspection: 2023");
        only(load(tree().file("categories/01-funds.md", cat)), "categories/01-funds.md", 4, 13,
                "没有叫“2023”的巡视", "已有的巡视：2023-special");
    }

    @Test
    void unknownStatusListsTheVocabulary() {
        only(finding(replace(1, "status: 完成", "status: 完毕")), "findings/01.md", 5, 9, "整改结果“完毕”不在可用的列表中",
                "是不是想写“完成”？可用的整改结果：完成、基本完成、阶段性完成、未完成、长期整改");
    }

    @Test
    void historyDisagreeingWithStatus() {
        only(finding(replace(1, "status: 完成", "status: 完成\nhistory:\n  - {date: 2023-12-26, status: 阶段性完成}")),
                "findings/01.md", 7, 32, "最后一条整改历史写的是“阶段性完成”，但整改结果 status 写的是“完成”",
                "请让 status 与最新一条整改历史一致");
    }

    @Test
    void historyOutOfOrder() {
        only(finding(replace(1, "status: 完成", """
                status: 完成
                history:
                  - {date: 2024-01-01, status: 阶段性完成}
                  - {date: 2023-12-26, status: 完成}""")), "findings/01.md", 8, 12,
                "整改历史应当按日期从早到晚排列，但 2023-12-26 排在了 2024-01-01 之后", "请调整整改历史的先后顺序");
    }

    @Test
    void invalidId() {
        only(finding(replace(1, "---\nnumber", "---\nid: Leased_Assets\nnumber")), "findings/01.md", 2, 5,
                "id“Leased_Assets”不符合要求：id 只能由小写字母 a-z、数字和“-”组成，并以字母或数字开头",
                "例如 id: leased-assets");
    }

    @Test
    void fileNameThatIsNoId() {
        only(load(tree().file("findings/问题6.md", SourceTree.finding(1))), "findings/问题6.md", 1, 1,
                "文件名“问题6.md”不能用作 id：id 只能由小写字母 a-z、数字和“-”组成",
                "请修改文件名，例如 06.md；或在前置信息中加一行 id: leased-public-assets");
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
        only(finding(bomb), "findings/01.md", 4, 8, "文件开头 --- 之间的前置信息使用了 YAML 别名 *… 来重复内容",
                "记录中不允许使用别名，请把内容直接写出来");
    }

    @Test
    @Timeout(5)
    void deepNestingIsRefused() {
        only(finding("---\nnumber: 1\ntitle: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n"), "findings/01.md", 3, 28,
                "文件开头 --- 之间的前置信息嵌套超过了 20 层", "记录最多只需要三层 [ ] 或 { }");
    }

    @Test
    @Timeout(5)
    void deepIndentationIsRefused() {
        StringBuilder sb = new StringBuilder("---\nnumber: 1\nx:\n");
        for (int i = 1; i < 300; i++) {
            sb.append(" ".repeat(i)).append("k:\n");
        }
        only(finding(sb.append("---\n").toString()), "findings/01.md", 204, 1, "文件开头 --- 之间的前置信息缩进或嵌套的层次太多",
                "记录最多只需要三层缩进");
    }

    @Test
    void recordLargerThanOneMebibyte() {
        only(finding(SourceTree.finding(1) + "一".repeat(400_000)), "findings/01.md", 0, 0,
                "这个文件有 1171 KiB，一份记录最大只能是 1 MiB", "请把它拆成几份记录，或把篇幅很长的内容移到别处");
    }

    @Test
    void anUnclosedQuoteIsShownAtTheQuoteInChineseOnly() {
        only(finding(replace(1, "title: 第1项问题", "title: \"unclosed")), "findings/01.md", 4, 8,
                "这里的引号 \" 没有对应的结束引号", "请在值的末尾补上 \"；如果值本身含有 \"，请改用另一种引号把整个值括起来");
    }

    @Test
    void colonInAValue() {
        only(finding(replace(1, "title: 第1项问题", "title: 问题: 说明")), "findings/01.md", 4, 10,
                "这一行的值中含有英文冒号加空格“: ”，会被误当作另一个字段", "请给整个值加上英文双引号，例如 title: \"a: b\"");
    }

    @Test
    void duplicateKey() {
        only(finding(replace(1, "status: 完成", "status: 完成\ntitle: again")), "findings/01.md", 6, 1,
                "文件开头 --- 之间的前置信息中的字段 title 出现了两次", "请只保留一个，第一个在第 4 行");
    }

    @Test
    void categoryWithoutFindingsIsAWarningInChinese() {
        LoadResult r = load(tree().file("categories/02-empty.md", "---\nid: empty\norder: 2\ntitle: 空\n---\n")
                .file("findings/01.md", SourceTree.finding(1)));
        assertTrue(r.site().isPresent());
        assertEquals("categories/02-empty.md:1:1: 警告：类别 empty 下还没有任何问题（请添加写有 category: empty 的问题记录，或删除这个类别）",
                r.warnings().get(0).toString());
        assertEquals("categories/02-empty.md:1:1: 类别 empty 下还没有任何问题（请添加写有 category: empty 的问题记录，或删除这个类别）",
                r.warnings().get(0).format(dir, dir));
    }

    @Test
    void strayFileIsAWarningInChinese() {
        LoadResult r = load(tree().file("findings/01.md", SourceTree.finding(1)).file("findings/notes.txt", "x"));
        assertEquals("findings/notes.txt: 警告：这个文件没有被读取：记录的文件名必须以 .md 结尾（请把文件名改为以 .md 结尾，或把它移出 findings/）",
                r.warnings().get(0).toString());
    }

    @Test
    void wrongValuesInSiteYaml() {
        only(load(tree().file("site.yaml", SourceTree.SITE_YAML + "statuses: [{code: done, label: 已整改, closed: yes}]\n")),
                "site.yaml", 6, 45, "closed 只能填写 true 或 false，不能写成“yes”", "例如 closed: true");
        only(load(tree().file("site.yaml", SourceTree.SITE_YAML
                        + "  - {id: 2024-x, title: 其他, start: 2024-05-01, end: 2024-03-01}\n")
                        .file("categories/01-funds.md", SourceTree.CATEGORY.replace("order: 1", "order: 1\ninspection: 2023-special"))),
                "site.yaml", 6, 53, "巡视的结束日期 2024-03-01 早于开始日期 2024-05-01", "请检查 start 和 end");
        only(load(tree().file("site.yaml", SourceTree.SITE_YAML + "contact: [a]\n")), "site.yaml", 6, 10,
                "contact 应当填写一组字段，不能是列表", "例如 contact: {字段名: 值}");
    }

    @Test
    void missingInspectionWhenTheSiteHasTwo() {
        only(load(tree().file("site.yaml", SourceTree.SITE_YAML + "  - {id: 2024-x, title: 其他}\n")),
                "categories/01-funds.md", 1, 1, "缺少 inspection：网站有 2 次巡视，需要写明属于哪一次",
                "请加一行 inspection: …，填写其中之一：2023-special、2024-x");
    }

    @Test
    void missingSourceFolder() {
        LoadResult r = SiteGenerator.builder().build().load(dir.resolve("nope"));
        assertEquals("来源文件夹 " + dir.resolve("nope") + " 不存在", r.errors().get(0).message());
        assertEquals("请建立这个文件夹并在其中放入 site.yaml，或把 sourceDirectory 设为存放记录的文件夹，"
                + "mvn 命令可加上 -DsiteGen.sourceDirectory=…", r.errors().get(0).hint());
    }

    @Test
    void missingSiteYaml() {
        LoadResult r = SiteGenerator.builder().build().load(tree().root().resolve("categories"));
        assertEquals("site.yaml:0:0: 缺少 site.yaml 文件（请新建 site.yaml，写明网站名称 title 和巡视信息 inspections）".replace(":0:0", ""),
                r.errors().get(0).toString());
    }
}
