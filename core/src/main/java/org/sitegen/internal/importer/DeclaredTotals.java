package org.sitegen.internal.importer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The totals a notice states in its prose: “巡察反馈的3个方面8个问题，已完成整改6个、正在整改2个，整改完成率75%”.
 * Numbers may be Arabic or Chinese (八, 十二, 两); the unit 个, 项 or 条. Each total is taken from the
 * first sentence that states it. They are written on the notice's record as {@code totals:}, which
 * {@code check} and {@code build} compare with the findings' statuses.
 *
 * <table>
 *   <caption>What is read, and its key under {@code totals:}</caption>
 *   <tr><th>key</th><th>the notice says</th></tr>
 *   <tr><td>{@code categories}</td><td>N个方面</td></tr>
 *   <tr><td>{@code findings}</td><td>N个问题 (in a sentence about the feedback)</td></tr>
 *   <tr><td>{@code closed}</td><td>已完成整改N个, 已整改N个, N个已完成</td></tr>
 *   <tr><td>{@code open}</td><td>正在整改N个, 未完成N个, 整改中N个</td></tr>
 *   <tr><td>{@code basically-completed}</td><td>基本完成N个</td></tr>
 *   <tr><td>{@code phased}</td><td>阶段性完成N个</td></tr>
 *   <tr><td>{@code long-term}</td><td>长期坚持N个, 需长期整改N个</td></tr>
 *   <tr><td>{@code rate}</td><td>完成率75%</td></tr>
 * </table>
 */
final class DeclaredTotals {
    private static final String NUM = "(\\d{1,4}|[一二两三四五六七八九十]{1,4})";
    private static final String UNIT = "\\s*(?:个|项|条)";
    private static final Map<String, Pattern> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("categories", Pattern.compile(NUM + "\\s*个方面"));
        COUNTS.put("findings", Pattern.compile("(?:反馈(?:的|意见)?|共|指出(?:的)?|发现(?:的)?|方面)\\s*" + NUM + UNIT
                + "\\s*(?:具体)?问题|(?:反馈|具体)问题(?:共|总计|合计)?\\s*" + NUM + UNIT));
        COUNTS.put("closed", Pattern.compile("(?<![未本性])(?:已全部完成整改|已完成整改|已整改完成|已整改到位|已完成|已整改|完成整改)"
                + "的?(?:问题)?\\s*" + NUM + UNIT + "|" + NUM + UNIT + "(?:问题)?\\s*(?:已完成整改|已整改|已完成|完成整改)"));
        COUNTS.put("open", Pattern.compile("(?:正在整改|整改中|未完成整改|尚未完成整改|未完成|尚未完成|正在推进|持续推进)"
                + "的?(?:问题)?\\s*" + NUM + UNIT + "|" + NUM + UNIT + "(?:问题)?\\s*(?:正在整改|正在推进|尚未完成|未完成)"));
        COUNTS.put("basically-completed", Pattern.compile("基本完成(?:整改)?的?(?:问题)?\\s*" + NUM + UNIT));
        COUNTS.put("phased", Pattern.compile("阶段性完成(?:整改)?的?(?:问题)?\\s*" + NUM + UNIT));
        COUNTS.put("long-term", Pattern.compile("(?:需长期坚持|长期坚持|需长期整改|长期整改)(?:整改)?的?(?:问题)?\\s*" + NUM + UNIT
                + "|" + NUM + UNIT + "(?:问题)?\\s*(?:需)?长期(?:坚持|整改)"));
    }

    private static final Pattern RATE = Pattern.compile("完成率\\s*(?:为|达|达到|是)?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%");
    private static final Pattern ABOUT_FEEDBACK = Pattern.compile("反馈|巡察|巡视|审计|共|合计|总计");

    private final Map<String, String> totals = new LinkedHashMap<>();

    /** Reads what one line states; totals already read are kept. */
    void read(NoticeLine line) {
        String key = line.key();
        if (key.length() > 2000) {
            return; // a sentence of totals is short; a huge line is no place for it
        }
        for (Map.Entry<String, Pattern> e : COUNTS.entrySet()) {
            if (totals.containsKey(e.getKey())) {
                continue;
            }
            if (e.getKey().equals("findings") && !ABOUT_FEEDBACK.matcher(key).find()) {
                continue;
            }
            Matcher m = e.getValue().matcher(key);
            if (m.find()) {
                String n = m.group(1) != null ? m.group(1) : m.group(2);
                int value = number(n);
                if (value >= 0) {
                    totals.put(e.getKey(), String.valueOf(value));
                }
            }
        }
        if (!totals.containsKey("rate")) {
            Matcher m = RATE.matcher(key);
            if (m.find() && new BigDecimal(m.group(1)).compareTo(BigDecimal.valueOf(100)) <= 0) {
                totals.put("rate", new BigDecimal(m.group(1)).stripTrailingZeros().toPlainString());
            }
        }
    }

    /** The totals read, in the order of the table above; empty when the notice states none. */
    Map<String, String> totals() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String k : COUNTS.keySet()) {
            if (totals.containsKey(k)) {
                ordered.put(k, totals.get(k));
            }
        }
        if (totals.containsKey("rate")) {
            ordered.put("rate", totals.get("rate"));
        }
        return ordered;
    }

    private static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        return ChineseDates.number(s.replace('两', '二'));
    }
}
