package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitegen.model.Finding;
import org.sitegen.model.Measure;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/** The example site, transcribed from the seed notice, loads into the model the notice describes. */
class ExampleSiteLoadTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");
    static Site site;
    static LoadResult result;

    @BeforeAll
    static void load() {
        result = SiteGenerator.builder().build().load(EXAMPLE);
        assertTrue(result.errors().isEmpty(), () -> "errors: " + result.errors());
        site = result.site().orElseThrow();
    }

    @Test
    void loadsWithoutWarnings() {
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void hasOneInspectionNineCategoriesAndTwentyThreeFindings() {
        assertEquals(1, site.inspections().size());
        var inspection = site.inspections().get(0);
        assertEquals("省委第七巡视组", inspection.inspector());
        assertEquals("专项巡视", inspection.kind());
        assertEquals(LocalDate.of(2023, 3, 11), inspection.start());
        assertEquals(LocalDate.of(2023, 5, 10), inspection.end());
        assertEquals(LocalDate.of(2023, 7, 20), inspection.feedback());
        assertEquals(9, site.categories().size());
        assertEquals(23, site.findings().size());
        assertEquals("发展现状与国家级园区要求有差距", site.categories().get(0).title());
        assertEquals("干部队伍建设短板明显", site.categories().get(8).title());
    }

    @Test
    void findingsAreInNoticeOrder() {
        for (int i = 0; i < 23; i++) {
            assertEquals(i + 1, site.findings().get(i).number());
        }
    }

    @Test
    void countsPerStatusAreThoseOfTheNotice() {
        var counts = site.statusCounts();
        assertEquals(4, counts.count(status("completed")));
        assertEquals(1, counts.count(status("basically-completed")));
        assertEquals(18, counts.count(status("phased")));
        assertEquals(0, counts.count(status("not-completed")));
        assertEquals(23, counts.total());
        assertEquals(4, counts.closed());
        var funds = site.category("funds").orElseThrow();
        assertEquals(1, site.statusCounts(funds).count(status("completed")));
        assertEquals(3, site.statusCounts(funds).count(status("phased")));
    }

    @Test
    void item1HasThreeMeasures() {
        assertEquals(
                List.of(
                        "打造工业经济增长点，今年新签约项目35个，签约金额387.8亿元。",
                        "出台方案，组建专班，抓“五好”园区创建。",
                        "抓产业优化和产业集群建设，明确产业发展定位，在全区“十四五”规划的基础上，出台《岳阳经开区“十四五”产业规划》，构建由主导产业、辅助产业和特色产业构成的现代产业体系。"),
                texts(number(1)));
    }

    @Test
    void item2IsOneMeasure() {
        assertEquals(List.of("已加快自贸区协同联动区建设，积极帮扶外向型企业，加快开放平台建设。"), texts(number(2)));
    }

    @Test
    void item5HasThreeMeasuresDespiteStraySpaces() {
        assertEquals(
                List.of("安排“三资”处置收入和基金收入征收。", "严格按照化债政策要求足额、如期还本付息。", "实行国有企业经营性债务总额控制。"),
                texts(number(5)));
    }

    @Test
    void item14HasFourMeasures() {
        Finding f = number(14);
        assertEquals("basically-completed", f.status().code());
        assertEquals(
                List.of(
                        "完善政治监督清单，制定《派驻纪检监察组会商工作实施办法》。",
                        "督促“洞庭清波”任务销号。",
                        "深入开展“三湘护农”专项行动。",
                        "督促全区各部门单位开展纪律教育、警示教育和单位主要负责人讲授廉政教育课，下发作风督查通报9期。"),
                texts(f));
    }

    @Test
    void asOfIsTheNoticeDate() {
        assertEquals(LocalDate.of(2023, 12, 26), site.asOf());
        assertEquals("关于巡视整改进展情况的通报", site.latestNotice().orElseThrow().title());
    }

    @Test
    void contactIsTheNoticeContact() {
        assertEquals("0730-8720988", site.contact().phone());
        assertEquals("414000", site.contact().postcode());
        assertEquals("79076117@qq.com", site.contact().email());
    }

    static Status status(String code) {
        return site.statuses().find(code).orElseThrow();
    }

    static Finding number(int n) {
        return site.findings().stream().filter(f -> f.number() == n).findFirst().orElseThrow();
    }

    static List<String> texts(Finding f) {
        return f.measures().stream().map(Measure::text).toList();
    }
}
