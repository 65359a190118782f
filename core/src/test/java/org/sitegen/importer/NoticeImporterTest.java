package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Finding;
import org.sitegen.model.Measure;
import org.sitegen.model.Site;

/** The variations real notices have, each in a small notice written for the test. */
class NoticeImporterTest {
    static final String HEAD = """
            中共测试区工作委员会
            关于巡视整改进展情况的通报
            根据省委统一部署，2023年3月11日至5月10日，省委第七巡视组对测试区进行了专项巡视。2023年7月20日，省委巡视组向测试区党工委反馈了巡视意见。
            一、组织整改落实情况
            测试区党工委高度重视巡视整改。
            二、集中整改期内已完成或阶段性完成的整改事项
            """;
    static final String TAIL = """
            三、下一步整改工作安排
            持续抓好整改。
            欢迎监督。联系电话：0730-1234567；邮政信箱：湖南省测试市测试路1号测试区办公室（414000）；电子邮箱：xszg@example.cn。
            中共测试区工作委员会
            2023年12月26日
            """;
    static final String GROUP_1 = """
            （一）反馈问题：资金安全风险较高。
            1.问题：存在化债压力。
            整改结果：阶段性完成
            整改情况：一是安排收入。二是还本付息。
            """;

    @TempDir
    Path dir;

    // ---- the seed's structure, in a small notice ----

    @Test
    void readsHeadOpeningContactAndClosing() throws IOException {
        Site site = importAndLoad(HEAD + GROUP_1 + TAIL);
        assertEquals("中共测试区工作委员会", site.issuer());
        assertEquals("测试区巡视整改公示", site.title());
        var inspection = site.inspections().get(0);
        assertEquals("2023-special", inspection.id());
        assertEquals("省委第七巡视组专项巡视", inspection.title());
        assertEquals(LocalDate.of(2023, 3, 11), inspection.start());
        assertEquals(LocalDate.of(2023, 5, 10), inspection.end());
        assertEquals(LocalDate.of(2023, 7, 20), inspection.feedback());
        assertEquals("0730-1234567", site.contact().phone());
        assertEquals("湖南省测试市测试路1号测试区办公室", site.contact().address());
        assertEquals("414000", site.contact().postcode());
        assertEquals("xszg@example.cn", site.contact().email());
        var notice = site.notices().get(0);
        assertEquals("关于巡视整改进展情况的通报", notice.title());
        assertEquals(LocalDate.of(2023, 12, 26), notice.date());
        assertTrue(notice.body().contains("## 三、下一步整改工作安排\n\n持续抓好整改。"), notice.body());
        assertTrue(notice.body().endsWith("中共测试区工作委员会\\\n2023年12月26日"), notice.body());
        assertTrue(notice.body().contains("反馈的1个方面1项问题的整改结果和整改情况，逐项列于本站问题清单。"));
        assertFalse(notice.body().contains("存在化债压力"), "problems are records, not narrative");
    }

    @Test
    void readsANoticeLaidOutDifferently() throws IOException {
        String text = """
                中共某某县委关于县委第二巡察组巡察反馈意见整改进展情况的通报

                按照县委统一部署，2022年9月5日至11月4日，县委第二巡察组对县自然资源局党组开展了常规巡察，并于2022年12月1日反馈了巡察意见。

                一、整改工作开展情况
                局党组召开专题会议研究整改。
                二、反馈意见整改落实情况
                (一)党的领导弱化
                (1)问题：理论学习不深入
                整改结果：已完成
                整改情况：
                1.制定学习计划。
                2.开展专题学习。
                (2)问题：议事规则不健全
                整改结果：整改中
                整改情况：修订《党组工作规则》。
                联系电话：0731-7654321。

                中共某某县委
                二〇二三年三月十日
                """;
        ImportResult result = importNotice(text);
        assertTrue(result.imported());
        Problem unknown = single(result.errors());
        assertEquals(lineOf(text, "整改结果：整改中"), unknown.line());
        Files.writeString(dir.resolve("findings/02.md"),
                Files.readString(dir.resolve("findings/02.md")).replace("整改中", "阶段性完成"));
        LoadResult loaded = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir);
        assertEquals(List.of(), loaded.problems());
        Site site = loaded.site().orElseThrow();
        assertEquals("中共某某县委", site.issuer());
        assertEquals("某某县巡察整改公示", site.title());
        var inspection = site.inspections().get(0);
        assertEquals("2022-regular", inspection.id());
        assertEquals("县委第二巡察组常规巡察", inspection.title());
        assertEquals(LocalDate.of(2022, 12, 1), inspection.feedback());
        assertEquals("关于县委第二巡察组巡察反馈意见整改进展情况的通报", site.notices().get(0).title());
        assertEquals(LocalDate.of(2023, 3, 10), site.notices().get(0).date());
        assertEquals("党的领导弱化", site.categories().get(0).title());
        assertEquals(List.of("制定学习计划。", "开展专题学习。"), texts(number(site, 1)));
        assertEquals("已完成", Files.readString(dir.resolve("findings/01.md")).lines()
                .filter(l -> l.startsWith("status: ")).findFirst().orElseThrow().substring(8));
        assertEquals(List.of("《党组工作规则》"), number(site, 2).documents());
        assertEquals("0731-7654321", site.contact().phone());
    }

    @Test
    void keepsSectionThreesNoneInTheNarrative() throws IOException {
        Site site = importAndLoad(HEAD + GROUP_1 + "三、集中整改期内未完成或长期整改的整改事项\n无。\n"
                + TAIL.replace("三、下一步", "四、下一步"));
        String body = site.notices().get(0).body();
        assertTrue(body.contains("## 三、集中整改期内未完成或长期整改的整改事项\n\n无。\n\n## 四、下一步整改工作安排"), body);
        assertEquals(1, site.findings().size());
    }

    @Test
    void endDateWithoutYearInAPeriodOverNewYearIsNextYear() throws IOException {
        Site site = importAndLoad(HEAD.replace("2023年3月11日至5月10日", "2023年11月1日至1月10日")
                .replace("2023年7月20日", "2024年3月1日") + GROUP_1 + TAIL);
        assertEquals(LocalDate.of(2024, 1, 10), site.inspections().get(0).end());
    }

    // ---- full- and half-width, stray spaces, Word artefacts ----

    @Test
    void readsHalfWidthGroupMarksAndEveryNumberPunctuation() throws IOException {
        Site site = importAndLoad(HEAD + """
                (一)反馈问题：资金安全风险较高。
                1．问题：存在化债压力。
                整改结果：阶段性完成
                整改情况：一是安排收入。二是还本付息。
                (二)反馈问题:落实监督责任不够有力.
                2、问题：政治监督不精准。
                整改结果:基本完成
                整改情况:制定实施办法。
                3. 问题：监督执纪震慑力不强。
                整改结果：完成
                整改情况：开展专项行动。
                """ + TAIL);
        assertEquals(List.of("资金安全风险较高", "落实监督责任不够有力"),
                site.categories().stream().map(c -> c.title()).toList());
        assertEquals(List.of(1, 2, 3), site.findings().stream().map(Finding::number).toList());
        assertEquals("政治监督不精准", number(site, 2).title());
        assertEquals("basically-completed", number(site, 2).status().code());
        assertEquals(2, number(site, 3).category().order());
        assertEquals(List.of("安排收入。", "还本付息。"), texts(number(site, 1)));
    }

    @Test
    void readsFullWidthDigitsInNumbersDatesAndContact() throws IOException {
        Site site = importAndLoad(HEAD.replace("2023年3月11日至5月10日", "２０２３年３月１１日至５月１０日") + """
                （一）反馈问题：资金安全风险较高。
                １．问题：存在化债压力。
                整改结果：完成
                整改情况：签约项目３５个。
                """ + TAIL.replace("0730-1234567", "０７３０－１２３４５６７")
                .replace("（414000）", "（４１４０００）")
                .replace("2023年12月26日", "２０２３年１２月２６日"));
        assertEquals(1, site.findings().get(0).number());
        assertEquals("签约项目３５个。", site.findings().get(0).body(), "the text itself is kept as written");
        assertEquals(LocalDate.of(2023, 3, 11), site.inspections().get(0).start());
        assertEquals(LocalDate.of(2023, 12, 26), site.notices().get(0).date());
        assertEquals("0730-1234567", site.contact().phone());
        assertEquals("414000", site.contact().postcode());
    }

    @Test
    void dropsStraySpacesAndBlankLines() throws IOException {
        Site site = importAndLoad(HEAD + """

                  （一） 反馈问题 ： 资金安全 风险较高。\t

                1. 问题： 存在 化债压力。\u3000

                 整改结果： 阶段性完成 \u00a0
                整改情况：一是安排“三资” 处置收入。  二是还本付息。 

                """ + TAIL);
        assertEquals("资金安全风险较高", site.categories().get(0).title());
        Finding f = site.findings().get(0);
        assertEquals("存在化债压力", f.title());
        assertEquals("phased", f.status().code());
        assertEquals(List.of("安排“三资”处置收入。", "还本付息。"), texts(f));
    }

    @Test
    void keepsSpacesBetweenLatinWords() throws IOException {
        Site site = importAndLoad(HEAD + GROUP_1.replace("安排收入", "上线 Office  365 系统") + TAIL);
        assertEquals(List.of("上线Office 365系统。", "还本付息。"), texts(site.findings().get(0)));
    }

    @Test
    void removesWordBookmarks() throws IOException {
        Site site = importAndLoad("[bookmark: _GoBack]" + HEAD + GROUP_1.replace("存在化债压力", "存在[bookmark: _Hlk1]化债压力")
                + TAIL);
        assertEquals("中共测试区工作委员会", site.issuer());
        assertEquals("存在化债压力", site.findings().get(0).title());
    }

    // ---- statuses ----

    @Test
    void writesStatusWordsOfTheVocabularyAsWritten() throws IOException {
        importAndLoad(HEAD + GROUP_1.replace("整改结果：阶段性完成", "整改结果：已完成") + TAIL);
        assertTrue(Files.readString(dir.resolve("findings/01.md")).contains("\nstatus: 已完成\n"));
        assertEquals(List.of(), lastImport.problems());
    }

    @Test
    void mapsClearSynonymsOfStatusesAndSaysSo() throws IOException {
        String text = HEAD + GROUP_1.replace("整改结果：阶段性完成", "整改结果：已整改。") + """
                2.问题：担保责任较大。
                整改结果：基本完成整改
                整改情况：核查担保。
                3.问题：资金出借。
                整改结果：已整改
                整改情况：收回资金。
                """ + TAIL;
        Site site = importAndLoad(text);
        assertEquals("completed", number(site, 1).status().code());
        assertEquals("basically-completed", number(site, 2).status().code());
        assertEquals("completed", number(site, 3).status().code());
        assertTrue(Files.readString(dir.resolve("findings/01.md")).contains("\nstatus: 完成\n"));
        List<Problem> warnings = lastImport.warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(lineOf(text, "整改结果：已整改。"), warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("'已整改' was read as '完成'"), warnings.get(0).message());
        assertTrue(warnings.get(0).message().contains("also on lines " + lineOf(text, "整改结果：已整改\n")),
                warnings.get(0).message());
        assertTrue(warnings.get(1).message().contains("'基本完成整改' was read as '基本完成'"));
        assertTrue(lastImport.errors().isEmpty());
    }

    @Test
    void reportsAnUnknownStatusAndWritesItForTheLoaderToFlag() throws IOException {
        String text = HEAD + GROUP_1.replace("整改结果：阶段性完成", "整改结果：正在整改") + TAIL;
        ImportResult result = importNotice(text);
        assertTrue(result.imported());
        Problem error = single(result.errors());
        assertEquals(lineOf(text, "整改结果：正在整改"), error.line());
        assertEquals(6, error.column());
        assertTrue(error.message().contains("unknown status '正在整改'"), error.message());
        assertTrue(error.hint().contains("findings/01.md") && error.hint().contains("阶段性完成"), error.hint());

        String record = Files.readString(dir.resolve("findings/01.md"));
        assertTrue(record.contains("\nstatus: 正在整改  # "), record);
        LoadResult loaded = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir);
        assertTrue(loaded.hasErrors());
        Problem loaderError = loaded.errors().get(0);
        assertEquals(Path.of("findings", "01.md"), loaderError.file());
        assertEquals(5, loaderError.line(), "the status line of the record");
        assertTrue(loaderError.message().contains("unknown status '正在整改'"), loaderError.message());
        assertTrue(loaderError.hint().contains("阶段性完成"), loaderError.hint());
        assertTrue(loaded.errors().stream().allMatch(p -> p.message().contains("正在整改")), loaded.errors().toString());
    }

    @Test
    void reportsAProblemWithoutStatusLineAndLeavesTheStatusEmpty() throws IOException {
        String text = HEAD + """
                （一）反馈问题：资金安全风险较高。
                1.问题：存在化债压力。
                整改情况：安排收入。
                2.问题：担保责任较大。
                整改结果：完成
                整改情况：核查担保。
                """ + TAIL;
        ImportResult result = importNotice(text);
        Problem error = single(result.errors());
        assertEquals(lineOf(text, "1.问题：存在化债压力。"), error.line());
        assertTrue(error.message().contains("problem 1 has no status line"), error.message());
        assertTrue(error.hint().contains("findings/01.md"), error.hint());

        assertTrue(Files.readString(dir.resolve("findings/01.md")).contains("\nstatus: \"\"  # "));
        LoadResult loaded = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir);
        Problem loaderError = loaded.errors().get(0);
        assertEquals(Path.of("findings", "01.md"), loaderError.file());
        assertEquals(5, loaderError.line());
        assertTrue(loaderError.message().contains("'status' is empty"), loaderError.message());
    }

    @Test
    void readsAStatusWrittenOnTheLineAfterItsLabel() throws IOException {
        Site site = importAndLoad(HEAD + GROUP_1.replace("整改结果：阶段性完成", "整改结果：\n完成") + TAIL);
        assertEquals("completed", site.findings().get(0).status().code());
        assertEquals(List.of(), lastImport.problems());
    }

    // ---- problems and measures ----

    @Test
    void keepsMeasuresThatAreNotEnumeratedAsOneMeasure() throws IOException {
        Site site = importAndLoad(HEAD + GROUP_1.replace("一是安排收入。二是还本付息。", "统一是原则，已加快建设，积极帮扶企业。") + TAIL);
        assertEquals(List.of("统一是原则，已加快建设，积极帮扶企业。"), texts(site.findings().get(0)));
    }

    @Test
    void joinsMeasuresSpreadOverSeveralLines() throws IOException {
        Site site = importAndLoad(HEAD + GROUP_1.replace("整改情况：一是安排收入。二是还本付息。",
                "整改情况：\n一是安排收入。\n二是还本付息。\n三是控制债务。") + TAIL);
        Finding f = site.findings().get(0);
        assertEquals("一是安排收入。二是还本付息。三是控制债务。", f.body());
        assertEquals(List.of("安排收入。", "还本付息。", "控制债务。"), texts(f));
    }

    @Test
    void writesMeasuresNumberedLineByLineAsAList() throws IOException {
        Site site = importAndLoad(HEAD + GROUP_1.replace("整改情况：一是安排收入。二是还本付息。",
                "整改情况：\n（1）安排收入。\n（2）还本付息。") + TAIL);
        assertEquals(List.of("安排收入。", "还本付息。"), texts(site.findings().get(0)));
    }

    @Test
    void readsProblemsWithoutTheirLabel() throws IOException {
        Site site = importAndLoad(HEAD + """
                （一）资金安全风险较高
                1.存在化债压力。
                整改结果：完成
                整改情况：安排收入。
                2、担保责任较大。
                整改情况：核查担保。
                整改结果：阶段性完成
                """ + TAIL);
        assertEquals("资金安全风险较高", site.categories().get(0).title());
        assertEquals(List.of("存在化债压力", "担保责任较大"), site.findings().stream().map(Finding::title).toList());
        assertEquals("phased", number(site, 2).status().code());
    }

    @Test
    void readsUnitsDeadlineAndDocuments() throws IOException {
        Site site = importAndLoad(HEAD + GROUP_1.replace("整改情况：一是安排收入。二是还本付息。",
                "责任单位：区财政局、区国资办\n整改时限：2024年6月底\n整改情况：出台《融资管理办法》和《关于印发《担保办法》的通知》，修订《融资管理办法》。")
                + TAIL);
        Finding f = site.findings().get(0);
        assertEquals(List.of("区财政局", "区国资办"), f.units());
        assertEquals(LocalDate.of(2024, 6, 30), f.deadline());
        assertEquals(List.of("《融资管理办法》", "《关于印发《担保办法》的通知》"), f.documents());
    }

    @Test
    void reportsALineItCannotPlaceAndKeepsItsText() throws IOException {
        String text = HEAD + """
                （一）反馈问题：资金安全风险较高。
                1.问题：存在化债压力。
                整改结果：阶段性完成
                已安排专项资金。
                """ + TAIL;
        Site site = importAndLoad(text);
        Problem warning = single(lastImport.warnings());
        assertEquals(lineOf(text, "已安排专项资金。"), warning.line());
        assertTrue(warning.message().contains("no label"), warning.message());
        assertEquals(List.of("已安排专项资金。"), texts(site.findings().get(0)));
    }

    @Test
    void renumbersProblemsNumberedPerGroup() throws IOException {
        String text = HEAD + GROUP_1 + """
                （二）反馈问题：落实监督责任不够有力。
                1.问题：政治监督不精准。
                整改结果：完成
                整改情况：制定办法。
                """ + TAIL;
        Site site = importAndLoad(text);
        assertEquals(List.of(1, 2), site.findings().stream().map(Finding::number).toList());
        assertEquals("政治监督不精准", number(site, 2).title());
        Problem warning = single(lastImport.warnings());
        assertEquals(lineOf(text, "1.问题：政治监督不精准。"), warning.line());
        assertTrue(warning.message().contains("numbered 1 to 2"), warning.message());
    }

    @Test
    void putsProblemsOutsideAnyGroupInAGroupNamedAfterTheirSectionAndSaysSo() throws IOException {
        Site site = importAndLoad(HEAD + GROUP_1.replace("（一）反馈问题：资金安全风险较高。\n", "") + TAIL);
        assertEquals("集中整改期内已完成或阶段性完成的整改事项", site.categories().get(0).title());
        assertTrue(single(lastImport.warnings()).message().contains("before any group"));
    }

    @Test
    void reportsANoticeWithoutProblemsAndWritesNothing() throws IOException {
        ImportResult result = importNotice(HEAD + TAIL);
        assertFalse(result.imported());
        assertTrue(single(result.errors()).message().contains("no numbered problems"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    // ---- encodings and line ends ----

    @Test
    void decodesGbkAndSaysSo() throws IOException {
        Charset gbk = Charset.forName("GBK");
        Path notice = dir.resolve("notice.txt");
        Files.write(notice, (HEAD + GROUP_1 + TAIL).getBytes(gbk));
        ImportResult result = NoticeImporter.builder().messageLocale(Locale.ENGLISH).build().importNotice(notice, dir.resolve("src"));
        assertEquals(gbk, result.charset().orElseThrow());
        Problem warning = single(result.warnings());
        assertEquals(0, warning.line());
        assertTrue(warning.message().contains("GBK"), warning.message());
        Site site = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir.resolve("src")).site().orElseThrow();
        assertEquals("存在化债压力", site.findings().get(0).title());
        assertEquals("中共测试区工作委员会", site.issuer());
    }

    @Test
    void readsUtf8WithBomAndCrlfLineEnds() throws IOException {
        Path notice = dir.resolve("notice.txt");
        byte[] text = (HEAD + GROUP_1 + TAIL).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(notice, bytes);
        ImportResult result = NoticeImporter.builder().messageLocale(Locale.ENGLISH).build().importNotice(notice, dir.resolve("src"));
        assertEquals(List.of(), result.problems());
        assertEquals("中共测试区工作委员会",
                SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir.resolve("src")).site().orElseThrow().issuer());
    }

    @Test
    void reportsBytesThatAreNeitherUtf8NorGbk() throws IOException {
        Path notice = dir.resolve("notice.txt");
        Files.write(notice, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x41});
        ImportResult result = NoticeImporter.builder().messageLocale(Locale.ENGLISH).build().importNotice(notice, dir.resolve("src"));
        assertFalse(result.imported());
        assertTrue(single(result.errors()).message().contains("neither UTF-8 nor GBK"));
        assertFalse(Files.exists(dir.resolve("src")));
    }

    // ---- writing ----

    @Test
    void refusesToOverwriteExistingFilesAndWritesNothing() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("findings"));
        Files.createDirectories(src.resolve("categories"));
        Files.writeString(src.resolve("categories/01-c01.md"), "mine too\n");
        Files.writeString(src.resolve("findings/01.md"), "mine\n");
        ImportResult result = importNotice(HEAD + GROUP_1 + TAIL, src, false);
        assertFalse(result.imported());
        assertEquals(List.of(Path.of("."), Path.of("categories", "01-c01.md"), Path.of("findings", "01.md")),
                result.errors().stream().map(Problem::file).toList());
        assertTrue(result.errors().get(0).message().startsWith("2 files of the import exist already"));
        assertTrue(result.errors().get(0).hint().contains("-DsiteGen.overwrite=true"));
        assertEquals("this file exists already", result.errors().get(1).message());
        assertEquals("mine too\n", Files.readString(src.resolve("categories/01-c01.md")));
        assertEquals("mine\n", Files.readString(src.resolve("findings/01.md")));
        assertFalse(Files.exists(src.resolve("site.yaml")), "nothing may be written when the import is refused");
        assertFalse(Files.exists(src.resolve("notices")));
    }

    @Test
    void refusesToUpdateATreeThatHasErrorsAndListsThem() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("findings"));
        Files.writeString(src.resolve("site.yaml"), "title: 已有\n");
        Files.writeString(src.resolve("findings/01.md"), "mine\n");
        ImportResult result = importNotice(HEAD + GROUP_1 + TAIL, src, false);
        assertFalse(result.imported());
        assertTrue(result.errors().get(0).message().startsWith("the records of the source folder have "),
                result.errors().get(0).message());
        assertTrue(result.errors().stream().anyMatch(p -> p.file().equals(Path.of("site.yaml"))),
                "the tree's own errors follow");
        assertEquals("title: 已有\n", Files.readString(src.resolve("site.yaml")));
        assertEquals("mine\n", Files.readString(src.resolve("findings/01.md")));
        assertFalse(Files.exists(src.resolve("categories")), "nothing may be written when the import is refused");
        assertFalse(Files.exists(src.resolve("notices")));
    }

    @Test
    void overwritesWhenAllowedAndReportsRecordsItLeftAlone() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("findings"));
        Files.writeString(src.resolve("site.yaml"), "title: 已有\n");
        Files.writeString(src.resolve("findings/99.md"), "---\nnumber: 99\n---\n");
        ImportResult result = importNotice(HEAD + GROUP_1 + TAIL, src, true);
        assertTrue(result.imported());
        assertTrue(Files.readString(src.resolve("site.yaml")).contains("title: 测试区巡视整改公示"));
        Problem stray = single(result.warnings());
        assertEquals(Path.of("findings", "99.md"), stray.file());
        assertTrue(Files.exists(src.resolve("findings/99.md")), "records not from the notice are never deleted");
        try (Stream<Path> files = Files.list(src.resolve("findings"))) {
            assertEquals(List.of("01.md", "99.md"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void writesTitlesThatYamlWouldMisreadSoTheyReadBackUnchanged() throws IOException {
        String title = "《办法》执行不严: A #1 \"B\"，'C' [D] {E} * & ! | > % @ `F`";
        Site site = importAndLoad(HEAD + GROUP_1.replace("存在化债压力", title) + TAIL);
        assertEquals(title, site.findings().get(0).title());
    }

    @Test
    void escapesMarkdownInTheNarrativeAndMeasures() throws IOException {
        Site site = importAndLoad(HEAD.replace("测试区党工委高度重视巡视整改。", "# Not a heading <script>alert(1)</script>")
                + GROUP_1.replace("一是安排收入。二是还本付息。", "- not a list *not emphasis* [not](a link) 1_000") + TAIL);
        String body = site.notices().get(0).body();
        assertTrue(body.contains("\n\\# Not a heading \\<script\\>alert(1)\\</script\\>\n"), body);
        assertEquals("\\- not a list \\*not emphasis\\* \\[not\\](a link) 1\\_000", site.findings().get(0).body());
    }

    @Test
    void readsHostileLongLinesInLinearTime() {
        // each line would take hours with a backtracking pattern: letters without @ in the contact
        // line, punctuation that does not end a title, bookmarks that do not close, a huge opening
        String text = HEAD.replace("根据省委统一部署，", "根据省委统一部署，" + "2023年对".repeat(100_000))
                + GROUP_1.replace("存在化债压力。", "存在" + "。".repeat(200_000) + "压力")
                + "[bookmark: ".repeat(50_000) + "\n"
                + TAIL.replace("电子邮箱：", "电子邮箱：" + "a".repeat(1_000_000) + "x");
        ImportResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> importNotice(text));
        assertTrue(result.imported());
    }

    @Test
    void reportsAMissingNoticeFile() throws IOException {
        ImportResult result = NoticeImporter.builder().messageLocale(Locale.ENGLISH).build().importNotice(dir.resolve("none.txt"), dir.resolve("src"));
        assertFalse(result.imported());
        assertTrue(single(result.errors()).message().contains("does not exist"));
    }

    // ---- helpers ----

    ImportResult lastImport;

    private ImportResult importNotice(String text) throws IOException {
        return importNotice(text, dir, false);
    }

    private ImportResult importNotice(String text, Path src, boolean overwrite) throws IOException {
        Path notice = Files.createTempFile(dir.getParent() == null ? dir : dir.getParent(), "notice", ".txt");
        try {
            Files.writeString(notice, text);
            lastImport = NoticeImporter.builder().overwrite(overwrite).messageLocale(Locale.ENGLISH).build().importNotice(notice, src);
            for (Problem p : lastImport.problems()) {
                if (!p.file().isAbsolute()) {
                    continue;
                }
                assertEquals(notice.toAbsolutePath().normalize(), p.file(), "problems name the notice");
            }
            return lastImport;
        } finally {
            Files.delete(notice);
        }
    }

    /** Imports, then loads; the tree must load without errors. */
    private Site importAndLoad(String text) throws IOException {
        ImportResult result = importNotice(text);
        assertTrue(result.imported(), () -> "not imported: " + result.problems());
        assertEquals(List.of(), result.errors());
        LoadResult loaded = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(dir);
        assertEquals(List.of(), loaded.problems());
        return loaded.site().orElseThrow();
    }

    /** The 1-based line of the first line that contains a piece of text. */
    private static int lineOf(String text, String piece) {
        int at = text.indexOf(piece);
        assertTrue(at >= 0, piece);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Problem single(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        assertNotNull(problems.get(0));
        return problems.get(0);
    }

    private static Finding number(Site site, int n) {
        return site.findings().stream().filter(f -> f.number() == n).findFirst().orElseThrow();
    }

    private static List<String> texts(Finding f) {
        return f.measures().stream().map(Measure::text).toList();
    }
}
