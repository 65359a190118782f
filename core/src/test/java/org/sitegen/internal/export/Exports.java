package org.sitegen.internal.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.Measure;
import org.sitegen.model.Notice;
import org.sitegen.model.Origin;
import org.sitegen.model.Site;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;
import org.w3c.dom.Document;

/** Test helpers: the example site, sites made by hand, running the export, reading XML. */
final class Exports {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");
    static final String BASE = "https://www.example.gov.cn/xszg/";
    static final Inspection INSPECTION =
            new Inspection("2023-special", "省委第七巡视组专项巡视", "省委第七巡视组", "专项巡视",
                    LocalDate.of(2023, 3, 11), LocalDate.of(2023, 5, 10), LocalDate.of(2023, 7, 20));

    private Exports() {}

    /** What one run of the stage wrote and warned. */
    record Result(MemorySink out, List<Problem> warnings) {}

    static Site example() {
        LoadResult loaded = SiteGenerator.builder().build().load(EXAMPLE);
        assertTrue(loaded.errors().isEmpty(), () -> "errors: " + loaded.errors());
        return loaded.site().orElseThrow();
    }

    static Result export(Site site, String baseUrl) throws IOException {
        return export(new ExportStage(), site, baseUrl);
    }

    static Result export(ExportStage stage, Site site, String baseUrl) throws IOException {
        List<Problem> warnings = Collections.synchronizedList(new ArrayList<>());
        MemorySink out = new MemorySink();
        stage.run(new BuildContext(site, baseUrl, line -> {}, warnings), out);
        return new Result(out, List.copyOf(warnings));
    }

    static Status status(String code) {
        return StatusVocabulary.defaults().find(code).orElseThrow();
    }

    static Category category(String id, int order, String title) {
        return new Category(id, order, title, INSPECTION, "", new Origin(Path.of("categories", id + ".md"), 1));
    }

    static Finding finding(String id, int number, String title, Category category, Status status,
            List<String> units, LocalDate deadline, List<String> documents, List<HistoryEntry> history,
            List<String> measures) {
        List<Measure> ms = new ArrayList<>();
        for (String m : measures) {
            ms.add(new Measure(ms.size() + 1, m));
        }
        return new Finding(id, number, title, category, status, units, deadline, documents, history, ms,
                String.join("\n\n", measures), new Origin(Path.of("findings", id + ".md"), 1));
    }

    static Notice notice(String id, String title, LocalDate date, String body) {
        return new Notice(id, title, date, "发布单位", INSPECTION, body, new Origin(Path.of("notices", id + ".md"), 1));
    }

    static Site.Builder siteBuilder(Locale locale) {
        return Site.builder().title("测试公示").issuer("测试单位").locale(locale).addInspection(INSPECTION);
    }

    /** Parses XML namespace-aware with the JDK; throws on anything ill-formed. No DTDs. */
    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(bytes));
    }
}
