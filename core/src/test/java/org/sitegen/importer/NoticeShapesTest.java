package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.BuildResult;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Measure;
import org.sitegen.model.Site;

/**
 * The shapes of the notices offices publish (issue 17), each in a notice written for the test,
 * imported as plain text and as the Word file it came from (made here with POI): both give the
 * same records. Statuses the notice does not give are listed for the clerk in one message; once
 * filled, the site loads and builds.
 */
class NoticeShapesTest {
    /** Prose with categories 在“…”方面 and problems 关于“…”问题的整改; a metadata block, a repeated title,
     * the trap （一）（二） of section 一, totals in prose, 4-space indents and a closing date without its year. */
    static final String PROSE = """
                • 文件名称：中共长沙县(长沙经开区)住房和城乡建设局党组关于巡察整改进展情况的通报
                • 成文日期：2023年12月22日
            关于巡察整改进展情况的通报
            中共测试县住房和城乡建设局党组
            关于巡察整改进展情况的通报
                根据县委统一部署，2023年4月10日至6月10日，县委第一巡察组对县住房和城乡建设局党组进行了常规巡察。2023年8月15日，县委巡察组向县住房和城乡建设局党组反馈了巡察意见。按照党务政务公开和巡察工作有关要求，现将巡察整改进展情况予以公布。
            一、整改工作组织开展情况
                局党组把巡察整改作为重大政治任务。
            （一）提高政治站位，压实整改责任。局党组召开专题会议3次。
            （二）健全工作机制，推动整改落实。建立整改台账，实行销号管理。
            二、巡察反馈问题整改进展情况
                巡察反馈的2个方面3个问题，已完成整改2个、正在整改1个，整改完成率66.7%。
            （一）在“落实党的路线方针政策”方面
            1.关于“理论学习不深入”问题的整改
                一是制定学习计划。二是开展专题学习。
            2.关于“意识形态工作责任制落实不到位”问题的整改
                修订《意识形态工作责任制实施细则》。
                开展意识形态领域风险排查。
            （二）在“全面从严治党”方面
            1.关于“违规发放津补贴”问题的整改
                已清退违规发放的津补贴，并出台《津补贴发放管理办法》。
            三、下一步工作打算
            （一）持续抓好整改。
            （二）建立长效机制。
            欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0731-84000000；电子邮箱：xc@example.cn。
            中共测试县住房和城乡建设局党组
            12月22日
            """;

    /** No 一、 level: the （一） items are the problems; measures (1)(2), labelled lines, a status in brackets. */
    static final String FLAT = """
            中共测试镇委员会
            关于巡察反馈问题整改情况的通报
            根据区委统一部署，2022年9月5日至11月4日，区委第二巡察组对测试镇党委开展了常规巡察，并于2022年12月1日反馈了巡察意见。现将整改情况通报如下。
            （一）关于“基层党组织软弱涣散”问题的整改（已完成整改）
            （1）调整村党支部书记2名。
            （2）开展党员集中培训。
            （二）关于“惠民资金发放不规范”问题的整改
            整改情况：全面清查惠民资金发放情况，追回违规资金。
            整改时限：2023年6月
            责任单位：镇财政所、镇民政办
            （三）关于“项目建设管理混乱”问题的整改
            整改时限：长期坚持
            建立项目全流程管理制度。
            联系电话：0731-1111111。
            中共测试镇委员会
            2023年3月10日
            """;

    /** Categories （一）<title>。 with unnumbered problems: a category's first line, or 问题：…. */
    static final String UNNUMBERED = """
            中共测试街道工作委员会
            关于巡察整改进展情况的通报
            根据区委统一部署，2023年3月1日至4月30日，区委第三巡察组对测试街道党工委进行了常规巡察。2023年6月1日，区委巡察组向测试街道党工委反馈了巡察意见。
            一、整改工作开展情况
            街道党工委高度重视。
            二、问题整改落实情况
            （一）党的领导弱化。
            理论学习流于形式。整改情况：街道党工委制定年度学习计划，开展专题研讨4次。
            （二）基层党建薄弱。
            问题：党员教育管理不严。
            整改情况：开展党员积分管理。
            三、下一步打算
            继续抓好整改。
            联系电话：027-1234567。
            中共测试街道工作委员会
            2023年9月1日
            """;

    /** 1.关于“…” with （1）关于“…” leaves: the leaves are the problems. */
    static final String LEAVES = """
            中共测试局党组
            关于巡察整改进展情况的通报
            根据市委统一部署，2023年3月1日至4月30日，市委第五巡察组对测试局党组进行了常规巡察。2023年6月1日，市委巡察组向测试局党组反馈了巡察意见。
            一、整改落实情况
            （一）在“党的领导”方面
            1.关于“学习贯彻不深入”问题的整改
            （1）关于“理论学习中心组学习不规范”的问题。修订学习制度。
            （2）关于“专题研讨流于形式”的问题。每季度开展专题研讨。
            2.关于“议事决策不规范”问题的整改
            （1）关于“三重一大事项未集体决策”的问题。修订议事规则。
            联系电话：0731-2222222。
            中共测试局党组
            2023年10月8日
            """;

    /** A 整改台账 table, with category rows; and, in section 一, a table that is no ledger. */
    static final String TABLE = """
            中共测试区审计局党组
            关于巡察整改情况的公告
            根据区委统一部署，2023年5月8日至6月30日，区委第四巡察组对区审计局党组进行了常规巡察。2023年8月1日，区委巡察组向区审计局党组反馈了巡察意见。
            一、整改工作开展情况
            局党组召开会议研究整改。
            会议名称\t时间\t参加人员
            专题会议\t2023年8月5日\t局班子成员
            二、问题整改落实情况
            序号\t问题\t整改措施\t责任单位\t整改时限\t完成情况
            一、党的建设方面\t\t\t\t\t
            1\t理论学习不深入\t制定学习计划，开展专题学习。\t局办公室\t2023年12月\t已完成
            2\t干部培训不足\t开展业务培训。\t局人事科\t长期坚持\t长期坚持
            二、业务工作方面\t\t\t\t\t
            3\t审计整改跟踪不到位\t建立整改台账。\t审计一科、审计二科\t2024年6月30日\t正在整改
            4\t档案管理不规范\t整理历年档案。\t局办公室\t2024年3月\t部分整改
            5\t内部审计质量不高\t开展质量检查。\t法规科\t2024年6月底\t正在整改
            三、下一步工作打算
            持续抓好整改。
            联系电话：0731-3333333。
            中共测试区审计局党组
            2023年12月1日
            """;

    @TempDir
    Path dir;

    // ---- prose ----

    @Test
    void readsAProseNoticeAndListsTheStatusesToCompleteInOneMessage() throws IOException {
        ImportResult result = importBoth(PROSE);
        Problem missing = single(result.errors());
        assertTrue(missing.message().contains("gives no status for its 3 problems (1, 2, 3)"), missing.message());
        assertTrue(missing.hint().contains("findings/01.md, findings/02.md, findings/03.md"), missing.hint());
        assertEquals(lineOf(PROSE, "1.关于“理论学习不深入”"), missing.line());
        assertTrue(single(result.warnings()).message().contains("numbered 1 to 3"));

        Site site = fill(Map.of("01", "完成", "02", "完成", "03", "阶段性完成"));
        assertEquals("中共测试县住房和城乡建设局党组", site.issuer());
        assertEquals("关于巡察整改进展情况的通报", site.notices().get(0).title());
        assertEquals(LocalDate.of(2023, 12, 22), site.notices().get(0).date(), "the year from the metadata");
        assertEquals("2023-regular", site.inspections().get(0).id());
        assertEquals(LocalDate.of(2023, 8, 15), site.inspections().get(0).feedback());
        assertEquals(List.of("落实党的路线方针政策", "全面从严治党"), titles(site.categories()));
        assertEquals(List.of("理论学习不深入", "意识形态工作责任制落实不到位", "违规发放津补贴"),
                site.findings().stream().map(Finding::title).toList());
        assertEquals(List.of("制定学习计划。", "开展专题学习。"), texts(number(site, 1)));
        assertEquals(List.of("修订《意识形态工作责任制实施细则》。", "开展意识形态领域风险排查。"), texts(number(site, 2)));
        assertEquals(List.of("《津补贴发放管理办法》"), number(site, 3).documents());
        assertEquals(2, number(site, 3).category().order());
        String body = site.notices().get(0).body();
        assertTrue(body.contains("（一）提高政治站位，压实整改责任。"), "section 一's （一） are the party committee's measures");
        assertTrue(body.contains("巡察反馈的2个方面3个问题"), body);
        assertEquals(List.of(), buildProblems(), "the site builds once the statuses are filled");
    }

    @Test
    void keepsTheTotalsOnTheNoticeAndWarnsWhenTheRecordsDisagree() throws IOException {
        importBoth(PROSE);
        String notice = Files.readString(dir.resolve("notices/2023-12-22.md"));
        assertTrue(notice.contains("totals:\n  categories: 2\n  findings: 3\n  closed: 2\n  open: 1\n  rate: 66.7\n"), notice);
        fill(Map.of("01", "完成", "02", "完成", "03", "阶段性完成"));

        fill(Map.of("02", "基本完成"), "完成");
        LoadResult loaded = load();
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        List<String> warnings = loaded.warnings().stream().map(Problem::toString).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("notices/2023-12-22.md:9:11: warning: the notice declares closed: 2,"
                + " but the records of inspection 2023-regular give 1 on 2023-12-22"), warnings.toString());
        assertTrue(warnings.get(1).contains("open: 1") && warnings.get(1).contains("give 2"), warnings.toString());
        assertTrue(warnings.get(2).contains("rate: 66.7") && warnings.get(2).contains("give 33.3"), warnings.toString());
    }

    @Test
    void readsAFlatListWhoseOrdinalsAreTheProblems() throws IOException {
        ImportResult result = importBoth(FLAT);
        Problem missing = single(result.errors());
        assertTrue(missing.message().contains("2 problems have no status in the notice (2, 3)"), missing.message());
        List<String> warnings = result.warnings().stream().map(Problem::message).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("before any group"), warnings.toString());
        assertTrue(warnings.get(1).contains("'已完成整改' was read as '完成'"), warnings.toString());
        assertTrue(Files.readString(dir.resolve("findings/02.md")).contains("\ndeadline: 2023-06\n"));
        assertTrue(Files.readString(dir.resolve("findings/03.md")).contains("\ndeadline: 长期坚持\n"));

        Site site = fill(Map.of("02", "完成", "03", "长期整改"));
        assertEquals(List.of("基层党组织软弱涣散", "惠民资金发放不规范", "项目建设管理混乱"),
                site.findings().stream().map(Finding::title).toList());
        assertEquals("completed", number(site, 1).status().code());
        assertEquals(List.of("调整村党支部书记2名。", "开展党员集中培训。"), texts(number(site, 1)));
        assertEquals(List.of("镇财政所", "镇民政办"), number(site, 2).units());
        assertEquals(LocalDate.of(2023, 6, 30), number(site, 2).deadline(), "a month is its last day");
        assertEquals(null, number(site, 3).deadline(), "长期坚持 has no date");
        assertEquals(List.of("建立项目全流程管理制度。"), texts(number(site, 3)));
        assertEquals(List.of(), buildProblems());
    }

    @Test
    void readsProblemsWithoutNumbersUnderTheirCategories() throws IOException {
        ImportResult result = importBoth(UNNUMBERED);
        assertTrue(single(result.errors()).message().contains("gives no status for its 2 problems"));
        assertEquals(List.of(), result.warnings());
        Site site = fill(Map.of("01", "完成", "02", "基本完成"));
        assertEquals(List.of("党的领导弱化", "基层党建薄弱"), titles(site.categories()));
        assertEquals(List.of("理论学习流于形式", "党员教育管理不严"), site.findings().stream().map(Finding::title).toList());
        assertEquals(List.of("街道党工委制定年度学习计划，开展专题研讨4次。"), texts(number(site, 1)));
        assertEquals(List.of("开展党员积分管理。"), texts(number(site, 2)));
    }

    @Test
    void readsTheLeavesOfAProblemAsItsProblems() throws IOException {
        importBoth(LEAVES);
        Site site = fill(Map.of("01", "完成", "02", "完成", "03", "完成"));
        assertEquals(List.of("党的领导"), titles(site.categories()));
        assertEquals(List.of("理论学习中心组学习不规范", "专题研讨流于形式", "三重一大事项未集体决策"),
                site.findings().stream().map(Finding::title).toList());
        assertEquals(List.of(1, 2, 3), site.findings().stream().map(Finding::number).toList());
        assertEquals(List.of("修订学习制度。"), texts(number(site, 1)));
        assertTrue(site.categories().get(0).introduction().contains("学习贯彻不深入"));
    }

    @Test
    void readsMeasuresThatFollowALabelledProblemDirectly() throws IOException {
        String text = NoticeImporterTest.HEAD + """
                （一）反馈问题：资金安全风险较高。
                1.问题：存在化债压力。
                一是安排收入。二是还本付息。
                2.问题：担保责任较大。
                整改情况：核查担保。
                """ + NoticeImporterTest.TAIL;
        ImportResult result = importBoth(text);
        assertTrue(single(result.errors()).message().contains("gives no status for its 2 problems"));
        Site site = fill(Map.of("01", "完成", "02", "完成"));
        assertEquals("存在化债压力", number(site, 1).title());
        assertEquals(List.of("安排收入。", "还本付息。"), texts(number(site, 1)));
    }

    @Test
    void readsTheInspectorsNamedBeforeThePeriod() throws IOException {
        String text = FLAT.replace("2022年9月5日至11月4日，区委第二巡察组对测试镇党委开展了常规巡察",
                "区委第二巡察组于2022年9月5日至11月4日对测试镇党委开展了常规巡察");
        ImportResult result = importNotice(text, dir.resolve("src"));
        assertTrue(result.warnings().stream().noneMatch(p -> p.message().contains("who inspected")), result.warnings().toString());
        String site = Files.readString(dir.resolve("src/site.yaml"));
        assertTrue(site.contains("    title: 区委第二巡察组常规巡察\n    inspector: 区委第二巡察组\n"), site);
    }

    // ---- tables ----

    @Test
    void readsALedgerTableAsOneFindingPerRow() throws IOException {
        ImportResult result = importBoth(TABLE);
        List<String> errors = result.errors().stream().map(Problem::message).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).equals("unknown status '正在整改' of 2 problems (3, 5); it was written as it stands"), errors.toString());
        assertTrue(errors.get(1).contains("unknown status '部分整改' of problem 4"), errors.toString());
        Problem table = result.warnings().get(0);
        assertTrue(table.message().startsWith("table 1 was not read as a list of problems: its header '会议名称 | 时间 | 参加人员'"),
                table.message());
        assertTrue(result.warnings().stream().anyMatch(p -> p.message().contains("'长期坚持' was read as '长期整改'")));

        Site site = fill(Map.of("03", "阶段性完成", "04", "阶段性完成", "05", "未完成"), "正在整改", "部分整改");
        assertEquals(List.of("党的建设方面", "业务工作方面"), titles(site.categories()));
        assertEquals(List.of("理论学习不深入", "干部培训不足", "审计整改跟踪不到位", "档案管理不规范", "内部审计质量不高"),
                site.findings().stream().map(Finding::title).toList());
        Finding first = number(site, 1);
        assertEquals("completed", first.status().code());
        assertEquals(List.of("局办公室"), first.units());
        assertEquals(LocalDate.of(2023, 12, 31), first.deadline());
        assertEquals("制定学习计划，开展专题学习。", first.body());
        assertEquals("long-term", number(site, 2).status().code());
        assertEquals(List.of("审计一科", "审计二科"), number(site, 3).units());
        assertEquals(LocalDate.of(2024, 6, 30), number(site, 5).deadline());
        assertEquals(2, number(site, 3).category().order());
        assertTrue(site.notices().get(0).body().contains("| 会议名称 | 时间 | 参加人员 |\n| --- | --- | --- |\n| 专题会议 |"),
                site.notices().get(0).body());
        assertEquals(List.of(), buildProblems());
    }

    @Test
    void reportsAnUnrecognisedTableWithItsPlaceInAWordFile() throws IOException {
        Path notice = NoticeFiles.docx(dir.resolve("notice.docx"), TABLE);
        ImportResult result = english().importNotice(notice, dir.resolve("src"));
        Problem table = result.warnings().get(0);
        assertEquals(5, table.line(), "after paragraph 5 (一、整改工作开展情况 is paragraph 4, the meeting 5)");
        assertTrue(table.message().contains("table 1 "), table.message());
    }

    // ---- PDF, .doc, and what is not a notice ----

    @Test
    void readsTheTextLayerOfAPdfAsTheSameRecords() throws IOException {
        ImportResult text = importNotice(PROSE, dir.resolve("text"));
        Path pdf = NoticeFiles.pdf(dir.resolve("notice.pdf"), PROSE, 28);
        ImportResult fromPdf = english().importNotice(pdf, dir.resolve("pdf"));
        assertEquals(text.written(), fromPdf.written(), fromPdf.problems().toString());
        assertSameRecords(dir.resolve("text"), dir.resolve("pdf"), text.written());
        assertTrue(fromPdf.charset().isEmpty());
    }

    @Test
    void readsAWord97FileAsTheSameRecords() throws IOException {
        for (String notice : List.of(PROSE, TABLE, FLAT)) {
            Path text = dir.resolve("text-" + notice.hashCode());
            Path doc = dir.resolve("doc-" + notice.hashCode());
            ImportResult fromText = importNotice(notice, text);
            ImportResult fromDoc = english().importNotice(
                    Word97Files.doc(dir.resolve("notice-" + notice.hashCode() + ".doc"), notice), doc);
            assertEquals(fromText.written(), fromDoc.written(), fromDoc.problems().toString());
            assertSameRecords(text, doc, fromText.written());
        }
    }

    @Test
    void saysAScannedPdfHasNoTextAndWritesNothing() throws IOException {
        Path pdf = NoticeFiles.scannedPdf(dir.resolve("scan.pdf"));
        ImportResult result = english().importNotice(pdf, dir.resolve("src"));
        assertFalse(result.imported());
        Problem p = single(result.problems());
        assertEquals("the PDF has no text layer: it is a scan, whose text cannot be read", p.message());
        assertTrue(p.hint().contains("OCR"), p.hint());
        assertFalse(Files.exists(dir.resolve("src")));
    }

    @Test
    void saysAWordFileItCannotReadAndWritesNothing() throws IOException {
        Path doc = dir.resolve("notice.doc");
        Files.write(doc, NoticeFiles.brokenDoc());
        ImportResult result = english().importNotice(doc, dir.resolve("src"));
        Problem p = single(result.problems());
        assertTrue(p.message().startsWith("the Word (.doc) file could not be read: "), p.message());
        assertFalse(Files.exists(dir.resolve("src")));
    }

    @Test
    void saysAnAnnouncementIsNotARectificationNoticeInOneMessage() throws IOException {
        ImportResult result = importNotice("""
                中共测试区委巡察工作领导小组办公室
                关于区委第一巡察组进驻区住建局开展常规巡察的公告
                根据区委统一部署，区委第一巡察组于2024年3月1日至4月30日对区住建局党组开展常规巡察。巡察期间设立举报电话0731-5555555，受理反映区住建局党组及其成员问题的来信来电。
                2024年2月28日
                """, dir.resolve("src"));
        assertFalse(result.imported());
        Problem p = single(result.problems());
        assertEquals("“关于区委第一巡察组进驻区住建局开展常规巡察的公告” is not a rectification notice (an announcement"
                + " or a news item, say): no problems were found in it; nothing was written", p.message());
        assertFalse(Files.exists(dir.resolve("src")));
    }

    @Test
    void saysANewsItemIsNotARectificationNoticeInOneMessage() throws IOException {
        ImportResult result = importNotice("""
                区委召开巡察整改工作推进会
                12月5日，区委召开巡察整改工作推进会，听取各单位巡察整改工作汇报，部署下一阶段整改工作。
                会议强调，要压实整改责任，确保整改到位。区委常委出席会议。
                """, dir.resolve("src"));
        assertFalse(result.imported());
        assertTrue(single(result.problems()).message().contains("is not a rectification notice"));
    }

    // ---- helpers ----

    private static NoticeImporter english() {
        return NoticeImporter.builder().messageLocale(Locale.ENGLISH).build();
    }

    private ImportResult importNotice(String text, Path src) throws IOException {
        Path notice = dir.resolve("notice-" + src.getFileName() + ".txt");
        Files.writeString(notice, text);
        return english().importNotice(notice, src);
    }

    /** Imports the notice as text into {@code dir}, and as .docx elsewhere: the records are the same. */
    private ImportResult importBoth(String text) throws IOException {
        Path notice = Files.writeString(dir.resolve("notice.txt"), text);
        ImportResult fromText = english().importNotice(notice, dir);
        assertTrue(fromText.imported(), () -> fromText.problems().toString());
        Path word = dir.resolveSibling(dir.getFileName() + "-word");
        Path docx = NoticeFiles.docx(Files.createDirectories(word).resolve("notice.docx"), text);
        ImportResult fromWord = english().importNotice(docx, word.resolve("src"));
        assertEquals(fromText.written(), fromWord.written());
        assertSameRecords(dir, word.resolve("src"), fromText.written());
        assertEquals(fromText.problems().stream().map(Problem::message).sorted().toList(),
                fromWord.problems().stream().map(Problem::message).sorted().toList());
        return fromText;
    }

    private static void assertSameRecords(Path a, Path b, List<Path> files) throws IOException {
        for (Path rel : files) {
            String x = Files.readString(a.resolve(rel));
            String y = Files.readString(b.resolve(rel));
            if (rel.toString().equals("site.yaml")) { // its first line names the notice's file
                x = x.substring(x.indexOf('\n'));
                y = y.substring(y.indexOf('\n'));
            }
            // a comment names the status's place: a line of the text, a paragraph of the Word file
            x = x.replaceAll("通报第\\d+[行段]", "通报第N处");
            y = y.replaceAll("通报第\\d+[行段]", "通报第N处");
            assertEquals(x, y, rel.toString());
        }
    }

    /** What the clerk does: fills each listed record's empty status (and its history's); then loads. */
    private Site fill(Map<String, String> statuses, String... replacing) throws IOException {
        for (Map.Entry<String, String> e : statuses.entrySet()) {
            Path record = dir.resolve("findings/" + e.getKey() + ".md");
            String text = Files.readString(record).replaceAll("(?m)^status: \"\".*$", "status: " + e.getValue())
                    .replace("status: \"\"}", "status: " + e.getValue() + "}");
            for (String word : replacing) {
                text = text.replaceAll("(?m)^status: " + word + "\\b.*$", "status: " + e.getValue())
                        .replace("status: " + word + "}", "status: " + e.getValue() + "}");
            }
            Files.writeString(record, text);
        }
        LoadResult loaded = load();
        assertFalse(loaded.hasErrors(), () -> loaded.problems().toString());
        return loaded.site().orElseThrow();
    }

    private LoadResult load() {
        return SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir);
    }

    private List<Problem> buildProblems() throws IOException {
        BuildResult built = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build()
                .build(dir, dir.resolveSibling(dir.getFileName() + "-site"));
        assertTrue(built.render().isPresent(), () -> built.load().problems().toString());
        return built.load().errors();
    }

    private static int lineOf(String text, String piece) {
        int at = text.indexOf(piece);
        assertTrue(at >= 0, piece);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Problem single(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static Finding number(Site site, int n) {
        return site.findings().stream().filter(f -> f.number() == n).findFirst().orElseThrow();
    }

    private static List<String> texts(Finding f) {
        return f.measures().stream().map(Measure::text).toList();
    }

    private static List<String> titles(List<Category> categories) {
        return categories.stream().map(Category::title).toList();
    }

    @SuppressWarnings("unused")
    private static long count(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }
}
