package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Site;
import org.sitegen.testing.SourceTree;

/** site.yaml: settings, custom vocabularies and their problems. */
class SiteSettingsTest {
    @TempDir Path dir;

    private LoadResult load(String siteYaml) {
        return SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(
                SourceTree.minimal(dir).file("site.yaml", siteYaml).file("findings/01.md", SourceTree.finding(1))
                        .root());
    }

    @Test
    void settingsAreRead() {
        Site site = load(SourceTree.SITE_YAML + """
                locale: en
                baseUrl: https://www.example.gov.cn/xszg
                asOf: 2024-01-31
                contact: {phone: 0730-8720988, postcode: 414000, email: a@b.cn}
                """).site().orElseThrow();
        assertEquals(Locale.ENGLISH, site.locale());
        assertEquals("https://www.example.gov.cn/xszg/", site.baseUrl());
        assertEquals("2024-01-31", site.asOf().toString());
        assertEquals("414000", site.contact().postcode());
        assertEquals("测试单位", site.issuer());
    }

    @Test
    void asOfDefaultsToTheNewestDate() {
        Site site = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .file("findings/01.md", SourceTree.finding(1).replace("status: 完成",
                        "status: 完成\nhistory: [{date: 2024-03-01, status: 完成}]"))
                .file("notices/n.md", "---\ntitle: 通报\ndate: 2023-12-26\n---\n正文\n")
                .root()).site().orElseThrow();
        assertEquals("2024-03-01", site.asOf().toString());
    }

    @Test
    void customVocabularyReplacesTheDefault() {
        Site site = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .file("site.yaml", SourceTree.SITE_YAML + """
                        statuses:
                          - {code: done, label: 已整改, aliases: [整改完毕], closed: true}
                          - {code: doing, label: 整改中}
                        """)
                .file("findings/01.md", SourceTree.finding(1).replace("status: 完成", "status: 整改完毕"))
                .file("findings/02.md", SourceTree.finding(2).replace("status: 完成", "status: doing"))
                .root()).site().orElseThrow();
        assertEquals(List.of("done", "doing"), site.statuses().statuses().stream().map(s -> s.code()).toList());
        assertEquals(1, site.statusCounts().closed());
    }

    @Test
    void defaultStatusIsUnknownUnderACustomVocabulary() {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .file("site.yaml", SourceTree.SITE_YAML + "statuses: [{code: done, label: 已整改, closed: true}]\n")
                .file("findings/01.md", SourceTree.finding(1)).root());
        assertEquals("unknown status '完成'", r.errors().get(0).message());
        assertEquals("known statuses: 已整改", r.errors().get(0).hint(), "the labels, which records are written in");
    }

    @Test
    void moreThanSixtyFourStatusesAreRefused() {
        StringBuilder yaml = new StringBuilder(SourceTree.SITE_YAML).append("statuses:\n");
        for (int i = 0; i < 65; i++) {
            yaml.append("  - {code: s").append(i).append(", label: 状态").append(i).append("}\n");
        }
        Problem p = load(yaml.toString()).errors().get(0);
        assertTrue(p.message().contains("lists 65 statuses; at most 64"), p::toString);
    }

    @Test
    void unknownLocale() {
        Problem p = load(SourceTree.SITE_YAML + "locale: fr\n").errors().get(0);
        assertEquals("site.yaml:6:9: unknown locale 'fr' (use zh-CN or en)", p.toString());
    }

    @Test
    void relativeBaseUrl() {
        Problem p = load(SourceTree.SITE_YAML + "baseUrl: /xszg/\n").errors().get(0);
        assertEquals(6, p.line());
        assertTrue(p.message().contains("not an absolute web address"));
    }

    @Test
    void unknownSiteKey() {
        Problem p = load(SourceTree.SITE_YAML + "tittle: x\n").errors().get(0);
        assertEquals("site.yaml:6:1: unknown key 'tittle' in site.yaml (did you mean 'title'?)", p.toString());
    }

    @Test
    void unknownContactKey() {
        Problem p = load(SourceTree.SITE_YAML + "contact: {phone: 1, emial: a@b.cn}\n").errors().get(0);
        assertEquals("site.yaml:6:21: unknown key 'emial' in 'contact' (did you mean 'email'?)", p.toString());
    }

    @Test
    void noInspection() {
        Problem p = load("title: x\n").errors().get(0);
        assertEquals("site.yaml defines no inspection", p.message());
    }

    @Test
    void inspectionEndingBeforeItStarts() {
        Problem p = load("title: x\ninspections: [{id: a, title: b, start: 2023-05-10, end: 2023-03-11}]\n")
                .errors().get(0);
        assertTrue(p.message().contains("ends (2023-03-11) before it starts"), p::toString);
    }

    @Test
    void withTwoInspectionsACategoryNamingNoneBelongsToTheFirstDeclared() {
        // issue 13: adding an inspection changes no existing file
        LoadResult r = load(SourceTree.SITE_YAML + "  - {id: other, title: 另一次}\n");
        assertEquals(List.of(), r.errors());
        org.sitegen.model.Site site = r.site().orElseThrow();
        assertEquals(2, site.inspections().size());
        assertEquals(site.inspections().get(0), site.categories().get(0).inspection());
        assertEquals(site.inspections().get(0), site.findings().get(0).inspection());
    }

    @Test
    void siteYamlNotUtf8() throws Exception {
        Files.writeString(dir.resolve("x"), "");
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .bytes("site.yaml", SourceTree.SITE_YAML.getBytes(java.nio.charset.Charset.forName("GBK"))).root());
        assertTrue(r.errors().get(0).hint().contains("GBK"));
    }
}
