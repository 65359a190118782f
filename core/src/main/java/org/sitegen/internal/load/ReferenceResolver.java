package org.sitegen.internal.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.internal.load.RawRecords.Head;
import org.sitegen.internal.load.RawRecords.RawCategory;
import org.sitegen.internal.load.RawRecords.RawFinding;
import org.sitegen.internal.load.RawRecords.RawHistory;
import org.sitegen.internal.load.RawRecords.RawNotice;
import org.sitegen.internal.load.RawRecords.RawPage;
import org.sitegen.model.Category;
import org.sitegen.model.ExternalLink;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.Notice;
import org.sitegen.model.Origin;
import org.sitegen.model.Outcomes;
import org.sitegen.model.Page;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * Resolves what the records name by id or by word — a finding's category, a category's or
 * notice's inspection, a status of {@code site.yaml}'s vocabulary — into the model, and checks
 * what spans records: ids and numbers used twice, categories without findings, links and
 * attachments ({@link RecordTargets}). A withheld record ({@code public: false}, or a finding of a
 * withheld category) is checked like any other but kept out of the site, which only counts it;
 * the personal-data problems of a record are reported only when it is published.
 */
final class ReferenceResolver {
    private final Path root;
    private final SiteSettings settings;
    private final ProblemList problems;
    private final Map<String, Inspection> inspections = new LinkedHashMap<>();
    /** Every inspection declared, in order, with where. */
    private final List<DeclaredInspection> declared;
    private final StatusNames statuses;
    private final ModelReuse reuse;
    private final RecordTargets targets;
    /** Withheld from publication, and kept for what notices declare ({@link NoticeTotals}). */
    private final List<Finding> withheld = new ArrayList<>();
    private final List<Category> withheldCategories = new ArrayList<>();
    /** The link checks, run once every record is known. */
    private final List<Runnable> linkChecks = new ArrayList<>();

    /**
     * @param recordFiles every record file found, read or not: a link to one that could not be
     *     read is not reported again
     */
    ReferenceResolver(Path root, SiteSettings settings, ProblemList problems, Collection<Path> recordFiles) {
        this(root, settings, settings.inspections(), problems, recordFiles, null);
    }

    /**
     * @param declared every inspection, of site.yaml and of inspections/, in order ({@link
     *     InspectionFiles})
     * @param recordFiles every record file found, read or not: a link to one that could not be
     *     read is not reported again
     * @param reuse the objects of the last load to hand out again when equal (a live build); null
     *     for none
     */
    ReferenceResolver(Path root, SiteSettings settings, List<DeclaredInspection> declared, ProblemList problems,
            Collection<Path> recordFiles, ModelReuse reuse) {
        this.reuse = reuse;
        this.root = root;
        this.targets = new RecordTargets(root, recordFiles);
        this.settings = settings;
        this.problems = problems;
        this.declared = declared;
        for (DeclaredInspection d : declared) {
            Inspection i = reuse == null ? d.inspection() : reuse.same('i', d.inspection().id(), d.inspection());
            inspections.put(i.id(), i);
        }
        this.statuses = new StatusNames(settings.statuses());
    }

    /**
     * @param allFindingsRead whether every finding file was read into a raw record; if not, no
     *     category is said to be empty
     */
    Site resolve(List<RawCategory> rawCategories, List<RawFinding> rawFindings, boolean allFindingsRead,
            List<RawNotice> rawNotices, List<RawPage> rawPages) {
        Site.Builder site = Site.builder()
                .title(settings.title())
                .issuer(settings.issuer())
                .locale(settings.locale())
                .baseUrl(settings.baseUrl())
                .contact(settings.contact())
                .identity(settings.identity())
                .asOf(settings.asOf())
                .statuses(settings.statuses())
                .sourceDirectory(root);
        inspections.values().forEach(site::addInspection);

        Map<String, Category> categories = new LinkedHashMap<>();
        Map<String, Head> categoryHeads = new HashMap<>();
        Set<String> withheldCategoryIds = new HashSet<>();
        for (RawCategory c : rawCategories) {
            Head h = c.head();
            ProblemList p = problems.forFile(h.file());
            publish(h, !h.withheld(), p);
            if (!unique("category", h, categoryHeads, p)) {
                continue;
            }
            if (h.withheld()) {
                withheldCategoryIds.add(h.id());
            }
            Inspection inspection = inspection(c.inspection(), c.inspectionPos(), p);
            if (inspection != null && c.order() != null && c.title() != null) {
                Category category = same('c', h.id(), new Category(h.id(), c.order(), c.title(), inspection,
                        h.body(), new Origin(h.file(), h.bodyLine())));
                categories.put(h.id(), category);
                if (!h.withheld()) {
                    site.addCategory(category);
                } else {
                    this.withheldCategories.add(category);
                    site.addWithheldCategory(category); // keeps its number: the others are numbered as in the notice
                }
            }
        }

        // whether every category is the same object as in the last load (a live build's)
        boolean sameCategories = reuse != null && reuse.sameAsLast('c', categories);
        int size = rawFindings.size() * 4 / 3 + 16;
        Map<String, Head> findingHeads = new HashMap<>(size);
        Map<String, Outcomes> outcomeSums = new HashMap<>();
        // the findings' figures are summed only to be checked against what an inspection declares
        boolean sumOutcomes = declared.stream().anyMatch(d -> !d.inspection().outcomes().isEmpty());
        Map<String, Head> numbers = new HashMap<>(size);
        java.util.Set<String> named = new java.util.HashSet<>();
        for (RawFinding f : rawFindings) {
            Head h = f.head();
            ProblemList p = problems.forFile(h.file());
            boolean published = !h.withheld()
                    && (withheldCategoryIds.isEmpty() || !withheldCategoryIds.contains(f.category()));
            publish(h, published, p);
            ModelReuse.ResolvedFinding last = reuse == null ? null : reuse.resolved(f);
            if (last != null && (!sameCategories || last.statuses() != settings.statuses())) {
                last = null;
            }
            boolean ok;
            Category category = null;
            if (last != null) {
                // the same record as in the last load, which found its id valid and its category,
                // with every category the same object as then: so is its category now
                category = last.category();
                named.add(category.id());
                ok = first("finding", h, findingHeads, p);
            } else {
                if (f.category() != null) {
                    named.add(f.category()); // even by a finding rejected below: the category is not empty
                }
                ok = unique("finding", h, findingHeads, p);
                if (f.category() != null) {
                    category = categories.get(f.category());
                    if (category == null && !categoryHeads.containsKey(f.category())) {
                        p.error(f.categoryPos(), Message.of("category.unknown", "name", f.category()),
                                known(f.category(), categoryHeads.keySet(), "categories"));
                    }
                }
            }
            Status status;
            List<HistoryEntry> history;
            if (last != null) {
                // the same record, category and statuses as in the last load, which made a finding
                // of them without a problem: statuses and history are as they were
                status = last.finding().status();
                history = last.finding().history();
            } else {
                Inspection of = category == null ? null : category.inspection();
                statuses.reportUnknown(f, of, p);
                status = statuses.find(f.status(), of);
                history = history(f, status, of, p);
            }
            String numberKey = null;
            if (category != null && f.number() != null) {
                String key = last != null ? last.numberKey() : category.inspection().id() + "#" + f.number();
                numberKey = key;
                Head first = numbers.putIfAbsent(key, h);
                if (first != null) {
                    p.error(f.numberPos(), "number.duplicate", "number", f.number(), "other", first.file(),
                            "inspection", category.inspection().id());
                    ok = false;
                }
            }
            if (ok && category != null && status != null && history != null && f.number() != null
                    && f.title() != null) {
                Finding finding;
                if (last != null) {
                    finding = last.finding();
                } else {
                    Finding fresh = new Finding(h.id(), f.number(), f.title(), category, status,
                            f.units(), f.deadline(), f.documents(), history, f.measures(), h.body(),
                            new Origin(h.file(), h.bodyLine()), f.outcomes().outcomes());
                    // a file saved unchanged, or changed in what makes no difference: the same object
                    Finding before = reuse == null ? null : reuse.atPlace();
                    finding = before != null && before.equals(fresh) ? before : fresh;
                }
                if (reuse != null) {
                    reuse.resolved(f, last != null ? last
                            : new ModelReuse.ResolvedFinding(category, settings.statuses(), finding, numberKey));
                }
                // a withheld finding's figures are real too: the inspection's sum counts them
                if (sumOutcomes && !finding.outcomes().isEmpty()) {
                    outcomeSums.merge(category.inspection().id(), finding.outcomes(), Outcomes::plus);
                }
                if (published) {
                    site.addFinding(finding);
                } else {
                    site.addWithheldFinding(category.id()); // the site counts it; nothing else of it is kept
                    withheld.add(finding);
                }
            }
        }
        for (Category c : categories.values()) {
            // a finding file that could not be read may name it: then it need not be empty
            if (allFindingsRead && !named.contains(c.id())) {
                problems.forFile(c.origin().file()).warning(1, 1, "category.empty", "id", c.id());
            }
        }

        checkOutcomes(outcomeSums);

        Map<String, Head> noticeHeads = new HashMap<>();
        for (RawNotice n : rawNotices) {
            Head h = n.head();
            ProblemList p = problems.forFile(h.file());
            publish(h, !h.withheld(), p);
            boolean ok = unique("notice", h, noticeHeads, p);
            Inspection inspection = inspection(n.inspection(), n.inspectionPos(), p);
            var attachments = targets.attachments(n.attachments(), !h.withheld(), p);
            if (ok && inspection != null && n.title() != null && n.date() != null && !h.withheld()) {
                String issuer = n.issuer() != null ? n.issuer() : settings.issuer();
                site.addNotice(same('n', h.id(), new Notice(h.id(), n.title(), n.date(), issuer, inspection,
                        h.body(), new Origin(h.file(), h.bodyLine()), attachments, n.disclosure())));
            }
        }
        Map<String, Head> pageHeads = new HashMap<>();
        for (RawPage pg : rawPages) {
            Head h = pg.head();
            ProblemList p = problems.forFile(h.file());
            publish(h, !h.withheld(), p);
            if (unique("page", h, pageHeads, p) && pg.title() != null && !h.withheld()) {
                site.addPage(same('p', h.id(), new Page(h.id(), pg.title(), pg.order() == null ? 0 : pg.order(),
                        h.body(), new Origin(h.file(), h.bodyLine()))));
            }
        }
        for (var check : linkChecks) {
            check.run();
        }
        targets.withheldAssets().forEach(site::withholdAsset);
        if (problems.hasErrors()) {
            return null;
        }
        return site.build();
    }

    /** The links of published records to other sites; after {@link #resolve}. */
    List<ExternalLink> externalLinks() {
        return targets.external();
    }

    /** The findings withheld from publication, for what notices declare ({@link NoticeTotals}); after {@link #resolve}. */
    List<Finding> withheldFindings() {
        return withheld;
    }

    /** The categories withheld from publication; after {@link #resolve}. */
    List<Category> withheldCategories() {
        return withheldCategories;
    }

    /**
     * Notes whether a record is published: if so, its personal-data problems are reported; its
     * links are checked once every record is known.
     */
    private void publish(Head h, boolean published, ProblemList p) {
        targets.add(h, published);
        if (published && !h.personalData().isEmpty()) {
            p.addAll(h.personalData());
        }
        if (!h.links().isEmpty()) {
            linkChecks.add(() -> targets.checkLinks(h, published, p));
        }
    }

    /** The object the last load made for this record if equal, so that it stays the same object. */
    private <T> T same(char kind, String id, T fresh) {
        return reuse == null ? fresh : reuse.same(kind, id, fresh);
    }

    private boolean unique(String kind, Head h, Map<String, Head> seen, ProblemList p) {
        if (!RecordParser.isId(h.id())) {
            return false;
        }
        return first(kind, h, seen, p);
    }

    /** Whether a record's id, known to be valid, is not one seen before; if it is, an error. */
    private boolean first(String kind, Head h, Map<String, Head> seen, ProblemList p) {
        Head first = seen.putIfAbsent(h.id(), h);
        if (first == null) {
            return true;
        }
        p.error(h.idPos(), Message.of("id.duplicate", "kind", Message.of("kind." + kind), "id", h.id(), "other", first.file()),
                Message.of(h.idFromFileName() ? "hint.addAnotherId" : "hint.changeOneId"));
        return false;
    }

    /**
     * An inspection declares a figure as a whole that its findings' figures add up to more than:
     * one of them is wrong. A warning at the inspection's figure, since only the clerk can tell.
     */
    private void checkOutcomes(Map<String, Outcomes> sums) {
        for (DeclaredInspection d : declared) {
            Inspection i = d.inspection();
            Outcomes sum = sums.getOrDefault(i.id(), Outcomes.NONE);
            for (String key : Outcomes.KEYS) {
                Number declaredFigure = i.outcomes().get(key);
                Number added = sum.get(key);
                if (declaredFigure != null && added != null
                        && new java.math.BigDecimal(declaredFigure.toString()).compareTo(new java.math.BigDecimal(added.toString())) < 0) {
                    Pos at = d.outcomePositions().getOrDefault(key, Pos.FILE);
                    problems.forFile(d.file()).warning(at.line(), at.column(), "outcome.belowFindings",
                            "inspection", i.id(), "key", key, "declared", declaredFigure, "sum", added);
                }
            }
        }
    }

    /**
     * The inspection a record names; the first declared when it names none (site.yaml's first, else
     * the first of inspections/).
     */
    private Inspection inspection(String id, Pos pos, ProblemList p) {
        if (id == null) {
            return inspections.isEmpty() ? null : inspections.values().iterator().next();
        }
        Inspection i = inspections.get(id);
        if (i == null) {
            p.error(pos, Message.of("inspection.unknown", "id", id), known(id, inspections.keySet(), "inspections"));
        }
        return i;
    }

    private List<HistoryEntry> history(RawFinding f, Status status, Inspection inspection, ProblemList p) {
        List<HistoryEntry> out = new ArrayList<>();
        boolean ok = true;
        RawHistory previous = null;
        for (RawHistory h : f.history()) {
            Status s = statuses.find(h.status(), inspection); // an unknown one is reported by reportUnknown
            if (s == null || h.date() == null) {
                ok = false;
                continue;
            }
            if (previous != null && previous.date() != null && h.date().isBefore(previous.date())) {
                p.error(h.datePos(), "history.order", "date", h.date(), "previous", previous.date());
                ok = false;
            }
            previous = h;
            out.add(new HistoryEntry(h.date(), s, h.note()));
        }
        if (ok && status != null && !out.isEmpty()) {
            HistoryEntry last = out.get(out.size() - 1);
            if (!last.status().equals(status)) {
                RawHistory raw = f.history().get(f.history().size() - 1);
                p.error(raw.statusPos(), "history.disagrees", "last", last.status().label(), "status",
                        status.label());
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /**
     * "Did you mean" and the names there are, as a hint.
     *
     * @param what "categories" or "inspections"
     */
    private static Message known(String word, java.util.Collection<String> names, String what) {
        Message suggestion = Suggestions.closest(word, names).map(s -> Message.of("hint.didYouMeanValue", "name", s))
                .orElse(null);
        List<String> shown = new ArrayList<>(names.stream().limit(30).toList());
        if (names.size() > 30) {
            shown.add("…");
        }
        Message list = names.isEmpty() ? Message.of("hint.none." + what) : Message.of("hint.known." + what, "names", shown);
        return suggestion == null ? list : Message.of("hint.suggestAndList", "suggestion", suggestion, "list", list);
    }
}
