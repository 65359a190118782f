package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Disclosure;
import org.sitegen.model.Notice;
import org.sitegen.model.Problem;
import org.sitegen.model.SiteIdentity;
import org.sitegen.testing.SourceTree;

/**
 * What a government website declares: the {@code identity:} of site.yaml and the 信息公开 metadata
 * of a notice. Every item is optional; one in the wrong form is an error at its value, in Chinese
 * by default and in English on request.
 */
class PortalSettingsTest {
    @TempDir Path dir;

    static final String IDENTITY = """
            identity:
              sponsor: 岳阳经济技术开发区管理委员会
              organizer: 岳阳经济技术开发区党政综合办公室
              siteCode: "4306000099"
              icp: 湘ICP备12345678号-1
              publicSecurity: 湘公网安备 43060202000123号
              domain: www.example.gov.cn
              conac: https://bszs.conac.cn/sitename?method=show&id=ABC
              errorReport: https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo/x-4306000099
              keywords: [巡视整改, 整改公示]
              description: 整改进展情况公示
            """;

    static final String NOTICE = """
            ---
            title: 关于巡视整改进展情况的通报
            date: 2023-12-26
            %s---
            正文
            """;

    private LoadResult load(String siteYaml, Locale messages) {
        SiteGenerator.Builder b = SiteGenerator.builder();
        if (messages != null) {
            b.messageLocale(messages);
        }
        return b.build().load(SourceTree.minimal(dir).file("site.yaml", siteYaml)
                .file("findings/01.md", SourceTree.finding(1)).root());
    }

    private LoadResult notice(String frontMatter) {
        return SiteGenerator.builder().build().load(SourceTree.minimal(dir)
                .file("findings/01.md", SourceTree.finding(1))
                .file("notices/2023-12-26.md", NOTICE.formatted(frontMatter)).root());
    }

    private static Problem only(LoadResult r) {
        assertEquals(1, r.errors().size(), () -> "errors: " + r.errors());
        return r.errors().get(0);
    }

    @Test
    void everyIdentityItemIsRead() {
        SiteIdentity id = load(SourceTree.SITE_YAML + IDENTITY, null).site().orElseThrow().identity();
        assertEquals("岳阳经济技术开发区管理委员会", id.sponsor());
        assertEquals("岳阳经济技术开发区党政综合办公室", id.organizer());
        assertEquals("4306000099", id.siteCode());
        assertEquals("湘ICP备12345678号-1", id.icp());
        assertEquals("湘公网安备 43060202000123号", id.publicSecurity());
        assertEquals("43060202000123", id.publicSecurityDigits());
        assertEquals("www.example.gov.cn", id.domain());
        assertEquals("https://bszs.conac.cn/sitename?method=show&id=ABC", id.conacUrl());
        assertEquals("https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo/x-4306000099", id.errorReportUrl());
        assertEquals(List.of("巡视整改", "整改公示"), id.keywords());
        assertEquals("整改进展情况公示", id.description());
    }

    @Test
    void aSiteWithoutIdentityHasNone() {
        SiteIdentity id = load(SourceTree.SITE_YAML, null).site().orElseThrow().identity();
        assertSame(SiteIdentity.NONE, id);
        assertTrue(id.isEmpty());
    }

    @Test
    void aDepartmentsSiteCodeAndAnUnquotedOneAreAccepted() {
        assertEquals("bm14000002", load(SourceTree.SITE_YAML + "identity: {siteCode: bm14000002}\n", null)
                .site().orElseThrow().identity().siteCode());
        assertEquals("4306000099", load(SourceTree.SITE_YAML + "identity: {siteCode: 4306000099}\n", null)
                .site().orElseThrow().identity().siteCode());
    }

    /** Each item in a wrong form, the column of its value, and the Chinese and English messages. */
    @Test
    void anItemInTheWrongFormIsAnErrorAtItsValueInBothLanguages() {
        record Case(String line, int column, String zh, String en) {}
        List<Case> cases = List.of(
                new Case("siteCode: \"43060000\"", 13, "网站标识码“43060000”的格式不对：应当是 10 位数字，部门网站是 bm 加 8 位数字",
                        "the site code '43060000' is not in its form: ten digits, or bm and eight digits for a department's site"),
                new Case("icp: 湘ICP备案12345678号", 8, "ICP备案号“湘ICP备案12345678号”的格式不对",
                        "the ICP record number '湘ICP备案12345678号' is not in its form"),
                new Case("publicSecurity: 湘公网安备 4306020200012号", 19, "公安机关备案号“湘公网安备 4306020200012号”的格式不对",
                        "the public security record number '湘公网安备 4306020200012号' is not in its form"),
                new Case("domain: https://www.example.gov.cn/", 11,
                        "域名“https://www.example.gov.cn/”的格式不对：只写域名，用小写字母，不带 http:// 和路径",
                        "the domain 'https://www.example.gov.cn/' is not in its form: the host name only, in lower case,"
                                + " without http:// or a path"),
                new Case("conac: bszs.conac.cn/sitename", 10, "conac“bszs.conac.cn/sitename”不是一个完整的网址",
                        "'conac' must be an absolute web address, not 'bszs.conac.cn/sitename'"),
                new Case("errorReport: javascript:alert(1)", 16, "errorReport“javascript:alert(1)”不是一个完整的网址",
                        "'errorReport' must be an absolute web address, not 'javascript:alert(1)'"));
        int siteYamlLines = (int) SourceTree.SITE_YAML.lines().count();
        for (Case c : cases) {
            String yaml = SourceTree.SITE_YAML + "identity:\n  " + c.line() + "\n";
            Problem zh = only(load(yaml, null));
            assertEquals(Path.of("site.yaml"), zh.file());
            assertEquals(siteYamlLines + 2, zh.line(), zh::toString);
            assertEquals(c.column(), zh.column(), zh::toString);
            assertEquals(c.zh(), zh.message());
            assertEquals(Locale.SIMPLIFIED_CHINESE, zh.locale());
            assertTrue(zh.hint() != null && zh.hint().contains("例如"), zh::toString);
            Problem en = only(load(yaml, Locale.ENGLISH));
            assertEquals(c.en(), en.message());
            assertEquals(zh.line(), en.line());
            assertEquals(zh.column(), en.column());
            assertTrue(en.hint() != null && en.hint().contains("e.g."), en::toString);
        }
    }

    @Test
    void anUnknownIdentityKeySuggestsTheClosestOne() {
        Problem p = only(load(SourceTree.SITE_YAML + "identity:\n  siteCod: \"4306000099\"\n", Locale.ENGLISH));
        assertTrue(p.message().contains("siteCod"), p::toString);
        assertTrue(p.hint().contains("siteCode"), p::toString);
    }

    @Test
    void aNoticesDisclosureIsRead() {
        Notice n = notice("""
                indexNumber: 000014349/2023-00110
                publisher: 岳阳经济技术开发区党政综合办公室
                written: 2023-12-25
                published: 2023-12-26
                documentNumber: 岳经工发〔2023〕12号
                subject: 综合政务/其他
                """).site().orElseThrow().notices().get(0);
        assertEquals(new Disclosure("000014349/2023-00110", "岳阳经济技术开发区党政综合办公室", LocalDate.of(2023, 12, 25),
                LocalDate.of(2023, 12, 26), "岳经工发〔2023〕12号", "综合政务/其他"), n.disclosure());
        assertEquals(LocalDate.of(2023, 12, 26), n.publicationDate());
    }

    @Test
    void publisherAndDateWrittenDefaultToTheNoticesIssuerAndDate() {
        Notice n = notice("").site().orElseThrow().notices().get(0);
        assertEquals(new Disclosure(null, "测试单位", LocalDate.of(2023, 12, 26), null, null, null), n.disclosure());
        Notice own = notice("issuer: 区纪工委\n").site().orElseThrow().notices().get(0);
        assertEquals("区纪工委", own.disclosure().publisher());
    }

    @Test
    void anIndexNumberOutOfItsFormIsAnErrorAtItsValue() {
        for (String wrong : List.of("000014349-2023-00110", "000014349/23-00110", "000014349/2023-110", "1434/2023-00110",
                "11430600mb1234567x/2023-00001")) {
            Problem p = only(notice("indexNumber: " + wrong + "\n"));
            assertEquals(Path.of("notices/2023-12-26.md"), p.file());
            assertEquals(4, p.line(), p::toString);
            assertEquals(14, p.column(), p::toString);
            assertEquals("索引号“" + wrong + "”的格式不对：应当是“机构代码/年份-五位流水号”", p.message());
            assertEquals("机构代码是 9 位或 18 位的数字和大写字母，例如 indexNumber: 000014349/2023-00110", p.hint());
        }
        assertTrue(notice("indexNumber: 11430600MB1234567X/2023-00001\n").errors().isEmpty(), "an 18-character code");
    }

    @Test
    void aNoticePublishedBeforeItWasWrittenIsAnError() {
        Problem p = only(notice("written: 2023-12-26\npublished: 2023-12-20\n"));
        assertEquals(5, p.line());
        assertEquals("发布日期 2023-12-20 早于成文日期 2023-12-26", p.message());
    }

    @Test
    void aNoticeMadeByHandHasTheDefaultDisclosure() {
        Notice n = notice("").site().orElseThrow().notices().get(0);
        Notice byHand = new Notice(n.id(), n.title(), n.date(), n.issuer(), n.inspection(), n.body(), n.origin());
        assertEquals(n.disclosure(), byHand.disclosure());
        assertNull(new Notice(n.id(), n.title(), n.date(), null, n.inspection(), n.body(), n.origin()).disclosure()
                .publisher());
    }
}
