package org.sitegen.internal.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.internal.load.RawRecords.RawNotice;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Notice;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * The totals a notice declares in its prose, kept on its record by {@code site-gen:import}:
 *
 * <pre>
 * totals:
 *   categories: 3      # 3个方面
 *   findings: 8        # 8个问题
 *   closed: 6          # 已完成整改6个: findings whose status is closed
 *   open: 2            # 正在整改2个: findings whose status is not closed
 *   long-term: 1       # a status code: findings with that status
 *   rate: 75           # 完成率75%: closed in percent of findings
 * </pre>
 *
 * Once the site loads without errors, each figure is compared with the records of the notice's
 * inspection as they stood on the notice's date (a finding's status then is its last history
 * entry on or before that day, else its status): a figure that disagrees is a warning, since
 * either a record or the notice is wrong and only the clerk can tell which.
 */
final class NoticeTotals {
    private static final Set<String> FIXED = Set.of("categories", "findings", "closed", "open", "rate");

    /** One declared figure and where it is written. */
    record Declared(String key, BigDecimal value, Pos pos) {}

    private NoticeTotals() {}

    /** The figures under {@code totals:}; empty when there is none. Wrong values are reported here. */
    static List<Declared> read(Fields front) {
        Fields totals = front.mapping("totals", false);
        if (totals == null) {
            return List.of();
        }
        List<Declared> out = new ArrayList<>();
        for (String key : totals.keys()) {
            if (!FIXED.contains(key) && !RecordParser.isId(key)) {
                totals.rejectUnknownKeys(FIXED);
                continue;
            }
            if (key.equals("rate")) {
                String raw = totals.text(key, true);
                if (raw == null) {
                    continue;
                }
                String number = raw.endsWith("%") ? raw.substring(0, raw.length() - 1).strip() : raw;
                if (!number.matches("\\d{1,3}(\\.\\d{1,2})?")) {
                    totals.integer(key, true); // reports it is not a number
                    continue;
                }
                out.add(new Declared(key, new BigDecimal(number), totals.valuePos(key)));
            } else {
                Integer n = totals.integer(key, true);
                if (n != null) {
                    out.add(new Declared(key, BigDecimal.valueOf(n), totals.valuePos(key)));
                }
            }
        }
        return out;
    }

    /** Compares every notice's declared figures with the records; the site has loaded without errors. */
    static void check(Site site, List<RawNotice> raw, ProblemList problems) {
        check(site, List.of(), List.of(), raw, problems);
    }

    /**
     * Compares every notice's declared figures with the records, withheld ones included: a notice
     * counts the findings it does not publish too.
     */
    static void check(Site site, List<Finding> withheld, List<org.sitegen.model.Category> withheldCategories,
            List<RawNotice> raw, ProblemList problems) {
        Map<Path, List<Declared>> declared = new HashMap<>();
        for (RawNotice n : raw) {
            if (!n.totals().isEmpty()) {
                declared.put(n.head().file(), n.totals());
            }
        }
        if (declared.isEmpty()) {
            return;
        }
        for (Notice notice : site.notices()) {
            List<Declared> figures = declared.get(notice.origin().file());
            if (figures != null) {
                check(site, withheld, withheldCategories, notice, figures, problems.forFile(notice.origin().file()));
            }
        }
    }

    private static void check(Site site, List<Finding> withheld, List<org.sitegen.model.Category> withheldCategories,
            Notice notice, List<Declared> figures, ProblemList problems) {
        LocalDate day = notice.date();
        String inspection = notice.inspection().id();
        List<Status> then = new ArrayList<>();
        List<Finding> findings = site.findings();
        if (!withheld.isEmpty()) {
            findings = new ArrayList<>(findings);
            findings.addAll(withheld);
        }
        for (Finding f : findings) {
            if (f.inspection().id().equals(inspection)) {
                Status s = statusOn(f, day);
                if (s != null) {
                    then.add(s);
                }
            }
        }
        long closed = then.stream().filter(Status::closed).count();
        for (Declared d : figures) {
            BigDecimal actual;
            switch (d.key()) {
                case "categories" -> actual = BigDecimal.valueOf(java.util.stream.Stream.concat(
                                site.categories().stream(), withheldCategories.stream())
                        .filter(c -> c.inspection().id().equals(inspection)).count());
                case "findings" -> actual = BigDecimal.valueOf(then.size());
                case "closed" -> actual = BigDecimal.valueOf(closed);
                case "open" -> actual = BigDecimal.valueOf(then.size() - closed);
                case "rate" -> actual = then.isEmpty() ? BigDecimal.ZERO
                        : BigDecimal.valueOf(closed * 100).divide(BigDecimal.valueOf(then.size()), 1, RoundingMode.HALF_UP);
                default -> {
                    if (site.statuses().statuses().stream().noneMatch(s -> s.code().equals(d.key()))) {
                        problems.error(d.pos(), Message.of("totals.unknownKey", "key", d.key()),
                                Message.of("totals.unknownKey.hint", "codes",
                                        site.statuses().statuses().stream().map(Status::code).toList()));
                        continue;
                    }
                    actual = BigDecimal.valueOf(then.stream().filter(s -> s.code().equals(d.key())).count());
                }
            }
            boolean differs = d.key().equals("rate")
                    ? actual.subtract(d.value()).abs().compareTo(BigDecimal.ONE) >= 0
                    : actual.compareTo(d.value()) != 0;
            if (differs) {
                problems.warning(d.pos().line(), d.pos().column(), "totals.differ", "key", d.key(),
                        "declared", d.value().stripTrailingZeros().toPlainString(),
                        "actual", actual.stripTrailingZeros().toPlainString(), "date", day, "inspection", inspection);
            }
        }
    }

    /** A finding's status on a day: its last history entry on or before it; null when it was recorded later. */
    private static Status statusOn(Finding f, LocalDate day) {
        if (f.history().isEmpty()) {
            return f.status();
        }
        Status status = null;
        for (HistoryEntry h : f.history()) {
            if (!h.date().isAfter(day)) {
                status = h.status();
            }
        }
        return status;
    }
}
