package org.sitegen.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Finding;
import org.sitegen.model.Site;
import org.sitegen.testing.HostileSite;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The open data of the hostile site (every text an XSS or formula payload) carries the texts
 * exactly, yet nothing in it can run: the JSON can be embedded in HTML or script as it is, no CSV
 * cell starts like a formula, the feed and sitemap stay well-formed XML with the payloads as text.
 */
class HostileSiteExportTest {
    @TempDir static Path tmp;
    static Site site;
    static Path out;

    @BeforeAll
    static void render() throws IOException {
        site = SiteFiles.load(HostileSite.write(tmp.resolve("src")));
        out = tmp.resolve("site");
        SiteGenerator.builder().build().render(site, out);
    }

    static String text(String path) throws IOException {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void jsonCanBeEmbeddedInHtmlOrScriptAsItIs() throws IOException {
        String json = text(ExportStage.JSON);
        for (String forbidden : List.of("<", ">", "&", "\u2028", "\u2029", "\u202E", "\u202B", "\u202C", "\u0000")) {
            assertFalse(json.contains(forbidden), () -> "raw U+" + Integer.toHexString(forbidden.codePointAt(0)));
        }
    }

    @Test
    void jsonCarriesEveryHostileTextExactly() throws IOException {
        Map<String, Object> j = MiniJson.object(MiniJson.parse(text(ExportStage.JSON)));
        List<Object> findings = MiniJson.array(j.get("findings"));
        assertEquals(site.findings().size(), findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = site.findings().get(i);
            Map<String, Object> o = MiniJson.object(findings.get(i));
            assertEquals(f.title(), o.get("title"));
            assertEquals(f.units(), o.get("units"));
            assertEquals(f.documents(), o.get("documents"));
        }
        assertEquals(site.title(), MiniJson.object(j.get("site")).get("title"));
    }

    @Test
    void noCsvCellStartsLikeAFormula() throws IOException {
        List<List<String>> rows = MiniCsv.parse(text(ExportStage.CSV).replaceFirst("^\uFEFF", ""));
        assertEquals(site.findings().size() + 1, rows.size());
        List<String> formulas = new ArrayList<>();
        for (List<String> row : rows) {
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@\t\r\n＝＋－＠".indexOf(cell.charAt(0)) >= 0) {
                    formulas.add(cell);
                }
            }
        }
        assertEquals(List.of(), formulas);
        String csv = text(ExportStage.CSV);
        assertTrue(csv.contains("'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")"), "kept, neutralised");
        assertTrue(csv.contains("'+cmd|' /C calc'!A0"));
        assertTrue(csv.contains("'@SUM(1+1)*cmd|' /C calc'!A0"));
    }

    @Test
    void feedAndSitemapAreWellFormedWithThePayloadsAsText() throws Exception {
        for (String path : List.of(AtomFeed.PATH, Sitemap.PATH)) {
            Document xml = Exports.xml(Files.readAllBytes(out.resolve(path)));
            NodeList scripts = xml.getElementsByTagNameNS("*", "script");
            assertEquals(0, scripts.getLength(), path);
        }
        Document feed = Exports.xml(Files.readAllBytes(out.resolve(AtomFeed.PATH)));
        assertTrue(feed.getDocumentElement().getTextContent().contains("<script>alert(1)</script>"));
        String raw = text(AtomFeed.PATH);
        assertFalse(raw.contains("<script"), "no markup from the records in the feed");
    }
}
