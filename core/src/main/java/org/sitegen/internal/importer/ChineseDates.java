package org.sitegen.internal.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Chinese notices write them: 2023年12月26日, with half- or full-width digits (match on a
 * {@link NoticeLine#key()}), or in Chinese numerals, 二〇二三年十二月二十六日.
 */
final class ChineseDates {
    private static final String NUMERAL = "[0-9〇零一二三四五六七八九十OoΟ○]";
    /** A whole line that is only a date, as in a notice's closing. */
    static final Pattern DATE_LINE = Pattern.compile("^[(（]?\\s*(" + NUMERAL + "{4})\\s*年\\s*(" + NUMERAL
            + "{1,3})\\s*月\\s*(" + NUMERAL + "{1,3})\\s*日\\s*[)）]?$");

    /** A whole line that is a day without its year, 12月22日, as some closings have. */
    private static final Pattern MONTH_DAY_LINE = Pattern.compile("^[(（]?\\s*(" + NUMERAL + "{1,3})\\s*月\\s*("
            + NUMERAL + "{1,3})\\s*日\\s*[)）]?$");
    /** A date inside a text: 2023年12月22日, 2023-12-22, 2023/12/22 or 2023.12.22 (a time may follow). */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|([-/.])(\\d{1,2})\\4(\\d{1,2})(?!\\d))");

    private ChineseDates() {}

    /**
     * The month and day of a line that holds only a day without its year; null when it is not
     * one.
     *
     * @return {month, day}
     */
    static int[] monthDayLine(String key) {
        Matcher m = MONTH_DAY_LINE.matcher(key.strip());
        if (!m.matches()) {
            return null;
        }
        int month = number(m.group(1));
        int day = number(m.group(2));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? new int[] {month, day} : null;
    }

    /** The first real date in a text (a key); null when there is none. */
    static LocalDate find(String key) {
        Matcher m = IN_TEXT.matcher(key);
        while (m.find()) {
            LocalDate date = m.group(2) != null ? of(m.group(1), m.group(2), m.group(3))
                    : of(m.group(1), m.group(5), m.group(6));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The date of a line that holds nothing else; null when it is not one, or not a real date. */
    static LocalDate dateLine(String key) {
        Matcher m = DATE_LINE.matcher(key.strip());
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** A date from its parts, each in digits or Chinese numerals; null when it is not a real date. */
    static LocalDate of(String year, String month, String day) {
        int y = digits(year);
        int m = number(month);
        int d = number(day);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A year written digit by digit: 2023 or 二〇二三. */
    private static int digits(String s) {
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = digit(s.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return s.isEmpty() ? -1 : value;
    }

    /** A month or day: 12, 十二, 二十六, 三十一, 十. */
    static int number(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(s.charAt(0)) : -1;
        int ones = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1;
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int at = "〇一二三四五六七八九".indexOf(c);
        if (at >= 0) {
            return at;
        }
        return c == '零' || c == 'O' || c == 'o' || c == 'Ο' || c == '○' ? 0 : -1;
    }
}
