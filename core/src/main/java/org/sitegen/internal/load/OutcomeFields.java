package org.sitegen.internal.load;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.model.Outcomes;

/**
 * Reads {@code outcomes:} of a finding or of an inspection in {@code site.yaml}:
 *
 * <pre>
 * outcomes:
 *   accountable: 12     # 问责, persons
 *   disciplined: 3      # 党纪政务处分, persons
 *   collected: 120.5    # 追缴, 万元
 *   refunded: 3.26      # 清退, 万元
 *   retrieved: 500      # 挽回损失, 万元
 *   rules: 8            # 建立完善制度, items
 * </pre>
 *
 * Every figure is optional. People and rules are whole numbers, money may have decimals; none may
 * be negative, and a figure with a unit (万元, 人) is reported, so that what is published is a
 * number a reader can add up.
 */
final class OutcomeFields {
    /** The figures read, and where each is written (for a warning later). */
    record Read(Outcomes outcomes, Map<String, Pos> positions) {
        static final Read NONE = new Read(Outcomes.NONE, Map.of());
    }

    private static final java.util.Set<String> MONEY = java.util.Set.of("collected", "refunded", "retrieved");

    private OutcomeFields() {}

    /** The {@code outcomes:} of a mapping; {@link Read#NONE} when absent. Wrong figures are reported and left out. */
    static Read read(Fields parent, ProblemList problems) {
        if (!parent.has("outcomes")) {
            return Read.NONE;
        }
        Fields f = parent.mapping("outcomes", false);
        if (f == null) {
            return Read.NONE;
        }
        f.rejectUnknownKeys(Outcomes.KEYS);
        Map<String, Object> values = new HashMap<>();
        Map<String, Pos> positions = new HashMap<>();
        for (String key : Outcomes.KEYS) {
            String raw = f.text(key, false);
            if (raw == null) {
                continue;
            }
            Pos at = f.valuePos(key);
            String number = raw.replace(",", "");
            boolean money = MONEY.contains(key);
            if (!number.matches("[+-]?\\d{1,12}(\\.\\d{1,6})?")) {
                problems.error(at, money ? "outcome.notAmount" : "outcome.notWhole", "key", key, "value", raw);
                continue;
            }
            BigDecimal value = new BigDecimal(number);
            if (value.signum() < 0) {
                problems.error(at, "outcome.negative", "key", key, "value", raw);
                continue;
            }
            if (!money && value.scale() > 0) {
                problems.error(at, "outcome.notWhole", "key", key, "value", raw);
                continue;
            }
            if (!money && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problems.error(at, "outcome.notWhole", "key", key, "value", raw);
                continue;
            }
            values.put(key, money ? value : (Object) Integer.valueOf(value.intValueExact()));
            positions.put(key, at);
        }
        if (values.isEmpty()) {
            return Read.NONE;
        }
        return new Read(new Outcomes((Integer) values.get("accountable"), (Integer) values.get("disciplined"),
                (BigDecimal) values.get("collected"), (BigDecimal) values.get("refunded"),
                (BigDecimal) values.get("retrieved"), (Integer) values.get("rules")), Map.copyOf(positions));
    }
}
