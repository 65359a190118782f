package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitegen.importer.NoticeImporterTest.GROUP_1;
import static org.sitegen.importer.NoticeImporterTest.TAIL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Problem;

/**
 * Issue 13: what the importer says about a notice's opening (who inspected, when, the feedback)
 * speaks of the notice's own kind — a 巡察's notice of its 巡察, an audit's of its 审计 and its
 * 审计报告 — as its title or opening names it; of 巡视 when neither does.
 */
class OpeningProblemsInTheNoticesWordsTest {
    static final Path AUDIT = Path.of("src/test/resources/org/sitegen/importer/audit-2025-06-30.txt");

    @TempDir Path dir;

    private ImportResult importNotice(String text, Locale locale) throws IOException {
        Path notice = dir.resolve("notice.txt");
        Files.writeString(notice, text, StandardCharsets.UTF_8);
        return NoticeImporter.builder().messageLocale(locale).build().importNotice(notice, dir.resolve("src"));
    }

    private static Problem problem(ImportResult r, String start) {
        return r.problems().stream().filter(p -> p.message().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(start + " not among " + r.problems()));
    }

    private static void assertNoneSays(ImportResult r, String word) {
        for (Problem p : r.problems()) {
            assertFalse(p.message().contains(word) || p.hint().contains(word), p::toString);
        }
    }

    @Test
    void aXunchaNoticeWithoutItsPeriodIsToldOfItsXuncha() throws IOException {
        ImportResult r = importNotice("""
                中共测试区工作委员会
                关于区委巡察整改进展情况的通报
                根据区委统一部署，区委第一巡察组对测试区进行了常规巡察。
                一、组织整改落实情况
                测试区党工委高度重视巡察整改。
                二、整改事项
                """ + GROUP_1 + TAIL, Locale.SIMPLIFIED_CHINESE);
        Problem p = problem(r, "开头段落没有写明");
        assertEquals("开头段落没有写明巡察的起止时间，例如“2024年9月2日至10月31日，区委第一巡察组对…进行了常规巡察”", p.message());
        assertEquals("请在 site.yaml 中填写这次巡察的 title、inspector、kind、start、end 和 feedback", p.hint());
        assertEquals(3, p.line());
        assertNoneSays(r, "巡视");
    }

    /** The audit test notice without the sentence that gives its report's date. */
    private static String auditWithoutReportDate() throws IOException {
        String text = Files.readString(AUDIT, StandardCharsets.UTF_8);
        String without = text.replace("2025年2月28日，区审计局出具了审计报告。", "");
        if (without.equals(text)) {
            throw new AssertionError("the audit test notice no longer says when its report was given");
        }
        return without;
    }

    @Test
    void anAuditNoticeWithoutItsReportDateIsToldOfItsAuditReport() throws IOException {
        ImportResult r = importNotice(auditWithoutReportDate(), Locale.SIMPLIFIED_CHINESE);
        Problem p = problem(r, "开头段落没有写明");
        assertEquals("开头段落没有写明审计报告的日期，例如“2025年2月28日，区审计局出具了审计报告”", p.message());
        assertEquals("请在 site.yaml 中填写这次审计的 feedback:", p.hint());
        assertNoneSays(r, "巡视");
    }

    @Test
    void anAuditNoticesReportDateIsItsFeedbackDate() throws IOException {
        ImportResult r = NoticeImporter.builder().build().importNotice(AUDIT, dir.resolve("src"));
        String yaml = Files.readString(dir.resolve("src/site.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("feedback: 2025-02-28\n"), yaml);
        assertEquals(List.of(), r.problems().stream().filter(p -> p.message().contains("审计报告")).toList(),
                "no warning that the report's date is missing");
    }

    @Test
    void aXunshiNoticeDoesNotTakeAnAuditReportForItsFeedback() throws IOException {
        ImportResult r = importNotice("""
                中共测试区工作委员会
                关于巡视整改进展情况的通报
                2023年3月11日至5月10日，省委第七巡视组对测试区进行了专项巡视。2023年6月1日，区审计局出具了审计报告。
                一、组织整改落实情况
                测试区党工委高度重视巡视整改。
                二、整改事项
                """ + GROUP_1 + TAIL, Locale.SIMPLIFIED_CHINESE);
        assertEquals("开头段落没有写明巡视组反馈意见的日期，例如“2023年7月20日，省委巡视组…反馈了巡视意见”",
                problem(r, "开头段落没有写明").message());
    }

    @Test
    void aNoticeWithoutAnOpeningIsToldOfTheKindItsTitleNames() throws IOException {
        ImportResult r = importNotice("""
                岳阳经济技术开发区管理委员会
                关于经济责任审计发现问题整改情况的通报
                一、审计发现问题整改情况
                """ + GROUP_1 + TAIL, Locale.SIMPLIFIED_CHINESE);
        Problem p = problem(r, "通报中没有说明");
        assertEquals("通报中没有说明审计情况的开头段落", p.message());
        assertEquals("请在 site.yaml 中填写 inspections:，包括审计机关、审计类型、起止日期和反馈日期", p.hint());
        Problem title = problem(r, "无法得出");
        assertEquals("无法得出审计的名称：通报没有说明由谁进行了哪一种审计", title.message());
        assertEquals("请在 site.yaml 中填写这次审计的 title:，例如 区审计局经济责任审计", title.hint());
        assertNoneSays(r, "巡视");
    }

    @Test
    void aNoticeThatNamesNoKindIsToldOfAXunshiAsBefore() throws IOException {
        ImportResult r = importNotice("""
                中共测试区工作委员会
                关于整改进展情况的通报
                根据统一部署，省委第七巡视组对测试区进行了专项巡视。
                一、组织整改落实情况
                测试区党工委高度重视整改。
                二、整改事项
                """ + GROUP_1 + TAIL, Locale.SIMPLIFIED_CHINESE);
        assertEquals("开头段落没有写明巡视的起止时间，例如“2023年3月11日至5月10日，省委第七巡视组对…进行了专项巡视”",
                problem(r, "开头段落没有写明").message());
        ImportResult none = importNotice("""
                中共测试区工作委员会
                关于整改进展情况的通报
                一、整改事项
                """ + GROUP_1 + TAIL, Locale.SIMPLIFIED_CHINESE);
        Problem p = problem(none, "通报中没有说明");
        assertEquals("通报中没有说明巡视情况的开头段落", p.message());
        assertEquals("请在 site.yaml 中填写 inspections:，包括巡视组、巡视类型、起止日期和反馈日期", p.hint());
    }

    @Test
    void inEnglishTheKindIsNamedToo() throws IOException {
        ImportResult r = importNotice(auditWithoutReportDate(), Locale.ENGLISH);
        Problem p = problem(r, "the opening paragraph");
        assertEquals("the opening paragraph does not give the date of the audit report (e.g. 2025年2月28日，区审计局出具了审计报告)",
                p.message());
        assertEquals("fill in feedback: of the audit in site.yaml", p.hint());
        assertEquals(List.of(), r.problems().stream().filter(q -> q.message().contains("inspection")).toList());
    }
}
