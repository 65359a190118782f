package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the lines around a notice's body: the head (issuer, title, perhaps a date) and the closing
 * (issuer and date, the signature).
 */
final class HeadAndClosing {
    /** A line of the metadata block web pages put above a notice: • 成文日期：2023年12月22日. */
    private static final Pattern METADATA = Pattern.compile("^[•·●▪■◆\\-*\\s]*(文件名称|标题|名称|成文日期|发文日期|发布日期"
            + "|发布时间|日期|时间|发文机关|发布机构|发布单位|来源|信息来源|索引号|主题分类|主题词|文号|发文字号|公开方式|公开范围"
            + "|分类|体裁分类|作者|字号|浏览次数|点击数|有效性)\\s*:\\s*(.*)$");

    /**
     * The head.
     *
     * @param issuer who issued the notice; null when the head does not say
     * @param title the title; null when there is none
     * @param date a date line among the head's lines, else the date of its metadata block
     *     (成文日期：, else 发布日期：, 发布时间：, 日期：); null when none
     * @param next the index of the first line after the head
     */
    record Head(String issuer, String title, LocalDate date, int next) {}

    /**
     * The closing.
     *
     * @param issuer the signature's issuer; null when the date stands alone
     * @param date the signature's date; null when it has no year (see {@code monthDay})
     * @param monthDay {month, day} of a signature date written without its year; null when it has one
     * @param markdown the signature as Markdown, for the narrative
     * @param after lines after the date (kept in the narrative)
     * @param start the index of the closing's first line: the body ends before it
     */
    record Closing(String issuer, LocalDate date, int[] monthDay, String markdown, List<NoticeLine> after, int start) {}

    private HeadAndClosing() {}

    /**
     * The head: up to four short lines (and date lines) before the first sentence or structure.
     * The lines of a metadata block are read for the title and date, not taken as the head; a
     * line that repeats an earlier one (a web page's title above the notice's own) is skipped.
     */
    static Head head(List<NoticeLine> lines, int last) {
        List<NoticeLine> head = new ArrayList<>();
        LocalDate date = null;
        LocalDate written = null;
        LocalDate published = null;
        String metadataTitle = null;
        int i = 0;
        while (i < last && head.size() < 4) {
            NoticeLine l = lines.get(i);
            LocalDate d = ChineseDates.dateLine(l.key());
            if (d != null) {
                date = date == null ? d : date;
                i++;
                continue;
            }
            Matcher m = METADATA.matcher(l.key());
            if (m.matches() && l.key().length() <= 120) {
                String field = m.group(1);
                String value = l.text().substring(m.start(2)).strip();
                LocalDate at = ChineseDates.find(m.group(2));
                if (field.equals("成文日期") || field.equals("发文日期")) {
                    written = written == null ? at : written;
                } else if (field.contains("日期") || field.contains("时间")) {
                    published = published == null ? at : published;
                } else if ((field.equals("文件名称") || field.equals("标题") || field.equals("名称")) && !value.isEmpty()) {
                    metadataTitle = metadataTitle == null ? value : metadataTitle;
                }
                i++;
                continue;
            }
            if (!NoticePatterns.headLike(l)) {
                break;
            }
            head.removeIf(h -> h.text().equals(l.text())); // a repeated title: its last place counts
            head.add(l);
            i++;
        }
        if (date == null) {
            date = written != null ? written : published;
        }
        String issuer = null;
        String title = null;
        if (head.size() >= 2 && !head.get(0).key().startsWith("关于")) {
            issuer = head.get(0).text();
            title = head.subList(1, head.size()).stream().map(NoticeLine::text).collect(Collectors.joining());
        } else if (!head.isEmpty()) {
            String text = head.stream().map(NoticeLine::text).collect(Collectors.joining());
            int about = text.indexOf("关于");
            if (about > 0 && "会委组府局室厅部院办司".indexOf(text.charAt(about - 1)) >= 0) {
                issuer = text.substring(0, about);
                title = text.substring(about);
            } else {
                title = text;
            }
        }
        if (title == null && metadataTitle != null) {
            title = metadataTitle;
        }
        return new Head(issuer, title, date, i);
    }

    /**
     * The issuer and date at the end, found among the last four lines; null when there is none (a
     * date that heads the notice is not a closing).
     */
    static Closing closing(List<NoticeLine> lines, int last) {
        for (int i = last - 1; i >= Math.max(0, last - 4); i--) {
            NoticeLine l = lines.get(i);
            LocalDate date = ChineseDates.dateLine(l.key());
            int[] monthDay = date == null ? ChineseDates.monthDayLine(l.key()) : null;
            if (date == null && monthDay == null) {
                continue;
            }
            List<NoticeLine> after = List.copyOf(lines.subList(i + 1, last));
            String dateText = l.text().replaceAll("^[(（]|[)）]$", "");
            String issuer = null;
            int end = i;
            if (i > 0 && closingIssuer(lines.get(i - 1))) {
                issuer = lines.get(i - 1).text();
                end = i - 1;
            }
            if (end == 0) {
                return null;
            }
            String markdown = issuer == null ? MarkdownEscaping.escape(dateText)
                    : MarkdownEscaping.escape(issuer) + "\\\n" + MarkdownEscaping.escape(dateText);
            return new Closing(issuer, date, monthDay, markdown, after, end);
        }
        return null;
    }

    private static boolean closingIssuer(NoticeLine l) {
        return NoticePatterns.headLike(l) && !NoticeParts.isContact(l) && l.key().length() <= 40;
    }
}
