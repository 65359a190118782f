package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sitegen.internal.importer.ParsedNotice.Group;
import org.sitegen.internal.importer.ParsedNotice.Inspected;
import org.sitegen.internal.importer.ParsedNotice.Item;
import org.sitegen.model.Contact;

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

    private RecordWriter(ParsedNotice notice, String noticeName, StatusWords statuses, ImportProblems problems,
            String unit) {
        this.notice = notice;
        this.noticeName = noticeName;
        this.statuses = statuses;
        this.problems = problems;
        this.unit = unit;
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

    /** The file of a finding, e.g. {@code findings/06.md}; its id is {@code 06}. */
    static String findingFile(int number, int width) {
        return "findings/" + pad(number, width) + ".md";
    }

    private Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        String inspectionId = inspectionId();
        files.put("site.yaml", siteYaml(inspectionId));
        int groupWidth = numberWidth(notice.groups().size());
        for (Group g : notice.groups()) {
            String id = "c" + pad(g.order(), groupWidth);
            files.put("categories/" + pad(g.order(), groupWidth) + "-" + id + ".md", category(g, id));
        }
        int width = numberWidth(notice.findings().stream().mapToInt(Item::number).max().orElse(1));
        for (Item item : notice.findings()) {
            files.put(findingFile(item.number(), width), finding(item, "c" + pad(item.group(), groupWidth)));
        }
        String noticeFile = notice.date() == null ? "notices/notice.md" : "notices/" + notice.date() + ".md";
        files.put(noticeFile, noticeRecord(inspectionId));
        return files;
    }

    private String siteYaml(String inspectionId) {
        StringBuilder sb = new StringBuilder();
        sb.append("# 由 mvn site-gen:import 从通报 ").append(YamlQuoting.comment(noticeName))
                .append(" 导入的全站设置：网站名称、发布单位、联系方式和巡视信息。\n");
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
        Inspected i = notice.inspection();
        String inspectionTitle = (i.inspector() == null ? "" : i.inspector()) + (i.kind() == null ? "" : i.kind());
        if (inspectionTitle.isEmpty()) {
            problems.error(0, 0, "import.noInspectionTitle");
        }
        sb.append("\n# 巡视信息\ninspections:\n");
        sb.append("  - id: ").append(YamlQuoting.scalar(inspectionId)).append('\n');
        key(sb, "    ", "title", inspectionTitle);
        key(sb, "    ", "inspector", i.inspector());
        key(sb, "    ", "kind", i.kind());
        date(sb, "    ", "start", i.start());
        date(sb, "    ", "end", i.end());
        date(sb, "    ", "feedback", i.feedback());
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
    private String inspectionId() {
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

    private String category(Group g, String id) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("id: ").append(id).append('\n');
        sb.append("order: ").append(g.order()).append('\n');
        sb.append("title: ").append(YamlQuoting.scalar(g.title())).append('\n');
        sb.append("---\n");
        if (!g.introduction().isEmpty()) {
            sb.append(g.introduction()).append('\n');
        }
        return sb.toString();
    }

    private String finding(Item item, String categoryId) {
        StringBuilder sb = new StringBuilder("---\n");
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

    private String noticeRecord(String inspectionId) {
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

    private static String pad(int n, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
}
