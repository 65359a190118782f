package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines as notices write them, as the record's {@code deadline:} value: a day (2024年6月30日,
 * 2024-06-30; 2024年6月底 is the month's last day, 2024年底 the year's), a month (2024年9月 →
 * {@code 2024-09}) or 长期坚持 (also 长期, 长期整改, 持续整改 → {@code 长期坚持}).
 */
final class Deadlines {
    /** What the record says for a deadline without a date. */
    static final String LONG_TERM = "长期坚持";

    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|(底))?|(年底)|-(\\d{1,2})-(\\d{1,2}))");
    private static final Pattern LONG = Pattern.compile("^(?:长期|持续整改|持续推进|常态化)");

    private Deadlines() {}

    /** The record's value for a deadline as written (a key); null when it is none of these. */
    static String read(String key) {
        String k = key.strip();
        if (LONG.matcher(k).lookingAt()) {
            return LONG_TERM;
        }
        Matcher m = DATE.matcher(k);
        if (!m.lookingAt()) {
            return null;
        }
        LocalDate date;
        if (m.group(6) != null) {
            date = ChineseDates.of(m.group(1), m.group(6), m.group(7));
        } else if (m.group(5) != null) {
            date = ChineseDates.of(m.group(1), "12", "31");
        } else if (m.group(2) == null) {
            return null;
        } else if (m.group(3) != null) {
            date = ChineseDates.of(m.group(1), m.group(2), m.group(3));
        } else {
            LocalDate first = ChineseDates.of(m.group(1), m.group(2), "1");
            if (first == null) {
                return null;
            }
            if (m.group(4) == null) {
                return String.format("%04d-%02d", first.getYear(), first.getMonthValue());
            }
            date = first.withDayOfMonth(first.lengthOfMonth());
        }
        return date == null ? null : date.toString();
    }
}
