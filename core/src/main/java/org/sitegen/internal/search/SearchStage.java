package org.sitegen.internal.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sitegen.internal.markdown.Markdown;
import org.sitegen.internal.output.OutputSink;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.internal.build.Part;
import org.sitegen.internal.build.Stage;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Measure;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * Writes the search index that {@code search.html} and {@code assets/search.js} use, as script
 * files under {@code assets/search/} (see {@link SearchIndexWriter} for the layout). Script files,
 * not JSON, because a page opened from {@code file://} may not {@code fetch}, but may load scripts.
 */
public final class SearchStage implements Stage {
    /** Where the parts go, relative to the output folder. */
    static final String FOLDER = "assets/search/";
    /** The search script, relative to the output folder; its version is the index's. */
    static final String SCRIPT = "assets/search.js";
    private static final String BUILT_IN_SCRIPT = "/org/sitegen/assets/search.js";

    @Override
    public String name() {
        return "search";
    }

    @Override
    public void run(BuildContext context, OutputSink out) throws IOException {
        Site site = context.site();
        List<SearchDocument> documents = documents(site);
        Folding folding = new Folding();
        List<TokenEntry> entries = new TokenIndexer(folding, SearchIndexWriter.statusBits(site.statuses().statuses().size())).index(documents);
        IndexVersion version = new IndexVersion();
        writer(site).write(documents, entries, (name, script) -> {
            version.add(name, script);
            out.write(FOLDER + name + ".js", script);
        });
        context.versions().put(SCRIPT, version.version(script(site)));
        context.progress().accept("search: indexed " + documents.size() + " findings, " + entries.size() + " tokens");
    }

    /**
     * The index as one part, the folder {@code assets/search/}, which sets the version of {@code
     * assets/search.js}: a document's number in the index is its place in reading order, so one
     * finding added or removed moves every posting after it. Keyed by what the index holds of each
     * finding (not its history, deadline or body) and the categories' ids and titles.
     */
    @Override
    public List<Part> plan(BuildContext context) {
        Site site = context.site();
        List<Object> findings = new ArrayList<>(site.findings().size());
        for (Finding f : site.findings()) {
            findings.add(Part.key(f.id(), f.number(), f.title(), f.status(), f.category().id(), f.measures(),
                    f.units(), f.documents()));
        }
        List<Object> categories = new ArrayList<>(site.categories().size());
        for (Category c : site.categories()) {
            categories.add(Part.key(c.id(), c.title(), c.inspection().id()));
        }
        return List.of(Part.folder(FOLDER, Part.key(findings, categories), out -> run(context, out)).provides(SCRIPT));
    }

    /** The findings as search documents, in reading order. */
    List<SearchDocument> documents(Site site) {
        Map<Status, Integer> statusIndex = new HashMap<>();
        List<Status> statuses = site.statuses().statuses();
        for (int i = 0; i < statuses.size(); i++) {
            statusIndex.put(statuses.get(i), i);
        }
        Map<Category, Integer> categoryIndex = new HashMap<>();
        for (int i = 0; i < site.categories().size(); i++) {
            categoryIndex.put(site.categories().get(i), i);
        }
        List<Finding> findings = site.findings();
        return IntStream.range(0, findings.size()).parallel().mapToObj(i -> {
            Finding f = findings.get(i);
            List<String> measures = new ArrayList<>(f.measures().size());
            for (Measure m : f.measures()) {
                measures.add(Markdown.plainText(m.text()));
            }
            return new SearchDocument(f.id(), f.number(), f.title(), statusIndex.get(f.status()),
                    categoryIndex.get(f.category()), measures, f.units(), f.documents(), f.category().title());
        }).toList();
    }

    /** The search script the site gets: its own {@code assets/search.js} if it has one, else ours. */
    private static byte[] script(Site site) throws IOException {
        if (site.sourceDirectory() != null) {
            Path own = site.sourceDirectory().resolve(SCRIPT);
            if (Files.isRegularFile(own)) {
                return Files.readAllBytes(own);
            }
        }
        try (InputStream in = SearchStage.class.getResourceAsStream(BUILT_IN_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("the built-in " + SCRIPT + " is missing");
            }
            return in.readAllBytes();
        }
    }

    private static SearchIndexWriter writer(Site site) {
        List<SearchIndexWriter.Named> statuses = site.statuses().statuses().stream()
                .map(s -> new SearchIndexWriter.Named(s.code(), s.label()))
                .toList();
        List<Inspection> inspections = site.inspections();
        List<SearchIndexWriter.CategoryRange> categories = new ArrayList<>();
        int start = 0;
        for (Category c : site.categories()) {
            categories.add(new SearchIndexWriter.CategoryRange(c.id(), c.title(), start, inspections.indexOf(c.inspection())));
            start += site.findingsIn(c).size();
        }
        return new SearchIndexWriter(statuses,
                categories,
                inspections.stream().map(i -> new SearchIndexWriter.Named(i.id(), i.title())).toList());
    }
}
