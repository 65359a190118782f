package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the lines around a notice's body: the head (issuer, title, perhaps a date) and the closing
 * (issuer and date, the signature).
 */
final class HeadAndClosing {
    /**
     * The head.
     *
     * @param issuer who issued the notice; null when the head does not say
     * @param title the title; null when there is none
     * @param date a date line among the head's lines; null when none
     * @param next the index of the first line after the head
     */
    record Head(String issuer, String title, LocalDate date, int next) {}

    /**
     * The closing.
     *
     * @param issuer the signature's issuer; null when the date stands alone
     * @param date the signature's date
     * @param markdown the signature as Markdown, for the narrative
     * @param after lines after the date (kept in the narrative)
     * @param start the index of the closing's first line: the body ends before it
     */
    record Closing(String issuer, LocalDate date, String markdown, List<NoticeLine> after, int start) {}

    private HeadAndClosing() {}

    /** The head: up to four short lines (and date lines) before the first sentence or structure. */
    static Head head(List<NoticeLine> lines, int last) {
        List<NoticeLine> head = new ArrayList<>();
        LocalDate date = null;
        int i = 0;
        while (i < last && head.size() < 4) {
            NoticeLine l = lines.get(i);
            LocalDate d = ChineseDates.dateLine(l.key());
            if (d != null) {
                date = date == null ? d : date;
                i++;
                continue;
            }
            if (!NoticePatterns.headLike(l)) {
                break;
            }
            head.add(l);
            i++;
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
            if (date == null) {
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
            return new Closing(issuer, date, markdown, after, end);
        }
        return null;
    }

    private static boolean closingIssuer(NoticeLine l) {
        return NoticePatterns.headLike(l) && !NoticeParts.isContact(l) && l.key().length() <= 40;
    }
}
