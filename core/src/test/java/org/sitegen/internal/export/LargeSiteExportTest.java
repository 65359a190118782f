package org.sitegen.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitegen.model.Category;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/** A site of 10,000 findings made by hand exports completely. */
class LargeSiteExportTest {
    static final int FINDINGS = 10_000;

    @Test
    void exportsTenThousandFindings() throws Exception {
        List<Category> categories = new ArrayList<>();
        Site.Builder b = Exports.siteBuilder(Locale.SIMPLIFIED_CHINESE);
        for (int i = 1; i <= 50; i++) {
            Category c = Exports.category("c" + i, i, "类别" + i);
            categories.add(c);
            b.addCategory(c);
        }
        List<Status> statuses = List.of(Exports.status("completed"), Exports.status("phased"), Exports.status("long-term"));
        LocalDate day = LocalDate.of(2023, 1, 1);
        for (int i = 1; i <= FINDINGS; i++) {
            Status s = statuses.get(i % statuses.size());
            b.addFinding(Exports.finding("f" + i, i, "问题" + i + "，存在“风险”, \"quoted\"", categories.get(i % 50), s,
                    List.of("区财政局", "区国资办"), i % 2 == 0 ? day.plusDays(400) : null, List.of("《办法" + i + "》"),
                    List.of(new HistoryEntry(day.plusDays(i % 365), Exports.status("not-completed"), null),
                            new HistoryEntry(day.plusDays(365 + i % 100), s, "第" + i + "次")),
                    List.of("一是措施" + i + "。", "二是措施。\n续行", "三是措施。")));
        }
        Site site = b.build();
        Exports.Result r = Exports.export(site, Exports.BASE);

        Map<String, Object> json = MiniJson.object(MiniJson.parse(r.out().text(ExportStage.JSON)));
        List<Object> findings = MiniJson.array(json.get("findings"));
        assertEquals(FINDINGS, findings.size());
        FindingsJsonTest.assertFinding(site.findings().get(FINDINGS - 1), MiniJson.object(findings.get(FINDINGS - 1)),
                Exports.BASE);

        List<List<String>> rows = MiniCsv.parse(r.out().text(ExportStage.CSV));
        assertEquals(FINDINGS + 1, rows.size());
        assertEquals(FindingsCsvTest.expectedRow(site.findings().get(1234), Exports.BASE), rows.get(1235));

        var feed = Exports.xml(r.out().bytes(AtomFeed.PATH));
        assertEquals(AtomFeed.MAX_ENTRIES, AtomFeedTest.children(feed.getDocumentElement(), "entry").size());

        var urls = SitemapTest.urls(Exports.xml(r.out().bytes(Sitemap.PATH)), "url");
        // three statuses of about 3,334 findings: four pages of status/ each (StatusPages.SIZE = 1000);
        // the two statuses without findings still have their one page; the ledgers of the site and of
        // its one inspection, 1,000 rows a page, ten pages each
        assertEquals(3 + 50 + 3 * 4 + 2 + FINDINGS + 2 * 10, urls.size());
    }
}
