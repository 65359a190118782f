package org.sitegen.internal.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sitegen.internal.markdown.Markdown;
import org.sitegen.internal.output.OutputSink;
import org.sitegen.internal.build.BuildContext;
import org.sitegen.internal.build.Part;
import org.sitegen.internal.build.SameEnds;
import org.sitegen.internal.build.SourceAssets;
import org.sitegen.internal.build.Stage;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Measure;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * Writes the search index that {@code search.html} and its scripts ({@link #SCRIPTS}) use, as script
 * files under {@code assets/search/} (see {@link SearchIndexWriter} for the layout). Script files,
 * not JSON, because a page opened from {@code file://} may not {@code fetch}, but may load scripts.
 */
public final class SearchStage implements Stage {
    /** Where the parts go, relative to the output folder. */
    static final String FOLDER = "assets/search/";
    /**
     * The search script's files, relative to the output folder, in the order search.html loads
     * them; the index's version covers them all, as the site gets them.
     */
    static final List<String> SCRIPTS = List.of("assets/search-index.js", "assets/search-codec.js",
            "assets/search-fold.js", "assets/search-query.js", "assets/search-render.js", "assets/search-state.js",
            "assets/search.js");
    /** The key of the index's version among the context's versions: the script search.html runs. */
    static final String SCRIPT = "assets/search.js";
    private static final String BUILT_IN = "/org/sitegen/";

    /** The reading order of the last plan, and each finding's key in it. */
    private Finding[] lastFindings = new Finding[0];
    private Object[] lastFindingKeys = new Object[0];

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
        context.versions().put(SCRIPT, version.version(scripts(site)));
        context.progress().accept("search: indexed " + documents.size() + " findings, " + entries.size() + " tokens");
    }

    /**
     * The index as one part, the folder {@code assets/search/}, which sets the version of {@code
     * assets/search.js}: a document's number in the index is its place in reading order, so one
     * finding added or removed moves every posting after it. Keyed by what the index holds of each
     * finding (not its history, deadline or body), the categories' ids and titles, and the
     * inspections' titles and words for statuses.
     */
    @Override
    public List<Part> plan(BuildContext context) {
        Site site = context.site();
        // a finding that is the same object at the same place from the start or the end of the
        // reading order as in the last plan has the same key object: only the findings between are
        // looked at (a preview of 100,000 findings plans at every edit)
        Finding[] now = site.findings().toArray(new Finding[0]);
        Object[] keys = new Object[now.length];
        SameEnds same = SameEnds.of(lastFindings, now);
        System.arraycopy(lastFindingKeys, 0, keys, 0, same.head());
        System.arraycopy(lastFindingKeys, same.wasEnd(), keys, same.nowEnd(), same.tail());
        for (int i = same.head(); i < same.nowEnd(); i++) {
            Finding f = now[i];
            keys[i] = Part.key(f.id(), f.number(), f.title(), f.status(), f.category().id(), f.measures(),
                    f.units(), f.documents());
        }
        lastFindings = now;
        lastFindingKeys = keys;
        List<Object> findings = java.util.Arrays.asList(keys);
        List<Object> categories = new ArrayList<>(site.categories().size());
        for (Category c : site.categories()) {
            categories.add(Part.key(c.id(), c.title(), c.inspection().id()));
        }
        // the index names each inspection, its statuses in its words (an audit's 已整改)
        List<Object> inspections = new ArrayList<>(site.inspections().size());
        for (Inspection i : site.inspections()) {
            inspections.add(inspectionNames(site, i));
        }
        return List.of(Part.folder(FOLDER, Part.key(findings, categories, inspections), out -> run(context, out))
                .provides(SCRIPT));
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

    /** The search script's files as the site gets them: its own where it has one, else ours. */
    private static byte[][] scripts(Site site) throws IOException {
        byte[][] out = new byte[SCRIPTS.size()][];
        SourceAssets assets = SourceAssets.of(site.sourceDirectory());
        for (int i = 0; i < out.length; i++) {
            String name = SCRIPTS.get(i);
            Path own = assets.file(name.substring("assets/".length()));
            if (own != null) {
                out[i] = Files.readAllBytes(own);
                continue;
            }
            try (InputStream in = SearchStage.class.getResourceAsStream(BUILT_IN + name)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in " + name + " is missing");
                }
                out[i] = in.readAllBytes();
            }
        }
        return out;
    }

    private static SearchIndexWriter writer(Site site) {
        List<SearchIndexWriter.Named> statuses = site.statuses().statuses().stream()
                .map(s -> new SearchIndexWriter.Named(s.code(), s.label()))
                .toList();
        List<Inspection> inspections = site.inspections();
        List<SearchIndexWriter.CategoryRange> categories = new ArrayList<>();
        int start = 0;
        boolean several = inspections.size() > 1;
        for (Category c : site.categories()) {
            // with several inspections, two may each have a category of one name: say whose
            String title = !several ? c.title()
                    : org.sitegen.internal.Language.of(site.locale()) == org.sitegen.internal.Language.ENGLISH
                    ? c.title() + " (" + c.inspection().title() + ")"
                    : c.title() + "（" + c.inspection().title() + "）";
            categories.add(new SearchIndexWriter.CategoryRange(c.id(), title, start, inspections.indexOf(c.inspection())));
            start += site.findingsIn(c).size();
        }
        return new SearchIndexWriter(statuses, categories, inspections.stream().map(i -> inspectionNames(site, i)).toList());
    }

    /** An inspection as the index names it: its id, title and the statuses it names otherwise. */
    private static SearchIndexWriter.InspectionNames inspectionNames(Site site, Inspection i) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Status s : site.statuses().statuses()) {
            i.words().statusLabel(s, site.statuses()).ifPresent(label -> labels.put(s.code(), label));
        }
        return new SearchIndexWriter.InspectionNames(i.id(), i.title(), labels);
    }
}
