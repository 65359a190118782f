package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.testing.SourceTree;

/** Which language the problems of a load are written in: the caller's choice, else the site's. */
class ProblemLanguageTest {
    @TempDir Path dir;

    private static final String STAUTS = SourceTree.finding(1).replace("status: 完成", "status: 完成\nstauts: 完成");
    private static final String ZH = "findings/01.md:6:1: 文件开头 --- 之间的前置信息中有无法识别的字段 stauts（是不是想写 status？）";
    private static final String EN = "findings/01.md:6:1: unknown key 'stauts' in the front matter (did you mean 'status'?)";

    private Path site(String siteYaml) {
        return SourceTree.minimal(dir).file("site.yaml", siteYaml).file("findings/01.md", STAUTS).root();
    }

    private static List<String> lines(LoadResult r) {
        return r.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void withoutLocaleTheProblemsAreChinese() {
        LoadResult r = SiteGenerator.builder().build().load(site(SourceTree.SITE_YAML));
        assertEquals(List.of(ZH), lines(r));
        assertEquals(Locale.SIMPLIFIED_CHINESE, r.problems().get(0).locale());
    }

    @Test
    void localeZhCnGivesChinese() {
        assertEquals(List.of(ZH), lines(SiteGenerator.builder().build().load(site(SourceTree.SITE_YAML + "locale: zh-CN\n"))));
    }

    @Test
    void localeEnGivesEnglish() {
        LoadResult r = SiteGenerator.builder().build().load(site(SourceTree.SITE_YAML + "locale: en\n"));
        assertEquals(List.of(EN), lines(r));
        assertEquals(Locale.ENGLISH, r.problems().get(0).locale());
    }

    @Test
    void theBuilderOverridesTheSite() {
        Path en = site(SourceTree.SITE_YAML + "locale: en\n");
        assertEquals(List.of(ZH), lines(SiteGenerator.builder().messageLocale(Locale.SIMPLIFIED_CHINESE).build().load(en)));
        assertEquals(List.of(ZH), lines(SiteGenerator.builder().messageLocale(Locale.forLanguageTag("zh")).build().load(en)));
        Path zh = site(SourceTree.SITE_YAML);
        assertEquals(List.of(EN), lines(SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(zh)));
        assertEquals(List.of(EN), lines(SiteGenerator.builder().messageLocale(Locale.UK).build().load(zh)));
        assertEquals(List.of(EN), lines(SiteGenerator.builder().messageLocale(Locale.ENGLISH).messageLocale(null)
                .build().load(site(SourceTree.SITE_YAML + "locale: en\n"))), "null: back to the site's language");
    }

    @Test
    void theBuilderRefusesALanguageWithoutTexts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiteGenerator.builder().messageLocale(Locale.FRENCH));
        assertEquals("messageLocale 'fr' must be zh-CN or en", e.getMessage());
    }

    @Test
    void problemsOfSiteYamlItselfAreInItsLanguage() {
        LoadResult r = SiteGenerator.builder().build().load(site(SourceTree.SITE_YAML + "locale: en\ntittle: x\n"));
        assertEquals(List.of(EN, "site.yaml:7:1: unknown key 'tittle' in site.yaml (did you mean 'title'?)"), lines(r));
        r = SiteGenerator.builder().build().load(site(SourceTree.SITE_YAML + "tittle: x\n"));
        assertEquals(List.of(ZH, "site.yaml:6:1: site.yaml 中有无法识别的字段 tittle（是不是想写 title？）"), lines(r));
    }

    @Test
    void aSiteYamlThatCannotBeParsedIsReportedInTheLocaleItDeclares() {
        // broken YAML: the settings cannot be read, the locale: line still decides
        LoadResult r = SiteGenerator.builder().build().load(site("locale: \"en\"  # English\ntitle: [unclosed\n"));
        Problem p = siteYaml(r);
        assertEquals("site.yaml:2:8: the '[' here has no matching ']' (add ']' at the end of the line; separate the"
                + " items with commas)", p.toString());
        assertEquals(Locale.ENGLISH, p.locale());
        // not UTF-8: read as ASCII, which GBK shares
        byte[] gbk = ("locale: en\n" + SourceTree.SITE_YAML).getBytes(Charset.forName("GBK"));
        r = SiteGenerator.builder().build().load(SourceTree.minimal(dir).bytes("site.yaml", gbk).root());
        assertEquals("site.yaml:2:8: the file is not UTF-8 text", siteYaml(r).toString().substring(0, 41));
        // an unknown locale is reported in Chinese, the default
        r = SiteGenerator.builder().build().load(site(SourceTree.SITE_YAML + "locale: fr\n"));
        assertEquals(List.of(ZH, "site.yaml:6:9: 无法识别的语言“fr”（请写 zh-CN 表示中文，或写 en 表示英文）"), lines(r));
    }

    private static Problem siteYaml(LoadResult r) {
        return r.problems().stream().filter(p -> p.file().equals(Path.of("site.yaml"))).findFirst().orElseThrow();
    }

    @Test
    void aLoadWithoutProblemsWritesNoText() {
        LoadResult r = SiteGenerator.builder().build().load(SourceTree.minimal(dir)
                .file("findings/01.md", SourceTree.finding(1)).root());
        assertEquals(List.of(), r.problems());
    }
}
