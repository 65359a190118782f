package org.sitegen.internal.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.importer.ParsedNotice.Group;
import org.sitegen.internal.importer.ParsedNotice.Item;
import org.sitegen.internal.importer.TreeUpdate.Change;
import org.sitegen.internal.importer.TreeUpdate.Kind;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/** New records for problems the tree does not have, in the layout of the inspection's others. */
final class NewRecords {
    private final PlanDraft draft;
    private final ParsedNotice notice;
    private final Site site;
    private final ImportProblems problems;
    private final Map<String, byte[]> files;
    private final List<Change> changes;
    private final Inspection inspection;
    private final RecordWriter.Layout layout;
    private final Map<Integer, String> categoryOfGroup = new HashMap<>();
    private final Set<String> findingIds = new HashSet<>();
    private final Set<String> categoryIds = new HashSet<>();
    private int nextOrder;

    NewRecords(PlanDraft draft, Inspection inspection) {
        this.draft = draft;
        this.notice = draft.notice;
        this.site = draft.site;
        this.problems = draft.problems;
        this.files = draft.files;
        this.changes = draft.changes;
        this.inspection = inspection;
        boolean first = site.inspections().get(0).equals(inspection);
        this.layout = first ? RecordWriter.Layout.fresh(inspection.id())
                : RecordWriter.Layout.added(inspection.id());
        site.findings().forEach(f -> findingIds.add(f.id()));
        site.categories().forEach(c -> categoryIds.add(c.id()));
        for (Category c : site.categories()) {
            if (c.inspection().equals(inspection)) {
                nextOrder = Math.max(nextOrder, c.order());
            }
        }
    }

    void add(Item item, StatusWords words) {
        String categoryId = category(item.group());
        int width = Math.max(widthOfTree(), RecordWriter.numberWidth(item.number()));
        String file = layout.findingFile(item.number(), width);
        String stem = file.substring(file.lastIndexOf('/') + 1, file.length() - 3);
        String id = layout.findingIds() ? layout.findingId(item.number(), width) : stem;
        int k = 2;
        while (draft.exists(file) || files.containsKey(file) || findingIds.contains(id)) {
            file = file.substring(0, file.length() - 3).replaceFirst("-\\d+$", "") + "-" + k + ".md";
            id = inspection.id() + "-" + RecordWriter.pad(item.number(), width) + "-" + k;
            k++;
        }
        findingIds.add(id);
        boolean idLine = !id.equals(file.substring(file.lastIndexOf('/') + 1, file.length() - 3));
        Status status = words.status(words.read(item.status().original()));
        draft.put(file, draft.writer(words).finding(item, idLine ? id : null, categoryId));
        problems.warning(item.line(), 0, "import.update.newFinding", "number", item.number(), "title",
                item.title(), "file", file);
        changes.add(new Change(Kind.ADDED, item.number(), item.title(), file, null, status));
    }

    /** The digits of the inspection's finding file names, e.g. 2 for findings/06.md. */
    private int widthOfTree() {
        int width = 2;
        for (Finding f : site.findingsOf(inspection)) {
            String name = f.origin().file().getFileName().toString();
            if (name.matches("\\d+\\.md")) {
                width = Math.max(width, name.length() - 3);
            }
        }
        return width;
    }

    /** The category of a group of the notice: one of the inspection's with its title, or a new one. */
    private String category(int order) {
        String known = categoryOfGroup.get(order);
        if (known != null) {
            return known;
        }
        Group g = notice.groups().stream().filter(x -> x.order() == order).findFirst().orElse(null);
        String title = g == null ? "" : g.title();
        Category best = null;
        for (Category c : site.categories()) {
            if (c.inspection().equals(inspection) && Titles.compare(title, c.title()) != Titles.Likeness.DIFFERENT
                    && (best == null || Titles.compare(title, c.title()) == Titles.Likeness.SAME)) {
                best = c;
            }
        }
        if (best != null) {
            categoryOfGroup.put(order, best.id());
            return best.id();
        }
        nextOrder++;
        int width = RecordWriter.numberWidth(nextOrder);
        String id = layout.categoryId(nextOrder, width);
        String file = layout.categoryFile(nextOrder, width);
        for (int k = 2; categoryIds.contains(id) || draft.exists(file) || files.containsKey(file); k++) {
            id = layout.categoryId(nextOrder, width) + "-" + k;
            file = "categories/" + (layout.prefix().isEmpty() ? RecordWriter.pad(nextOrder, width) + "-" : "") + id
                    + ".md";
        }
        categoryIds.add(id);
        boolean namesInspection = !site.inspections().get(0).equals(inspection);
        RecordWriter.Layout own = new RecordWriter.Layout(inspection.id(), namesInspection, layout.prefix(),
                layout.findingFolder(), layout.findingIds());
        Group written = new Group(nextOrder, title, g == null ? "" : g.introduction(), g == null ? 0 : g.line());
        draft.put(file, draft.writer(new StatusWords(site.statuses())).category(written, id, own));
        problems.warning(g == null ? 0 : g.line(), 0, "import.update.newCategory", "title", title, "file", file);
        categoryOfGroup.put(order, id);
        return id;
    }
}
