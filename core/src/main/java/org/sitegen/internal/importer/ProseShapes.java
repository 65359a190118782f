package org.sitegen.internal.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of notices that state their problems in prose, without a 整改结果 line per problem:
 * which sections hold the problems, how a category or a problem is headed (关于“…”问题的整改, 在“…”方面),
 * and where a problem's title ends. Patterns match a line's {@link NoticeLine#key() key}.
 */
final class ProseShapes {
    /** A section heading that introduces the problems and their rectification. */
    private static final Pattern PROBLEM_SECTION = Pattern.compile("问题|整改进展|整改落实情况|整改情况|整改事项|反馈意见整改");
    /** A section heading about the organisation of the work, or what comes next: never problems. */
    private static final Pattern OTHER_SECTION = Pattern.compile("组织|工作开展|主要做法|下一步|打算|体会|领导");
    /** 关于“<title>”问题的整改 / 关于“<title>”的问题 / 关于“<title>”方面: the title is quoted. */
    private static final Pattern ABOUT = Pattern.compile(
            "^关于\\s*[“\"‘'「『]([^”\"’'」』]{1,200})[”\"’'」』]\\s*(的?问题的?|方面的?问题的?|方面的?|的)?\\s*"
                    + "(整改(?:落实|进展)?(?:情况)?)?\\s*[。.:;,]?\\s*");
    /** 关于<title>问题的整改情况, without quotes. */
    private static final Pattern ABOUT_UNQUOTED = Pattern.compile("^关于([^“”\"。;:]{2,80}?问题)的?整改(?:落实|进展)?(?:情况)?\\s*[。.:;,]?\\s*");
    /** 在“<title>”方面…: a category. */
    private static final Pattern IN_ASPECT = Pattern.compile("^在\\s*[“\"‘'「『]([^”\"’'」』]{1,200})[”\"’'」』]\\s*方面");
    /** A status stated in brackets at the end of a problem's line: （已完成整改）. */
    private static final Pattern TRAILING_STATUS = Pattern.compile("[(\\[【]\\s*(已完成整改|已完成|已整改|基本完成|正在整改|"
            + "整改中|长期坚持|阶段性完成|未完成|持续整改|已办结)\\s*[)\\]】]\\s*[。.;]?$");
    private static final String SENTENCE_END = "。；;！!？?";

    private ProseShapes() {}

    /** Whether a section heading (without its ordinal) introduces problems. */
    static boolean problemSection(String heading) {
        String key = NoticeLine.key(heading);
        return PROBLEM_SECTION.matcher(key).find() && !(OTHER_SECTION.matcher(key).find() && !key.contains("问题"));
    }

    /** Whether a section heading is about something other than problems (organisation, next steps). */
    static boolean otherSection(String heading) {
        return OTHER_SECTION.matcher(NoticeLine.key(heading)).find() && !NoticeLine.key(heading).contains("问题");
    }

    /** Whether a text (after any ordinal) heads a problem by naming it: 关于“…”问题的整改. */
    static boolean aboutProblem(String key) {
        Matcher m = ABOUT.matcher(key);
        if (m.lookingAt()) {
            String tail = m.group(2) == null ? "" : m.group(2);
            return tail.startsWith("方面") ? tail.contains("问题") && m.group(3) != null
                    : tail.contains("问题") || m.group(3) != null;
        }
        return ABOUT_UNQUOTED.matcher(key).lookingAt();
    }

    /** Whether a text (after any ordinal) heads a category: 在“…”方面, 关于“…”方面, 反馈问题：…. */
    static boolean aspect(String key) {
        if (IN_ASPECT.matcher(key).lookingAt() || NoticePatterns.GROUP_LABEL.matcher(key).lookingAt()) {
            return true;
        }
        Matcher m = ABOUT.matcher(key);
        return m.lookingAt() && m.group(2) != null && m.group(2).startsWith("方面") && m.group(3) == null;
    }

    /**
     * A category's title from the text after its ordinal: the quoted words of 在“…”方面, without
     * the label 反馈问题：, else the text without its final punctuation.
     */
    static String categoryTitle(String text) {
        String key = NoticeLine.key(text);
        Matcher m = IN_ASPECT.matcher(key);
        if (m.lookingAt()) {
            return text.substring(m.start(1), m.end(1));
        }
        m = ABOUT.matcher(key);
        if (m.lookingAt()) {
            return text.substring(m.start(1), m.end(1));
        }
        m = NoticePatterns.GROUP_LABEL.matcher(key);
        String rest = m.lookingAt() ? text.substring(m.end()) : text;
        int stop = firstSentenceEnd(rest);
        return NoticeLine.trimEnd(stop < 0 ? rest : rest.substring(0, stop), NoticePatterns.END_PUNCTUATION);
    }

    /**
     * A problem's line split into its title and what follows on the same line (the start of its
     * measures), and a status in brackets at its end.
     *
     * @param title the problem as stated, without 关于“…”问题的整改 around it and without final punctuation
     * @param rest the text after the title's sentence; empty when none
     * @param status a status word in brackets at the end of the title; null when none
     */
    record Headed(String title, String rest, String status) {}

    /** Splits the text of a problem's line (after its ordinal and any label 问题：). */
    static Headed problem(String text) {
        String key = NoticeLine.key(text);
        String title;
        String rest;
        Matcher m = ABOUT.matcher(key);
        Matcher u = ABOUT_UNQUOTED.matcher(key);
        if (m.lookingAt()) {
            title = text.substring(m.start(1), m.end(1));
            rest = text.substring(m.end());
        } else if (u.lookingAt()) {
            title = text.substring(u.start(1), u.end(1));
            rest = text.substring(u.end());
        } else {
            int stop = firstSentenceEnd(text);
            title = stop < 0 ? text : text.substring(0, stop + 1);
            rest = stop < 0 ? "" : text.substring(stop + 1);
        }
        String status = null;
        Matcher s = TRAILING_STATUS.matcher(NoticeLine.key(title));
        Matcher after = TRAILING_STATUS.matcher(NoticeLine.key(rest));
        if (s.find()) {
            status = title.substring(s.start(1), s.end(1));
            title = title.substring(0, s.start());
        } else if (after.find() && after.start() == 0) {
            status = rest.substring(after.start(1), after.end(1));
            rest = "";
        }
        Matcher label = NoticePatterns.LABEL.matcher(NoticeLine.key(rest));
        if (label.matches() && NoticePatterns.label(label) == NoticePatterns.Label.MEASURES) {
            rest = rest.substring(label.start(2));
        }
        return new Headed(NoticeLine.trimEnd(title.strip(), NoticePatterns.END_PUNCTUATION), rest.strip(), status);
    }

    /** Whether a text ends a sentence: a title that does is followed by its measures, not by more title. */
    static boolean endsSentence(CharSequence text) {
        return text.length() > 0 && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** The index of the first sentence end outside quotes and brackets; -1 when none. */
    private static int firstSentenceEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("“‘（(《「【".indexOf(c) >= 0) {
                depth++;
            } else if ("”’）)》」】".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '。' || c == '；' || c == '！' || c == '？')) {
                return i;
            }
        }
        return -1;
    }
}
