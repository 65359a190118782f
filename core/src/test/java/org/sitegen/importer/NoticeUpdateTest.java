package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.InspectionWords;
import org.sitegen.model.Problem;
import org.sitegen.model.Site;

/**
 * Issue 13: a later notice imported into the tree the seed was imported into updates the records
 * it reports on and nothing else; a notice of another inspection adds that inspection. The later
 * notices are in {@code src/test/resources/org/sitegen/importer/}: a follow-up that skips the
 * problems already completed, writes 已完成 for 完成, corrects a title and leaves out a status.
 */
class NoticeUpdateTest {
    static final Path NOTICES = Path.of("src", "test", "resources", "org", "sitegen", "importer");
    static final Path FOLLOW_UP = NOTICES.resolve("followup-2024-06-30.txt");
    static final Path EARLIER = NOTICES.resolve("followup-2024-03-31.txt");
    static final Path XUNCHA = NOTICES.resolve("xuncha-2025-03-20.txt");
    static final Path AUDIT = NOTICES.resolve("audit-2025-06-30.txt");
    static final LocalDate JUNE = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;

    Path src;
    Map<String, byte[]> seeded;

    @BeforeEach
    void importTheSeed() throws IOException {
        src = dir.resolve("src");
        ImportResult seed = NoticeImporter.builder().build().importNotice(SeedImportTest.SEED, src);
        assertEquals(List.of(), seed.problems());
        seeded = files(src);
    }

    @Test
    void aLaterNoticeSetsTheStatusesAndAddsOneDatedEntryToEachProblemItNames() throws IOException {
        ImportResult r = NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        assertTrue(r.imported());
        Site site = load(src);
        Map<Integer, String> want = Map.of(1, "completed", 2, "completed", 3, "completed", 4, "basically-completed",
                5, "phased", 7, "completed");
        for (Finding f : site.findings()) {
            Finding before = findingOf(seeded, f.number());
            if (want.containsKey(f.number())) {
                assertEquals(want.get(f.number()), f.status().code(), "finding " + f.number());
                assertEquals(before.history().size() + 1, f.history().size(), "one new entry on " + f.number());
                HistoryEntry last = f.history().get(f.history().size() - 1);
                assertEquals(JUNE, last.date());
                assertEquals(f.status(), last.status());
            } else {
                assertEquals(before.status(), f.status(), "finding " + f.number() + " is left alone");
                assertEquals(before.history(), f.history());
            }
        }
        Finding first = site.findings().get(0);
        assertEquals("出台《岳阳经开区主导产业培育三年行动方案》，新引进产业链项目12个。",
                first.history().get(1).note(), "the notice's 整改情况 is the entry's note");
        assertTrue(site.notices().stream().anyMatch(n -> n.date().equals(JUNE)), "the notice is a record");
        assertEquals("6 项有新进展：4 项由阶段性完成变为完成，1 项由阶段性完成变为基本完成，1 项仍为阶段性完成；16 项未提及；"
                + "0 项新增；1 项未能更新（见上）", r.update().orElseThrow().summary());
    }

    @Test
    void everyOtherFileAndLineStaysByteForByte() throws IOException {
        NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        Map<String, byte[]> after = files(src);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            byte[] before = seeded.get(e.getKey());
            if (before == null || !Arrays.equals(before, e.getValue())) {
                changed.add(e.getKey());
            }
        }
        assertEquals(List.of("findings/01.md", "findings/02.md", "findings/03.md", "findings/04.md", "findings/05.md",
                "findings/07.md", "notices/2024-06-30.md"), changed);
        // in a changed record, the status line is replaced and one line added after the history
        List<String> was = lines(seeded.get("findings/01.md"));
        List<String> now = lines(after.get("findings/01.md"));
        assertEquals(was.size() + 1, now.size());
        int status = was.indexOf("status: 阶段性完成");
        int lastEntry = was.indexOf("  - {date: 2023-12-26, status: 阶段性完成}");
        for (int i = 0; i < was.size(); i++) {
            String expected = i == status ? "status: 完成" : was.get(i);
            assertEquals(expected, now.get(i <= lastEntry ? i : i + 1), "line " + (i + 1));
        }
        assertEquals("  - {date: 2024-06-30, status: 完成, note: 出台《岳阳经开区主导产业培育三年行动方案》，新引进产业链项目12个。}",
                now.get(lastEntry + 1));
        // a problem the notice confirms keeps its status line
        assertTrue(new String(after.get("findings/05.md"), StandardCharsets.UTF_8).contains("\nstatus: 阶段性完成\n"));
    }

    @Test
    void importingTheSameNoticeTwiceChangesNothing() throws IOException {
        NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        Map<String, byte[]> once = files(src);
        ImportResult again = NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        assertTrue(again.imported());
        assertEquals(List.of(), again.written());
        assertSameFiles(once, files(src));
        ImportUpdate u = again.update().orElseThrow();
        assertEquals(6, u.changes(ImportUpdate.Kind.RECORDED).size());
        assertTrue(u.summary().startsWith("0 项有新进展；16 项未提及；0 项新增；6 项此前已按这份通报记录，未改动"), u.summary());
    }

    @Test
    void aDryRunSaysWhatItWouldDoAndWritesNothing() throws IOException {
        ImportResult dry = NoticeImporter.builder().dryRun(true).build().importNotice(FOLLOW_UP, src);
        assertTrue(dry.dryRun());
        assertSameFiles(seeded, files(src));
        ImportResult real = NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        assertEquals(real.written(), dry.written());
        assertEquals(real.update().orElseThrow().summary(), dry.update().orElseThrow().summary());
        assertEquals(real.problems(), dry.problems());
    }

    @Test
    void unmentionedProblemsAreListedByNumber() throws IOException {
        ImportUpdate u = NoticeImporter.builder().build().importNotice(FOLLOW_UP, src).update().orElseThrow();
        assertEquals(List.of(6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23),
                u.changes(ImportUpdate.Kind.UNMENTIONED).stream().map(ImportUpdate.Change::number).toList());
        assertEquals("2023-special", u.inspection());
        assertFalse(u.inspectionAdded());
    }

    @Test
    void aCorrectedTitleIsAWarningNamingBothTitlesAndTheRecordKeepsItsOwn() throws IOException {
        ImportResult r = NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        Problem p = r.warnings().stream().filter(w -> w.message().contains("略有不同")).findFirst().orElseThrow();
        assertEquals(12, p.line());
        assertTrue(p.message().contains("“对外开放度偏低”") && p.message().contains("“对外开发度偏低”"), p.message());
        assertTrue(Files.readString(src.resolve("findings/02.md")).contains("\ntitle: 对外开发度偏低\n"));
    }

    @Test
    void aProblemWithoutStatusIsAnErrorAndItsRecordIsNotChanged() throws IOException {
        ImportResult r = NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        Problem p = single(r.errors());
        assertEquals(28, p.line());
        assertEquals("通报没有写出问题 8 的整改结果，findings/08.md 没有改动", p.message());
        assertTrue(p.hint().contains("{date: 2024-06-30, status: 阶段性完成, note: 已收回违规出借资金2300万元。}"), p.hint());
        assertTrue(Arrays.equals(seeded.get("findings/08.md"), Files.readAllBytes(src.resolve("findings/08.md"))));
    }

    @Test
    void theSynonymIsReadAsTheStatusItMeansAndWrittenAsItsLabel() throws IOException {
        NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        String two = Files.readString(src.resolve("findings/02.md"));
        assertTrue(two.contains("\nstatus: 完成\n") && two.contains("{date: 2024-06-30, status: 完成,"), two);
    }

    @Test
    void anotherProblemUnderTheSameNumberIsAnErrorAndNothingIsWritten() throws IOException {
        Path notice = dir.resolve("wrong.txt");
        Files.writeString(notice, Files.readString(FOLLOW_UP).replace("3.问题：履约监管有短板。", "3.问题：招投标监管不到位。"));
        ImportResult r = NoticeImporter.builder().build().importNotice(notice, src);
        assertFalse(r.imported());
        Problem p = single(r.errors().stream().filter(e -> e.message().contains("不是同一个问题")).toList());
        assertEquals("通报中的问题 3“招投标监管不到位”与 findings/03.md 中的问题 3“履约监管有短板”不是同一个问题；没有改动任何文件",
                p.message());
        assertEquals("记录中标题相同的是问题 18（findings/18.md）；请核对通报和记录中的问题编号", p.hint());
        assertSameFiles(seeded, files(src));
    }

    @Test
    void aProblemTheTreeDoesNotHaveBecomesANewRecordInANewCategory() throws IOException {
        Path notice = dir.resolve("more.txt");
        Files.writeString(notice, Files.readString(FOLLOW_UP).replace("三、下一步工作安排", """
                （十）反馈问题：巡视移交问题线索办理方面。
                24.问题：问题线索办理进度偏慢。
                整改结果：阶段性完成
                整改情况：已办结问题线索5件。
                三、下一步工作安排"""));
        ImportResult r = NoticeImporter.builder().build().importNotice(notice, src);
        ImportUpdate u = r.update().orElseThrow();
        assertEquals(List.of(24), u.changes(ImportUpdate.Kind.ADDED).stream().map(ImportUpdate.Change::number).toList());
        assertTrue(u.summary().contains("；1 项新增"), u.summary());
        Site site = load(src);
        Finding f = site.finding("24").orElseThrow();
        assertEquals("问题线索办理进度偏慢", f.title());
        assertEquals("巡视移交问题线索办理方面", f.category().title());
        assertEquals(10, f.category().order());
        assertTrue(Files.isRegularFile(src.resolve("categories/10-c10.md")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("已新建 findings/24.md")));
    }

    @Test
    void anOlderNoticeAddsAnEarlierEntryAndLeavesTheNewerStatus() throws IOException {
        NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        Path five = src.resolve("findings/05.md");
        ImportResult r = NoticeImporter.builder().build().importNotice(EARLIER, src);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(5), r.update().orElseThrow().changes(ImportUpdate.Kind.EARLIER).stream()
                .map(ImportUpdate.Change::number).toList());
        Finding f = load(src).findings().stream().filter(x -> x.number() == 5).findFirst().orElseThrow();
        assertEquals(List.of(LocalDate.of(2023, 12, 26), LocalDate.of(2024, 3, 31), JUNE),
                f.history().stream().map(HistoryEntry::date).toList());
        assertTrue(Files.readString(five).contains("\nstatus: 阶段性完成\n"));
    }

    @Test
    void aSameDayEntryWithAnotherStatusIsLeftAndReported() throws IOException {
        Path one = src.resolve("findings/01.md");
        Files.writeString(one, Files.readString(one).replace("  - {date: 2023-12-26, status: 阶段性完成}\n",
                "  - {date: 2023-12-26, status: 阶段性完成}\n  - {date: 2024-06-30, status: 阶段性完成}\n"));
        byte[] before = Files.readAllBytes(one);
        ImportResult r = NoticeImporter.builder().build().importNotice(FOLLOW_UP, src);
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().startsWith("问题 1 在 2024-06-30 已有一条整改进程（阶段性完成）")),
                r.warnings()::toString);
        assertTrue(Arrays.equals(before, Files.readAllBytes(one)));
    }

    @Test
    void handWrittenRecordsKeepTheirCommentsQuotingAndLineEnds() throws IOException {
        Path one = src.resolve("findings/01.md");
        String crlf = "\uFEFF---\r\nnumber: 1   # 编号\r\ncategory: c01\r\ntitle: 主导产业培育不足\r\n"
                + "status: '阶段性完成'  # 集中整改期\r\nunits: [区发改局]\r\nhistory:\r\n"
                + "- date: 2023-12-26\r\n  status: 阶段性完成\r\n  note: 集中整改\r\n# 以后的进展写在这里\r\n"
                + "deadline: 2024-12-31\r\n---\r\n一是打造工业经济增长点。\r\n";
        Files.writeString(one, crlf);
        assertTrue(NoticeImporter.builder().build().importNotice(FOLLOW_UP, src).imported());
        assertEquals("\uFEFF---\r\nnumber: 1   # 编号\r\ncategory: c01\r\ntitle: 主导产业培育不足\r\n"
                + "status: 完成  # 集中整改期\r\nunits: [区发改局]\r\nhistory:\r\n"
                + "- date: 2023-12-26\r\n  status: 阶段性完成\r\n  note: 集中整改\r\n"
                + "- {date: 2024-06-30, status: 完成, note: 出台《岳阳经开区主导产业培育三年行动方案》，新引进产业链项目12个。}\r\n"
                + "# 以后的进展写在这里\r\ndeadline: 2024-12-31\r\n---\r\n一是打造工业经济增长点。\r\n",
                Files.readString(one));
        assertEquals("completed", load(src).findings().get(0).status().code());
    }

    @Test
    void aNoticeWhoseOpeningNamesNoInspectionAsksWhichAndCanBeTold() throws IOException {
        Path notice = dir.resolve("bare.txt");
        Files.writeString(notice, Files.readString(FOLLOW_UP).replaceFirst("根据省委统一部署，.*\n", "现将后续整改进展情况予以公布。\n"));
        ImportResult r = NoticeImporter.builder().build().importNotice(notice, src);
        assertFalse(r.imported());
        assertTrue(single(r.errors()).hint().contains("-DsiteGen.inspection=标识，已有的标识：2023-special"),
                r.errors()::toString);
        assertSameFiles(seeded, files(src));
        ImportResult told = NoticeImporter.builder().inspection("2023-special").build().importNotice(notice, src);
        assertTrue(told.imported());
        assertEquals("2023-special", told.update().orElseThrow().inspection());
    }

    @Test
    void aNoticeOfAnotherInspectionAddsItAndChangesNoExistingFile() throws IOException {
        ImportResult r = NoticeImporter.builder().build().importNotice(XUNCHA, src);
        assertEquals(List.of(), r.errors());
        ImportUpdate u = r.update().orElseThrow();
        assertTrue(u.inspectionAdded());
        assertEquals("2024-regular", u.inspection());
        assertEquals("新增巡察 2024-regular（区委第一巡察组常规巡察）：2 类 4 项问题", u.summary());
        Map<String, byte[]> after = files(src);
        for (Map.Entry<String, byte[]> e : seeded.entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), after.get(e.getKey())), e.getKey() + " is unchanged");
        }
        assertEquals("---\ntitle: 区委第一巡察组常规巡察\ninspector: 区委第一巡察组\nkind: 常规巡察\nstart: 2024-09-02\n"
                + "end: 2024-10-31\nfeedback: 2024-12-10\n---\n",
                new String(after.get("inspections/2024-regular.md"), StandardCharsets.UTF_8),
                "the inspection is a file of its own; site.yaml stays as it was");
        assertTrue(r.written().contains(Path.of("inspections/2024-regular.md")), r.written()::toString);

        Site site = load(src);
        assertEquals(2, site.inspections().size());
        Inspection xuncha = site.inspection("2024-regular").orElseThrow();
        assertEquals(InspectionWords.Base.CIRCUIT_INSPECTION, xuncha.words().base());
        assertEquals(List.of(1, 2, 3, 4), site.findingsOf(xuncha).stream().map(Finding::number).toList(),
                "numbers are the inspection's own");
        assertEquals(23, site.findingsOf(site.inspections().get(0)).size());
        assertEquals(2, site.categoriesOf(xuncha).size());
        assertEquals(1, site.noticesOf(xuncha).size());

        ImportResult again = NoticeImporter.builder().build().importNotice(XUNCHA, src);
        assertEquals(List.of(), again.written(), "the second time, the inspection is in the tree: nothing changes");
        assertFalse(again.update().orElseThrow().inspectionAdded());
    }

    @Test
    void anAuditNoticeWritesTheAuditsStatusWords() throws IOException {
        ImportResult r = NoticeImporter.builder().build().importNotice(AUDIT, src);
        assertEquals(List.of(), r.errors());
        assertTrue(Files.readString(src.resolve("findings/2024-audit/02.md")).contains("\nstatus: 部分整改\n"));
        Site site = load(src);
        Inspection audit = site.inspection("2024-audit").orElseThrow();
        assertEquals(InspectionWords.Base.AUDIT, audit.words().base());
        assertEquals(List.of("completed", "phased", "not-completed"),
                site.findingsOf(audit).stream().map(f -> f.status().code()).toList());
    }

    @Test
    void aTreeInEnglishGetsTheSummaryInEnglish() throws IOException {
        ImportResult r = NoticeImporter.builder().messageLocale(Locale.ENGLISH).build().importNotice(FOLLOW_UP, src);
        assertEquals("6 findings with news: 4 from 阶段性完成 to 完成, 1 from 阶段性完成 to 基本完成, 1 still 阶段性完成; "
                + "16 not mentioned; 0 new; 1 not updated (see above)", r.update().orElseThrow().summary());
    }

    // ---- helpers

    private static Site load(Path src) {
        LoadResult loaded = SiteGenerator.builder().build().load(src);
        assertEquals(List.of(), loaded.errors(), "the tree loads");
        return loaded.site().orElseThrow();
    }

    private Finding findingOf(Map<String, byte[]> files, int number) throws IOException {
        Path copy = dir.resolve("before");
        if (!Files.exists(copy)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path p = copy.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
        }
        return load(copy).findings().stream().filter(f -> f.number() == number).findFirst().orElseThrow();
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void assertSameFiles(Map<String, byte[]> want, Map<String, byte[]> got) {
        assertEquals(want.keySet(), got.keySet());
        for (String k : want.keySet()) {
            assertTrue(Arrays.equals(want.get(k), got.get(k)), k + " is byte for byte the same");
        }
    }

    private static List<String> lines(byte[] bytes) {
        return List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
    }

    private static <T> T single(List<T> list) {
        assertEquals(1, list.size(), list::toString);
        return list.get(0);
    }
}
