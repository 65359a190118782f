package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.model.Problem;

/**
 * A live site, after any sequence of edits to its source folder, reads as a full build of the
 * folder as it then is: every output path and every byte ({@link SiteGenerator#build}), and the
 * same problems as a full load. Each update names every path whose bytes it changed. While the
 * records have errors, the output stays that of the last good state.
 *
 * <p>Edits: a finding added, its body, title, status (with its history), number, category or
 * deadline changed, deleted, renamed (its id comes from its file name), broken and repaired; a
 * category added or changed; the notice's date (which moves the site's as-of date); a free page
 * added or retitled (the navigation of every page); site.yaml changed, a second inspection (a 巡察)
 * declared or dropped; a category moved to the other inspection; a finding's outcomes; a status
 * change on the notice's day (which the notice's page lists); a file saved unchanged; two edits in
 * one update; a link in a finding's measures to another finding's file, which leads to that
 * finding's page; a finding's page moved by an {@code id:} of its own, its file staying; a finding
 * withheld from publication ({@code public: false}) and published again; an inspection of a file
 * of its own ({@code inspections/<name>.md}) added, retitled, moved by its start date, given
 * outcomes, removed (while categories name it), or declaring an id site.yaml declares too, and a
 * stray file beside it; a category moved to it. Every path of the live
 * site is read after every update, so that what it
 * kept from before is what the next update starts from.
 */
class LiveSiteProperties {
    private static final String[] STATUSES = {"完成", "基本完成", "阶段性完成", "未完成"};
    private static final String[] WORDS = {"招投标", "资金", "国有资产", "干部", "作风", "整改", "制度", "监督"};

    enum Kind {
        ADD_FINDING, BODY, TITLE, STATUS, NUMBER, CATEGORY, DEADLINE, DELETE, RENAME, BREAK, REPAIR,
        ADD_CATEGORY, CHANGE_CATEGORY, NOTICE_DATE, PAGE, SITE_YAML, TOUCH,
        OUTCOMES, CATEGORY_INSPECTION, LINK, ID, WITHHOLD, INSPECTION_FILE
    }

    /** One edit: what, which record (modulo how many there are), and a value to use. */
    record Edit(Kind kind, int pick, int value, boolean alsoNext) {
        @Override
        public String toString() {
            return kind + "(" + pick + "," + value + ")" + (alsoNext ? "+" : "");
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 9).map(i -> i == 0))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 300)
    void anySequenceOfEditsReadsAsAFullBuild(@ForAll("edits") List<Edit> edits) throws IOException {
        Path dir = Files.createTempDirectory("sitegen-live-");
        try {
            Source source = new Source(dir.resolve("src"));
            source.writeAll();
            SiteGenerator generator = SiteGenerator.builder().build();
            LiveSite live = generator.live(source.root);
            LiveUpdate first = live.update(List.of());
            assertTrue(!first.hasErrors(), () -> "the starting site has errors: " + first.load().errors());
            Map<String, byte[]> before = readAll(live);
            for (String path : before.keySet()) {
                assertTrue(covers(first.added(), path), () -> "the first update adds every path, not " + path);
            }
            for (int i = 0; i < edits.size(); i++) {
                Set<Path> touched = new LinkedHashSet<>(source.apply(edits.get(i)));
                while (edits.get(i).alsoNext() && i + 1 < edits.size()) {
                    touched.addAll(source.apply(edits.get(++i)));
                }
                LiveUpdate update = live.update(touched);
                LoadResult full = generator.load(source.root);
                assertEquals(text(full.problems()), text(update.load().problems()),
                        "the update found the problems a full load finds, after " + edits.subList(0, i + 1));
                Map<String, byte[]> after = readAll(live);
                if (update.hasErrors()) {
                    assertTrue(update.isEmpty(), "an update with errors changes nothing");
                    assertSame(before, after, "the output stays as it was while the records have errors");
                    continue;
                }
                assertNamed(before, after, update, edits.subList(0, i + 1));
                // A full build costs 30 times an update: it is compared at the end only (every
                // shorter sequence is a sequence of its own, compared at its end)
                if (i == edits.size() - 1) {
                    assertSame(build(generator, source.root, dir.resolve("out")), after,
                            "after " + edits.subList(0, i + 1));
                }
                before = after;
            }
        } finally {
            delete(dir);
        }
    }

    /** Every path whose bytes changed is named by the update: as itself, or by its folder (ending in '/'). */
    private static void assertNamed(Map<String, byte[]> before, Map<String, byte[]> after, LiveUpdate update,
            List<Edit> edits) {
        Set<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String path : all) {
            byte[] a = before.get(path);
            byte[] b = after.get(path);
            if (a != null && b != null && java.util.Arrays.equals(a, b)) {
                continue;
            }
            // a file of a folder part (the search index) is named by its folder, which stays
            Set<String> named = a == null ? update.added() : b == null ? update.removed() : update.changed();
            boolean ok = covers(named, path) || covers(update.changed(), path);
            assertTrue(ok, () -> path + (a == null ? " was added" : b == null ? " was removed" : " changed")
                    + " but the update does not say so, after " + edits + ": " + update);
        }
    }

    /** Whether a set of update paths names a path, itself or by its folder. */
    private static boolean covers(Set<String> named, String path) {
        return named.contains(path) || named.stream().anyMatch(f -> f.endsWith("/") && path.startsWith(f));
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), "the paths, " + when);
        for (String path : expected.keySet()) {
            byte[] e = expected.get(path);
            byte[] a = actual.get(path);
            if (!java.util.Arrays.equals(e, a)) {
                assertEquals(new String(e, StandardCharsets.UTF_8), new String(a, StandardCharsets.UTF_8),
                        path + ", " + when);
            }
        }
    }

    private static List<String> text(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    private static Map<String, byte[]> readAll(LiveSite live) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : live.paths()) {
            files.put(path, live.read(path).orElseThrow(() -> new AssertionError(path + " is listed but not read")));
        }
        return files;
    }

    /** The full build of the folder, every file but the output folder's marker. */
    private static Map<String, byte[]> build(SiteGenerator generator, Path source, Path out) throws IOException {
        BuildResult result = generator.build(source, out);
        assertTrue(result.render().isPresent(), () -> "the full build failed: " + result.load().errors());
        Map<String, byte[]> files = SiteFiles.snapshot(out);
        files.remove(".site-gen");
        return files;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finding as the test keeps it, written out as its record. */
    private static final class FindingSpec {
        int number;
        String category;
        String title;
        int status;
        int historyFrom = -1;
        String historyDate;
        String deadline;
        String outcomes;
        String body;
        String id;
        boolean withheld;

        String text() {
            StringBuilder sb = new StringBuilder("---\n");
            if (id != null) {
                sb.append("id: ").append(id).append('\n');
            }
            if (withheld) {
                sb.append("public: false\n");
            }
            sb.append("number: ").append(number).append('\n');
            sb.append("category: ").append(category).append('\n');
            sb.append("title: ").append(title).append('\n');
            sb.append("status: ").append(STATUSES[status]).append('\n');
            if (deadline != null) {
                sb.append("deadline: ").append(deadline).append('\n');
            }
            sb.append("units: [区财政局]\n");
            if (outcomes != null) {
                sb.append("outcomes: ").append(outcomes).append('\n');
            }
            if (historyDate != null) {
                sb.append("history:\n");
                if (historyFrom >= 0) {
                    sb.append("  - {date: 2023-09-01, status: ").append(STATUSES[historyFrom]).append("}\n");
                }
                sb.append("  - {date: ").append(historyDate).append(", status: ").append(STATUSES[status]).append("}\n");
            }
            return sb.append("---\n").append(body).append('\n').toString();
        }
    }

    /** The source folder the edits change, written to disk as it goes. */
    private static final class Source {
        final Path root;
        String siteTitle = "测试公示";
        String asOf = null;
        boolean baseUrl = true;
        /** Whether site.yaml declares a second inspection, a 巡察, after the 巡视. */
        boolean secondInspection = true;
        final Map<String, FindingSpec> findings = new TreeMap<>();
        final Map<String, String[]> categories = new TreeMap<>();
        final Map<String, String> broken = new HashMap<>();
        String noticeDate = "2023-12-26";
        final Map<String, String> pages = new TreeMap<>();
        /**
         * The inspections of files of their own, by file name: title, kind, start, an {@code id:}
         * of its own (else null: the file's name), outcomes (or null).
         */
        final Map<String, String[]> inspectionFiles = new TreeMap<>();
        /** Whether inspections/ holds a file that is not Markdown. */
        boolean strayInspectionFile;
        int nextId = 1;

        Source(Path root) {
            this.root = root;
            categories.put("c1", new String[] {"1", "资金安全风险较高", "", ""});
            categories.put("c2", new String[] {"2", "干部队伍建设有差距", "本类问题涉及干部。", ""});
            categories.put("c3", new String[] {"1", "巡察发现的问题", "", "insp2"});
            for (int i = 0; i < 5; i++) {
                FindingSpec f = new FindingSpec();
                f.number = i + 1;
                f.category = i < 3 ? "c1" : i < 4 ? "c2" : "c3";
                f.title = "第" + (i + 1) + "项问题" + WORDS[i];
                f.status = i % STATUSES.length;
                f.historyDate = i % 2 == 0 ? "2024-0" + (i + 1) + "-15" : null;
                f.deadline = i == 1 ? "2024-03-31" : null;
                f.body = "一是" + WORDS[i] + "措施。二是建立制度。";
                f.outcomes = i == 0 ? "{accountable: 2, collected: 12.5}" : null;
                findings.put("f" + nextId++, f);
            }
            pages.put("about", "关于本站");
            inspectionFiles.put("insp3", new String[] {"区审计局经济责任审计", "经济责任审计", "2024-11-04", null, null});
        }

        void writeAll() {
            write("site.yaml", siteYaml());
            categories.keySet().forEach(this::writeCategory);
            findings.keySet().forEach(this::writeFinding);
            write("notices/n1.md", notice());
            pages.keySet().forEach(this::writePage);
            inspectionFiles.keySet().forEach(this::writeInspection);
        }

        String siteYaml() {
            StringBuilder sb = new StringBuilder("title: ").append(siteTitle).append('\n');
            sb.append("issuer: 测试单位\n");
            if (baseUrl) {
                sb.append("baseUrl: https://www.example.gov.cn/xszg/\n");
            }
            if (asOf != null) {
                sb.append("asOf: ").append(asOf).append('\n');
            }
            sb.append("contact:\n  phone: \"0730-0000000\"\n");
            sb.append("inspections:\n  - {id: insp, title: 测试巡视, inspector: 测试组, kind: 专项巡视,")
                    .append(" start: 2023-03-11, end: 2023-05-10, feedback: 2023-07-20}\n");
            if (secondInspection) {
                sb.append("  - {id: insp2, title: 区委第一巡察组巡察, inspector: 区委第一巡察组, kind: 巡察,")
                        .append(" start: 2024-03-01, end: 2024-04-30, feedback: 2024-06-20}\n");
            }
            return sb.toString();
        }

        String notice() {
            return "---\ntitle: 整改进展通报\ndate: " + noticeDate + "\n---\n现将整改进展情况予以公布。\n";
        }

        /** Applies an edit; returns the paths it wrote or deleted, relative to the root. */
        List<Path> apply(Edit e) {
            List<String> ids = new ArrayList<>(findings.keySet());
            ids.removeAll(broken.keySet());
            String id = ids.isEmpty() ? null : ids.get(e.pick() % ids.size());
            FindingSpec f = id == null ? null : findings.get(id);
            List<String> categoryIds = new ArrayList<>(categories.keySet());
            String word = WORDS[e.value() % WORDS.length];
            switch (e.kind()) {
                case ADD_FINDING -> {
                    FindingSpec n = new FindingSpec();
                    n.number = findings.values().stream().mapToInt(x -> x.number).max().orElse(0) + 1;
                    n.category = categoryIds.get(e.value() % categoryIds.size());
                    n.title = "新增问题" + word + e.value();
                    n.status = e.value() % STATUSES.length;
                    n.historyDate = e.value() % 3 == 0 ? "2025-0" + (1 + e.value() % 9) + "-0" + (1 + e.value() % 9) : null;
                    n.body = "一是" + word + "。";
                    String nid = "f" + nextId++;
                    findings.put(nid, n);
                    return List.of(writeFinding(nid));
                }
                case BODY -> {
                    if (f == null) {
                        return List.of();
                    }
                    f.body = e.value() % 4 == 0 ? "" : "一是" + word + "。二是第" + e.value() + "条。";
                    return List.of(writeFinding(id));
                }
                case TITLE -> {
                    if (f == null) {
                        return List.of();
                    }
                    f.title = word + "问题" + e.value();
                    return List.of(writeFinding(id));
                }
                case STATUS -> {
                    if (f == null) {
                        return List.of();
                    }
                    int from = f.status;
                    f.status = e.value() % STATUSES.length;
                    if (e.value() % 2 == 0) {
                        f.historyFrom = from;
                        // sometimes on the notice's day: the notice's page lists the change
                        f.historyDate = e.value() % 5 == 0 ? noticeDate : "2024-1" + (e.value() % 3) + "-2" + (e.value() % 9);
                    } else if (f.historyDate != null) {
                        f.historyFrom = -1;
                    }
                    return List.of(writeFinding(id));
                }
                case NUMBER -> {
                    if (f == null) {
                        return List.of();
                    }
                    // sometimes a number another finding has: an error until it changes again
                    f.number = 1 + e.value() % (findings.size() + 3);
                    return List.of(writeFinding(id));
                }
                case CATEGORY -> {
                    if (f == null) {
                        return List.of();
                    }
                    f.category = e.value() % 7 == 0 ? "nowhere" : categoryIds.get(e.value() % categoryIds.size());
                    return List.of(writeFinding(id));
                }
                case DEADLINE -> {
                    if (f == null) {
                        return List.of();
                    }
                    f.deadline = e.value() % 3 == 0 ? null : "202" + (3 + e.value() % 3) + "-06-30";
                    return List.of(writeFinding(id));
                }
                case DELETE -> {
                    if (f == null || findings.size() <= 1) {
                        return List.of();
                    }
                    findings.remove(id);
                    return List.of(delete(findingPath(id)));
                }
                case RENAME -> {
                    if (f == null) {
                        return List.of();
                    }
                    String to = "r" + nextId++;
                    findings.remove(id);
                    findings.put(to, f);
                    return List.of(delete(findingPath(id)), writeFinding(to));
                }
                case BREAK -> {
                    if (f == null) {
                        return List.of();
                    }
                    String text = f.text();
                    broken.put(id, text);
                    String bad = switch (e.value() % 3) {
                        case 0 -> text.replace("status: ", "stauts: ");
                        case 1 -> text.replace("number: ", "number: x");
                        default -> text.replace("---\nnumber", "number");
                    };
                    return List.of(write(findingPath(id), bad));
                }
                case REPAIR -> {
                    if (broken.isEmpty()) {
                        return List.of();
                    }
                    String repaired = new ArrayList<>(broken.keySet()).get(e.pick() % broken.size());
                    broken.remove(repaired);
                    return List.of(writeFinding(repaired));
                }
                case ADD_CATEGORY -> {
                    String cid = "c" + (categories.size() + 1);
                    categories.put(cid, new String[] {String.valueOf(e.value() % 4), word + "方面问题", "",
                            e.value() % 3 == 0 ? "" : e.value() % 3 == 1 ? "insp2" : "insp3"});
                    return List.of(writeCategory(cid));
                }
                case CHANGE_CATEGORY -> {
                    String cid = categoryIds.get(e.pick() % categoryIds.size());
                    String[] c = categories.get(cid);
                    switch (e.value() % 3) {
                        case 0 -> c[0] = String.valueOf(e.value() % 5);
                        case 1 -> c[1] = word + "类问题";
                        default -> c[2] = c[2].isEmpty() ? "本类说明" + word + "。" : "";
                    }
                    return List.of(writeCategory(cid));
                }
                case NOTICE_DATE -> {
                    noticeDate = "202" + (3 + e.value() % 4) + "-0" + (1 + e.value() % 9) + "-1" + (e.value() % 9);
                    return List.of(write("notices/n1.md", notice()));
                }
                case PAGE -> {
                    if (e.value() % 2 == 0) {
                        String pid = "p" + nextId++;
                        pages.put(pid, word + "说明");
                        return List.of(writePage(pid));
                    }
                    String pid = new ArrayList<>(pages.keySet()).get(e.pick() % pages.size());
                    pages.put(pid, word + "页面");
                    return List.of(writePage(pid));
                }
                case SITE_YAML -> {
                    switch (e.value() % 4) {
                        case 0 -> siteTitle = word + "公示";
                        case 1 -> asOf = asOf == null ? "2024-0" + (1 + e.value() % 9) + "-01" : null;
                        case 2 -> baseUrl = !baseUrl;
                        // its categories name it: an error until it is declared again
                        default -> secondInspection = !secondInspection;
                    }
                    return List.of(write("site.yaml", siteYaml()));
                }
                case OUTCOMES -> {
                    if (f == null) {
                        return List.of();
                    }
                    f.outcomes = switch (e.value() % 4) {
                        case 0 -> null;
                        case 1 -> "{disciplined: " + (e.value() % 7) + "}";
                        case 2 -> "{collected: " + e.value() + ".25, rules: 1}";
                        default -> "{accountable: " + (1 + e.value() % 3) + ", refunded: 3}";
                    };
                    return List.of(writeFinding(id));
                }
                case CATEGORY_INSPECTION -> {
                    String cid = categoryIds.get(e.pick() % categoryIds.size());
                    String[] c = categories.get(cid);
                    c[3] = c[3].isEmpty() ? "insp2" : c[3].equals("insp2") ? "insp3" : "";
                    return List.of(writeCategory(cid));
                }
                case TOUCH -> {
                    if (f == null) {
                        return List.of();
                    }
                    return List.of(writeFinding(id));
                }
                case LINK -> {
                    if (f == null || ids.size() < 2) {
                        return List.of();
                    }
                    // a link to another finding's file: to its page, wherever that is
                    String to = ids.get((e.pick() + 1 + e.value()) % ids.size());
                    if (to.equals(id)) {
                        return List.of();
                    }
                    f.body = "一是" + word + "，见[问题](" + (e.value() % 2 == 0 ? to + ".md" : "../findings/" + to + ".md")
                            + ")。二是建立制度。";
                    return List.of(writeFinding(id));
                }
                case ID -> {
                    if (f == null) {
                        return List.of();
                    }
                    // the page moves, the file stays: the links to the file follow it
                    f.id = f.id == null ? "moved-" + e.value() : null;
                    return List.of(writeFinding(id));
                }
                case WITHHOLD -> {
                    if (f == null) {
                        return List.of();
                    }
                    f.withheld = !f.withheld;
                    return List.of(writeFinding(id));
                }
                case INSPECTION_FILE -> {
                    String name = e.pick() % 2 == 0 ? "insp3" : "insp4";
                    String[] i = inspectionFiles.get(name);
                    if (i == null) {
                        inspectionFiles.put(name, new String[] {word + "审计", e.value() % 2 == 0 ? "经济责任审计" : "常规巡察",
                                "2024-1" + (e.value() % 3) + "-0" + (1 + e.value() % 9), null, null});
                        return List.of(writeInspection(name));
                    }
                    switch (e.value() % 6) {
                        case 0 -> {
                            // the categories naming it: an error until it is declared again
                            inspectionFiles.remove(name);
                            return List.of(delete(inspectionPath(name)));
                        }
                        case 1 -> i[0] = word + "审计组审计";
                        // its place among the inspections of files
                        case 2 -> i[2] = "202" + (3 + e.value() % 3) + "-0" + (1 + e.value() % 9) + "-01";
                        // an id site.yaml may declare too (insp2): an error while it does
                        case 3 -> i[3] = i[3] == null ? "insp2" : null;
                        case 4 -> i[4] = i[4] == null ? "{accountable: 1, rules: 2}" : null;
                        default -> {
                            strayInspectionFile = !strayInspectionFile;
                            return List.of(strayInspectionFile ? write("inspections/notes.txt", "备忘")
                                    : delete("inspections/notes.txt"));
                        }
                    }
                    return List.of(writeInspection(name));
                }
                default -> throw new IllegalStateException(e.toString());
            }
        }

        private static String findingPath(String id) {
            return "findings/" + id + ".md";
        }

        private Path writeFinding(String id) {
            return write(findingPath(id), findings.get(id).text());
        }

        private Path writeCategory(String id) {
            String[] c = categories.get(id);
            return write("categories/" + id + ".md", "---\nid: " + id + "\norder: " + c[0] + "\ntitle: " + c[1] + "\n"
                    + (c[3].isEmpty() ? "" : "inspection: " + c[3] + "\n") + "---\n" + c[2] + "\n");
        }

        private static String inspectionPath(String name) {
            return "inspections/" + name + ".md";
        }

        private Path writeInspection(String name) {
            String[] i = inspectionFiles.get(name);
            StringBuilder sb = new StringBuilder("---\n");
            if (i[3] != null) {
                sb.append("id: ").append(i[3]).append('\n');
            }
            sb.append("title: ").append(i[0]).append("\ninspector: 区审计局\nkind: ").append(i[1])
                    .append("\nstart: ").append(i[2]).append('\n');
            if (i[4] != null) {
                sb.append("outcomes: ").append(i[4]).append('\n');
            }
            return write(inspectionPath(name), sb.append("---\n本次审计的说明，不发布。\n").toString());
        }

        private Path writePage(String id) {
            return write("pages/" + id + ".md", "---\ntitle: " + pages.get(id) + "\n---\n本页说明。\n");
        }

        private Path write(String path, String text) {
            try {
                Path p = root.resolve(path);
                Files.createDirectories(p.getParent());
                Files.writeString(p, text, StandardCharsets.UTF_8);
                return Path.of(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Path delete(String path) {
            try {
                Files.deleteIfExists(root.resolve(path));
                return Path.of(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
