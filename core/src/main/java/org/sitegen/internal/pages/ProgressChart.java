package org.sitegen.internal.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sitegen.internal.pages.View.Progress;
import org.sitegen.internal.pages.View.ProgressRow;
import org.sitegen.internal.text.Html;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.Notice;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * An inspection's completion over time: at each date it published a notice, how many of its
 * findings had each status then — a finding's last history entry on or before that day (a
 * finding without history counts with its status; one whose history starts later is not yet
 * reported). Drawn at build time as inline SVG, one stacked bar per notice date, with a text
 * alternative; the same numbers follow as a table, so no JavaScript is needed.
 */
final class ProgressChart {
    private static final int WIDTH = 1000;
    private static final int LABEL = 210;
    private static final int ROW = 30;
    private static final int GAP = 10;

    private ProgressChart() {}

    /** The progress of an inspection; null when it has no notice. */
    static Progress of(Inspection inspection, ViewFactory views) {
        Site site = views.site();
        PageBundle msg = views.messages();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Notice n : site.noticesOf(inspection)) {
            dates.add(n.date());
        }
        if (dates.isEmpty()) {
            return null;
        }
        List<Status> statuses = site.statuses().statuses();
        List<Finding> findings = site.findingsOf(inspection);
        List<int[]> counts = new ArrayList<>(); // per date: per status, then not reported
        boolean anyUnreported = false;
        for (LocalDate d : dates) {
            int[] row = new int[statuses.size() + 1];
            for (Finding f : findings) {
                Status s = statusOn(f, d);
                row[s == null ? statuses.size() : place(statuses, s)]++;
            }
            anyUnreported |= row[statuses.size()] > 0;
            counts.add(row);
        }
        List<String> columns = new ArrayList<>();
        columns.add(msg.get("progressDate"));
        for (Status s : statuses) {
            columns.add(views.badges().badge(s, inspection).label());
        }
        if (anyUnreported) {
            columns.add(msg.get("progressNotReported"));
        }
        columns.add(msg.get("progressRate"));
        List<ProgressRow> rows = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        int k = 0;
        for (LocalDate d : dates) {
            int[] row = counts.get(k++);
            List<String> cells = new ArrayList<>();
            int closed = 0;
            StringBuilder parts = new StringBuilder();
            for (int s = 0; s < statuses.size(); s++) {
                cells.add(Integer.toString(row[s]));
                if (statuses.get(s).closed()) {
                    closed += row[s];
                }
                if (row[s] > 0) {
                    if (parts.length() > 0) {
                        parts.append(msg.get("listSeparator"));
                    }
                    parts.append(msg.format("headlinePart", "label", views.badges().badge(statuses.get(s), inspection).label(),
                            "count", row[s]));
                }
            }
            if (anyUnreported) {
                cells.add(Integer.toString(row[statuses.size()]));
            }
            String rate = Percent.format(closed, findings.size());
            rows.add(new ProgressRow(msg.date(d), d.toString(), cells, findings.isEmpty() ? "–" : rate));
            summaries.add(msg.format("progressChartRow", "date", msg.date(d), "parts", parts));
        }
        String label = msg.format("progressChartTitle", "rows", String.join(msg.get("progressRowSeparator"), summaries));
        return new Progress(svg(dates, counts, statuses, findings.size(), label, views), columns, rows);
    }

    /** The status of a finding on a day: its last history entry on or before it; null when it was not yet reported. */
    /** The place of a status in the vocabulary: by identity first (a status's equality reads all of it). */
    private static int place(List<Status> statuses, Status s) {
        for (int k = 0; k < statuses.size(); k++) {
            if (statuses.get(k) == s) {
                return k;
            }
        }
        return statuses.indexOf(s);
    }

    static Status statusOn(Finding f, LocalDate day) {
        if (f.history().isEmpty()) {
            return f.status();
        }
        Status s = null;
        for (HistoryEntry h : f.history()) {
            if (!h.date().isAfter(day)) {
                s = h.status();
            }
        }
        return s;
    }

    private static String svg(TreeSet<LocalDate> dates, List<int[]> counts, List<Status> statuses, int total,
            String label, ViewFactory views) {
        int height = dates.size() * (ROW + GAP) - GAP;
        String name = Html.escape(label);
        StringBuilder sb = new StringBuilder(512 + dates.size() * 400);
        sb.append("<svg class=\"chart chart-progress\" width=\"100%\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(name)
                .append("\" focusable=\"false\"><title>").append(name).append("</title>");
        int y = 0;
        int k = 0;
        int bar = WIDTH - LABEL;
        for (LocalDate d : dates) {
            int[] row = counts.get(k++);
            sb.append("<text x=\"0\" y=\"").append(y + ROW - 9).append("\">")
                    .append(Html.escape(views.messages().date(d))).append("</text>");
            sb.append("<rect class=\"track\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(bar).append("\" height=\"").append(ROW).append("\"/>");
            int done = 0;
            for (int s = 0; s < statuses.size(); s++) {
                if (row[s] == 0) {
                    continue;
                }
                int x = scale(done, total, bar);
                done += row[s];
                int w = scale(done, total, bar) - x;
                sb.append("<rect class=\"tone-").append(Tone.of(statuses.get(s), views.site().statuses()).cssName())
                        .append("\" x=\"").append(LABEL + x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                        .append("\" height=\"").append(ROW).append("\"/>");
            }
            y += ROW + GAP;
        }
        return sb.append("</svg>").toString();
    }

    private static int scale(int count, int total, int width) {
        return total == 0 ? 0 : (int) ((count * 2L * width + total) / (2L * total));
    }
}
