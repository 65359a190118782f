package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sitegen.internal.importer.ParsedNotice.Group;
import org.sitegen.internal.importer.ParsedNotice.Inspected;
import org.sitegen.internal.importer.ParsedNotice.Item;
import org.sitegen.model.Contact;
import org.sitegen.model.InspectionWords;

/**
 * Writes a read notice as the files of a source tree (DESIGN.md, "Source format"), in memory:
 * {@code site.yaml}, {@code categories/01-c01.md}…, {@code findings/01.md}…, {@code
 * notices/<date>.md}. Ids are made from numbers ({@code c01}, {@code 01}), since an importer
 * cannot derive meaningful English slugs from Chinese titles; the clerk may rename them.
 */
final class RecordWriter {
    private final ParsedNotice notice;
    private final String noticeName;
    private final StatusWords statuses;
    private final ImportProblems problems;
    private final String unit;

    RecordWriter(ParsedNotice notice, String noticeName, StatusWords statuses, ImportProblems problems,
            String unit) {
        this.notice = notice;
        this.noticeName = noticeName;
        this.statuses = statuses;
        this.problems = problems;
        this.unit = unit;
    }

    /**
     * Where the records of a notice go and what they are called.
     *
     * @param inspectionId the id of the notice's inspection
     * @param namesInspection whether categories say {@code inspection:} (they need not when it is
     *     the first inspection declared)
     * @param prefix what ids and category file names start with: "" for the first inspection,
     *     {@code <inspection-id>-} for one added to a tree
     * @param findingFolder the folder of the findings, ending in {@code /}
     * @param findingIds whether findings say {@code id:} (else their file name is their id)
     */
    record Layout(String inspectionId, boolean namesInspection, String prefix, String findingFolder,
            boolean findingIds) {
        /** The layout of a new tree: ids from numbers, {@code findings/01.md}. */
        static Layout fresh(String inspectionId) {
            return new Layout(inspectionId, false, "", "findings/", false);
        }

        /** The layout of an inspection added to a tree that has another already. */
        static Layout added(String inspectionId) {
            return new Layout(inspectionId, true, inspectionId + "-", "findings/" + inspectionId + "/", true);
        }

        /** The id of the category of group {@code order}, e.g. {@code c01}. */
        String categoryId(int order, int width) {
            return prefix + "c" + pad(order, width);
        }

        /** The file of the category of group {@code order}, e.g. {@code categories/01-c01.md}. */
        String categoryFile(int order, int width) {
            return "categories/" + (prefix.isEmpty() ? pad(order, width) + "-" : "") + categoryId(order, width) + ".md";
        }

        /** The file of finding {@code number}, e.g. {@code findings/06.md}. */
        String findingFile(int number, int width) {
            return findingFolder + pad(number, width) + ".md";
        }

        /** The id of finding {@code number}: its file name, e.g. {@code 06}, with the prefix. */
        String findingId(int number, int width) {
            return prefix + pad(number, width);
        }
    }

    /**
     * The files of the tree, relative path (with {@code /}) to content, in writing order.
     *
     * @param noticeName the notice's file name, named in a comment of {@code site.yaml}
     * @param unit what a position in the notice counts, for comments: 行 (a line of a text file) or
     *     段 (a paragraph of a Word or PDF file)
     */
    static Map<String, String> files(ParsedNotice notice, String noticeName, StatusWords statuses,
            ImportProblems problems, String unit) {
        return new RecordWriter(notice, noticeName, statuses, problems, unit).files();
    }

    /** Digits of the finding file names: at least two, so that they sort. */
    static int numberWidth(int maxNumber) {
        return Math.max(2, String.valueOf(maxNumber).length());
    }

    private Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        String inspectionId = inspectionId(notice);
        files.put("site.yaml", siteYaml(inspectionId));
        files.putAll(records(Layout.fresh(inspectionId), notice.date() == null ? "notices/notice.md"
                : "notices/" + notice.date() + ".md"));
        return files;
    }

    /** The categories, findings and notice of the notice, laid out as said; in writing order. */
    Map<String, String> records(Layout layout, String noticeFile) {
        Map<String, String> files = new LinkedHashMap<>();
        int groupWidth = numberWidth(notice.groups().size());
        for (Group g : notice.groups()) {
            files.put(layout.categoryFile(g.order(), groupWidth),
                    category(g, layout.categoryId(g.order(), groupWidth), layout));
        }
        int width = numberWidth(notice.findings().stream().mapToInt(Item::number).max().orElse(1));
        for (Item item : notice.findings()) {
            files.put(layout.findingFile(item.number(), width), finding(item,
                    layout.findingIds() ? layout.findingId(item.number(), width) : null,
                    layout.categoryId(item.group(), groupWidth)));
        }
        files.put(noticeFile, noticeRecord(layout.inspectionId()));
        return files;
    }

    private String siteYaml(String inspectionId) {
        StringBuilder sb = new StringBuilder();
        sb.append("# 由 mvn site-gen:import 从通报 ").append(YamlQuoting.comment(noticeName))
                .append(" 导入的全站设置：网站名称、发布单位、联系方式和").append(base().word()).append("信息。\n");
        sb.append("# 请核对后运行 mvn site-gen:check 检查。\n\n");
        String title = siteTitle();
        if (title.isEmpty()) {
            problems.error(0, 0, "import.noSiteTitle");
        }
        sb.append("title: ").append(YamlQuoting.scalar(title)).append('\n');
        if (notice.issuer() != null) {
            sb.append("issuer: ").append(YamlQuoting.scalar(notice.issuer())).append('\n');
        }
        sb.append("locale: zh-CN\n");
        sb.append("# 网站的发布地址（用于 sitemap.xml 和订阅源），确定后去掉下一行开头的 # 并改为实际地址：\n");
        sb.append("# baseUrl: https://www.example.gov.cn/xszg/\n");
        Contact c = notice.contact();
        if (!c.isEmpty()) {
            sb.append("\n# 群众监督联系方式（见通报最后一段）\ncontact:\n");
            key(sb, "  ", "phone", c.phone());
            key(sb, "  ", "address", c.address());
            key(sb, "  ", "postcode", c.postcode());
            key(sb, "  ", "email", c.email());
        }
        sb.append("\n# ").append(base().word()).append("信息\ninspections:\n");
        sb.append(inspectionItem(inspectionId, "  "));
        return sb.toString();
    }

    /** The kind of the notice's inspection, whose words its records use. */
    InspectionWords.Base base() {
        return base(notice);
    }

    static InspectionWords.Base base(ParsedNotice notice) {
        Inspected i = notice.inspection();
        return InspectionWords.Base.of(i.kind(), i.inspector(), notice.title());
    }

    /**
     * The notice's inspection as an item of {@code inspections:} in site.yaml, its lines ending in
     * a line feed.
     *
     * @param indent the spaces before the item's {@code -}
     */
    String inspectionItem(String inspectionId, String indent) {
        StringBuilder sb = new StringBuilder();
        Inspected i = notice.inspection();
        String inspectionTitle = (i.inspector() == null ? "" : i.inspector()) + (i.kind() == null ? "" : i.kind());
        if (inspectionTitle.isEmpty()) {
            problems.error(0, 0, "import.noInspectionTitle", OpeningWords.pairs(base(), "title"));
        }
        String inner = indent + "  ";
        sb.append(indent).append("- id: ").append(YamlQuoting.scalar(inspectionId)).append('\n');
        key(sb, inner, "title", inspectionTitle);
        key(sb, inner, "inspector", i.inspector());
        key(sb, inner, "kind", i.kind());
        date(sb, inner, "start", i.start());
        date(sb, inner, "end", i.end());
        date(sb, inner, "feedback", i.feedback());
        return sb.toString();
    }

    /**
     * The notice's inspection as a file of its own, {@code inspections/<id>.md}: the fields of
     * {@link #inspectionItem} as front matter, without {@code id:} (the file's name gives it), and
     * no body.
     */
    String inspectionFile(String inspectionId) {
        String item = inspectionItem(inspectionId, "");
        StringBuilder sb = new StringBuilder("---\n");
        // the item's lines after "- id: …", each indented by two spaces
        item.substring(item.indexOf('\n') + 1).lines().forEach(line -> sb.append(line.substring(2)).append('\n'));
        sb.append("---\n");
        return sb.toString();
    }

    /**
     * The site's title: the issuer without 中共 and without its organ (工作委员会, 委员会, 党工委, 党委,
     * 党组, 工委; 县委 → 县), followed by 巡视整改公示 (巡察整改公示 for a 巡察); the inspected body
     * when there is no issuer.
     */
    private String siteTitle() {
        String org = notice.issuer() == null ? "" : notice.issuer().strip();
        org = org.replaceFirst("^(中国共产党|中共)", "");
        org = org.replaceFirst("(工作委员会|委员会|党工委|党委|党组|工委)$", "");
        org = org.replaceFirst("([省市县区州盟旗])委$", "$1");
        if (org.isEmpty() && notice.inspection().target() != null) {
            org = notice.inspection().target().replaceFirst("(党工委|党委|党组|工委)$", "");
        }
        if (org.isEmpty()) {
            return "";
        }
        String kind = notice.inspection().kind() == null ? "" : notice.inspection().kind();
        return org + (kind.contains("巡察") ? "巡察" : kind.contains("审计") ? "审计" : "巡视") + "整改公示";
    }

    /** {@code <year>-<kind>}: 2023-special for a 专项巡视 of 2023; {@code inspection} when no year is known. */
    static String inspectionId(ParsedNotice notice) {
        Inspected i = notice.inspection();
        LocalDate when = i.start() != null ? i.start() : i.feedback() != null ? i.feedback() : notice.date();
        String kind = i.kind() == null ? "" : i.kind();
        String slug = kind.contains("回头看") ? "follow-up"
                : kind.contains("专项") ? "special"
                : kind.contains("常规") ? "regular"
                : kind.contains("机动") ? "mobile"
                : kind.contains("审计") ? "audit"
                : "inspection";
        return when == null ? slug : when.getYear() + "-" + slug;
    }

    String category(Group g, String id, Layout layout) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("id: ").append(id).append('\n');
        sb.append("order: ").append(g.order()).append('\n');
        sb.append("title: ").append(YamlQuoting.scalar(g.title())).append('\n');
        if (layout.namesInspection()) {
            sb.append("inspection: ").append(YamlQuoting.scalar(layout.inspectionId())).append('\n');
        }
        sb.append("---\n");
        if (!g.introduction().isEmpty()) {
            sb.append(g.introduction()).append('\n');
        }
        return sb.toString();
    }

    /** @param id the finding's id, or null when its file name is its id */
    String finding(Item item, String id, String categoryId) {
        StringBuilder sb = new StringBuilder("---\n");
        if (id != null) {
            sb.append("id: ").append(YamlQuoting.scalar(id)).append('\n');
        }
        sb.append("number: ").append(item.number()).append('\n');
        sb.append("category: ").append(categoryId).append('\n');
        sb.append("title: ").append(YamlQuoting.scalar(item.title())).append('\n');
        StatusWords.Reading status = item.status();
        sb.append("status: ").append(YamlQuoting.scalar(status.written()));
        switch (status.kind()) {
            case MISSING -> sb.append("  # ").append(YamlQuoting.comment("通报未写整改结果，请填写："
                    + statuses.labels("、") + (notice.date() == null ? "" : "（下面 history 中的 status 也请填写）")));
            case UNKNOWN -> sb.append("  # ").append(YamlQuoting.comment("通报第" + item.statusLine() + unit + "的整改结果“"
                    + status.original() + "”不在状态列表中，请改为：" + statuses.labels("、")
                    + (notice.date() == null ? "" : "（下面 history 中的 status 也请改）")));
            default -> { }
        }
        sb.append('\n');
        if (!item.units().isEmpty()) {
            sb.append("units: ").append(YamlQuoting.flowList(item.units())).append('\n');
        }
        if (item.deadline() != null) {
            sb.append("deadline: ").append(item.deadline()).append('\n');
        }
        if (!item.documents().isEmpty()) {
            sb.append("documents: ").append(YamlQuoting.flowList(item.documents())).append('\n');
        }
        if (notice.date() != null) {
            sb.append("history:\n  - {date: ").append(notice.date()).append(", status: ")
                    .append(YamlQuoting.flowScalar(status.written())).append("}\n");
        }
        sb.append("---\n");
        if (!item.body().isEmpty()) {
            sb.append(item.body()).append('\n');
        }
        return sb.toString();
    }

    String noticeRecord(String inspectionId) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(YamlQuoting.scalar(notice.title() == null ? "" : notice.title())).append('\n');
        if (notice.date() != null) {
            sb.append("date: ").append(notice.date()).append('\n');
        } else {
            sb.append("date: \"\"  # ").append(YamlQuoting.comment("通报未写日期，请填写，如 2023-12-26")).append('\n');
        }
        sb.append("inspection: ").append(YamlQuoting.scalar(inspectionId)).append('\n');
        if (!notice.totals().isEmpty()) {
            sb.append("# 通报正文中写明的问题数和整改进度；site-gen:check 和 build 会与各问题记录的整改结果对照\n");
            sb.append("totals:\n");
            notice.totals().forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        }
        sb.append("---\n");
        if (!notice.narrative().isEmpty()) {
            sb.append(notice.narrative()).append('\n');
        }
        return sb.toString();
    }

    private static void key(StringBuilder sb, String indent, String key, String value) {
        if (value != null) {
            sb.append(indent).append(key).append(": ").append(YamlQuoting.scalar(value)).append('\n');
        }
    }

    private static void date(StringBuilder sb, String indent, String key, LocalDate value) {
        if (value != null) {
            sb.append(indent).append(key).append(": ").append(value).append('\n');
        }
    }

    static String pad(int n, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
}
