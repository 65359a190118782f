package org.sitegen.internal.export;

import java.util.List;
import java.util.Locale;
import org.sitegen.internal.Language;

/**
 * The words the exports use in the site's language: the CSV header and list separator, and the
 * titles of the feed's status-change entries. Chinese unless the site's locale is English.
 */
enum ExportWords {
    ZH(
            List.of("编号", "标识", "问题", "整改结果代码", "整改结果", "类别标识", "问题类别", "{noun}标识",
                    "责任单位", "整改时限", "出台文件", "整改情况", "最新进展日期", "页面地址", "{noun}名称",
                    "问责（人）", "党纪政务处分（人）", "追缴资金（万元）", "清退资金（万元）", "挽回损失（万元）", "建立完善制度（项）"),
            "；"),
    EN(
            List.of("No.", "ID", "Finding", "Status code", "Status", "Category ID", "Category", "Inspection ID",
                    "Responsible units", "Deadline", "Documents", "Measures", "Latest update", "Page", "Inspection",
                    "Held accountable (persons)", "Disciplined (persons)", "Funds collected (10,000 yuan)",
                    "Funds refunded (10,000 yuan)", "Losses retrieved (10,000 yuan)", "Rules made or revised"),
            "; ");

    private final List<String> csvHeader;
    private final String listSeparator;

    ExportWords(List<String> csvHeader, String listSeparator) {
        this.csvHeader = csvHeader;
        this.listSeparator = listSeparator;
    }

    /** The text for a site's locale: English for {@code en}, Chinese otherwise. */
    static ExportWords of(Locale locale) {
        return Language.of(locale) == Language.ENGLISH ? EN : ZH;
    }

    /** The header row of {@code findings.csv}, one name per column, for a site of 巡视 only. */
    List<String> csvHeader() {
        return csvHeader(List.of("巡视"));
    }

    /**
     * The header row of {@code findings.csv}, one name per column, naming the inspection columns
     * as the site's inspections are called: 巡视标识, 巡察标识, 巡视、审计标识.
     *
     * @param nouns what the site's inspections are called, each once, in site.yaml's order
     */
    List<String> csvHeader(List<String> nouns) {
        String noun = String.join("、", nouns);
        return csvHeader.stream().map(h -> h.replace("{noun}", noun)).toList();
    }

    /** What joins the items of a list (units, documents) in one CSV cell. */
    String listSeparator() {
        return listSeparator;
    }

    /** The title of a feed entry for a status change: 第6项 平台公司… — 完成 / No. 6 … — Completed. */
    String statusChangeTitle(int number, String title, String statusLabel) {
        return this == ZH
                ? "第" + number + "项 " + title + " — " + statusLabel
                : "No. " + number + " " + title + " — " + statusLabel;
    }

    /** The summary of a feed entry for a status change, with the entry's note when it has one. */
    String statusChangeSummary(String categoryTitle, String statusLabel, String note) {
        String s = this == ZH
                ? categoryTitle + "。整改结果：" + statusLabel + "。"
                : categoryTitle + ". Status: " + statusLabel + ".";
        if (note == null || note.isBlank()) {
            return s;
        }
        return this == ZH ? s + note : s + " " + note;
    }
}
