package org.sitegen.internal.importer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line shapes of a notice's structure, matched on a line's {@link NoticeLine#key() key}
 * (half-width digits and punctuation): sections 一、, groups （一）, numbered items 1. or （1）, and
 * the labels of a problem's lines (问题：, 整改结果：, 整改情况：…).
 */
final class NoticePatterns {
    static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、.,]\\s*(\\S.*)$");
    static final Pattern GROUP = Pattern.compile("^\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)\\s*(.*)$");
    static final Pattern NUMBERED =
            Pattern.compile("^(?:\\(\\s*(\\d{1,3})\\s*\\)|(\\d{1,3})\\s*(?:[.、](?!\\d)|\\)))\\s*(.*)$");
    static final Pattern PROBLEM_LABEL = Pattern.compile("^(?:问题|存在问题)\\s*:\\s*");
    static final Pattern GROUP_LABEL = Pattern.compile("^(?:反馈问题|问题类别)\\s*:\\s*");
    static final Pattern LABEL = Pattern.compile("^(问题|存在问题|整改结果|整改状态|整改进度|整改情况|整改措施|整改举措"
            + "|整改进展|落实情况|责任单位|牵头单位|责任部门|整改时限|完成时限)\\s*:\\s*(.*)$");
    static final Pattern PERIOD_HINT = Pattern.compile("\\d{4}\\s*年.*至");
    /** What ends a title and is not part of it. */
    static final String END_PUNCTUATION = "。．.；;，,：:、";

    /** What a labelled line inside a problem gives. */
    enum Label { PROBLEM, STATUS, MEASURES, UNITS, DEADLINE }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("问题", Label.PROBLEM), Map.entry("存在问题", Label.PROBLEM),
            Map.entry("整改结果", Label.STATUS), Map.entry("整改状态", Label.STATUS), Map.entry("整改进度", Label.STATUS),
            Map.entry("整改情况", Label.MEASURES), Map.entry("整改措施", Label.MEASURES),
            Map.entry("整改举措", Label.MEASURES), Map.entry("整改进展", Label.MEASURES),
            Map.entry("落实情况", Label.MEASURES),
            Map.entry("责任单位", Label.UNITS), Map.entry("牵头单位", Label.UNITS), Map.entry("责任部门", Label.UNITS),
            Map.entry("整改时限", Label.DEADLINE), Map.entry("完成时限", Label.DEADLINE));

    private NoticePatterns() {}

    /** The label a line starts with; null when it has none. */
    static Label label(NoticeLine l) {
        Matcher m = LABEL.matcher(l.key());
        return m.matches() ? LABELS.get(m.group(1)) : null;
    }

    /** The label a {@link #LABEL} match names. */
    static Label label(Matcher labelMatch) {
        return LABELS.get(labelMatch.group(1));
    }

    /** Whether a line may be part of a notice's head or closing: short, no sentence, no structure. */
    static boolean headLike(NoticeLine l) {
        String key = l.key();
        return key.length() <= 60
                && !key.matches(".*[。;:]$")
                && !PERIOD_HINT.matcher(key).find()
                && !SECTION.matcher(key).matches()
                && !GROUP.matcher(key).matches()
                && !NUMBERED.matcher(key).matches()
                && !LABEL.matcher(key).matches();
    }
}
