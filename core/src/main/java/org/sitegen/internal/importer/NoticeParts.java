package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.model.Contact;
import org.sitegen.model.InspectionWords.Base;

/**
 * Reads the parts of a notice that are sentences rather than structure: the inspection from the
 * opening paragraph, the contact details, the documents 《…》 of a text. Patterns match a line's
 * {@link NoticeLine#key() key} (half-width digits and punctuation).
 */
final class NoticeParts {
    private static final String DATE = "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日";
    private static final Pattern PERIOD = Pattern.compile(DATE
            + "\\s*(?:至|到|-|—|–|~)\\s*(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern WHO = Pattern.compile(
            "^\\s*[,]?\\s*([^,。;]*?)\\s*对\\s*([^。;]+?)\\s*(?:进行了|开展了|进行|开展)\\s*([^,。;]+)");
    private static final Pattern FEEDBACK = Pattern.compile(DATE + "[^。]*?反馈");
    /** An audit's feedback is its report: 2025年2月28日，区审计局出具了审计报告 (or 反馈, as others write). */
    private static final Pattern AUDIT_REPORT = Pattern.compile(DATE + "[^。]*?(?:反馈|审计报告)");

    private static final Pattern PHONE = Pattern.compile(
            "(?:联系电话|举报电话|监督电话|电话)\\s*:?\\s*(\\d[\\d\\-—–()\\s]*\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]++@[A-Za-z0-9\\-]++(?:\\.[A-Za-z0-9\\-]++)*+(?<=\\.[A-Za-z]{2,63})");
    private static final Pattern POSTCODE = Pattern.compile("(?:邮政编码|邮编)\\s*:?\\s*(\\d{6})(?!\\d)|\\(\\s*(\\d{6})\\s*\\)");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:邮政信箱|通信地址|通讯地址|邮寄地址|来信地址|联系地址|地址)\\s*:\\s*([^;。]+)");
    private static final Pattern CONTACT_WORDS = Pattern.compile("电话|邮箱|信箱|邮编|邮政编码|通信地址|通讯地址|来信地址");

    /** How far after the period the inspector, kind and feedback date are looked for, in characters. */
    private static final int WINDOW = 400;

    private NoticeParts() {}

    /** Whether a line is (part of) the contact paragraph. */
    static boolean isContact(NoticeLine line) {
        return CONTACT_WORDS.matcher(line.key()).find();
    }

    /**
     * The inspection stated by the opening lines; what is not found is reported at the first, in
     * the words of the kind the notice names (巡察, 审计…: {@link OpeningWords}).
     *
     * @param title the notice's title, or null
     */
    static ParsedNotice.Inspected inspection(List<NoticeLine> opening, String title, ImportProblems problems) {
        if (opening.isEmpty()) {
            problems.warning(0, 0, "import.noOpening", OpeningWords.pairs(OpeningWords.kindOf(title), "period"));
            return ParsedNotice.Inspected.NONE;
        }
        StringBuilder keyText = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (NoticeLine l : opening) {
            keyText.append(l.key());
            text.append(l.text());
        }
        String key = keyText.toString();
        int line = opening.get(0).number();
        Base said = OpeningWords.kindOf(title, text.toString());
        Matcher period = PERIOD.matcher(key);
        if (!period.find()) {
            problems.warning(line, 0, "import.noPeriod", OpeningWords.pairs(said, "period"));
            return new ParsedNotice.Inspected(null, null, null, null, null, feedback(key, 0, line, said, problems));
        }
        LocalDate start = ChineseDates.of(period.group(1), period.group(2), period.group(3));
        int endYear = Integer.parseInt(period.group(4) != null ? period.group(4) : period.group(1));
        LocalDate end = ChineseDates.of(String.valueOf(endYear), period.group(5), period.group(6));
        if (period.group(4) == null && start != null && end != null && end.isBefore(start)) {
            end = ChineseDates.of(String.valueOf(endYear + 1), period.group(5), period.group(6));
        }
        if (start == null || end == null) {
            problems.warning(line, 0, "import.periodUnreal",
                    OpeningWords.pairs(said, "period", "period", text.substring(period.start(), period.end())));
        }
        // who inspected whom is said in the clause after the period: look there only, so a long
        // paragraph cannot make the lazy groups below slow
        String rest = key.substring(period.end(), Math.min(key.length(), period.end() + WINDOW));
        int stop = rest.indexOf('。');
        rest = stop < 0 ? rest : rest.substring(0, stop + 1);
        Matcher who = WHO.matcher(rest);
        String inspector = null;
        String target = null;
        String kind = null;
        if (who.find()) {
            int offset = period.end();
            inspector = nonEmpty(text.substring(offset + who.start(1), offset + who.end(1)));
            target = nonEmpty(text.substring(offset + who.start(2), offset + who.end(2)));
            kind = nonEmpty(text.substring(offset + who.start(3), offset + who.end(3)));
        }
        if (inspector == null && kind != null) {
            inspector = inspectorBefore(key, text.toString(), period.start()); // 区委第一巡察组于2023年…对…开展了常规巡察
        }
        Base base = OpeningWords.kindOf(kind, inspector, title, text.toString());
        if (inspector == null || kind == null) {
            problems.warning(line, 0, "import.noInspector", OpeningWords.pairs(base, "inspector"));
        }
        return new ParsedNotice.Inspected(inspector, kind, target, start, end,
                feedback(key, period.end(), line, base, problems));
    }

    /** The inspectors named just before the period, in the same clause: …，区委第一巡察组于[period]. */
    private static String inspectorBefore(String key, String text, int periodStart) {
        int from = Math.max(0, periodStart - 40);
        int clause = Math.max(key.lastIndexOf('，', periodStart - 1), Math.max(key.lastIndexOf(',', periodStart - 1),
                key.lastIndexOf('。', periodStart - 1)));
        from = Math.max(from, clause + 1);
        String before = text.substring(from, periodStart).strip();
        if (before.endsWith("于")) {
            before = before.substring(0, before.length() - 1).strip();
        }
        return before.matches(".{2,30}(组|局|厅|署|办公室)") ? before : null;
    }

    /**
     * The date the inspectors gave their feedback, after {@code from}: the date of the sentence
     * that says 反馈, or for an audit the one that gives its 审计报告.
     */
    private static LocalDate feedback(String key, int from, int line, Base base, ImportProblems problems) {
        Matcher m = (base == Base.AUDIT ? AUDIT_REPORT : FEEDBACK).matcher(key.substring(from, Math.min(key.length(), from + WINDOW)));
        if (m.find()) {
            LocalDate date = ChineseDates.of(m.group(1), m.group(2), m.group(3));
            if (date != null) {
                return date;
            }
        }
        problems.warning(line, 0, "import.noFeedback", OpeningWords.pairs(base, "feedback"));
        return null;
    }

    /** The contact details of the contact lines, the first of each kind. */
    static Contact contact(List<NoticeLine> lines) {
        String phone = null;
        String email = null;
        String postcode = null;
        String address = null;
        for (NoticeLine l : lines) {
            String key = l.key();
            Matcher m = PHONE.matcher(key);
            if (phone == null && m.find()) {
                phone = m.group(1).strip();
            }
            m = EMAIL.matcher(key);
            if (email == null && m.find()) {
                email = m.group();
            }
            m = POSTCODE.matcher(key);
            if (postcode == null && m.find()) {
                postcode = m.group(1) != null ? m.group(1) : m.group(2);
            }
            m = ADDRESS.matcher(key);
            if (address == null && m.find()) {
                String keyPart = m.group(1);
                String part = l.text().substring(m.start(1), m.end(1));
                Matcher code = POSTCODE.matcher(keyPart);
                if (code.find()) {
                    part = part.substring(0, code.start()) + part.substring(code.end());
                }
                address = nonEmpty(NoticeLine.trimEnd(part, ",，、 "));
            }
        }
        return new Contact(phone, address, postcode, email);
    }

    /** Every 《…》 of a text, outermost brackets only, in order, each once. */
    static List<String> documents(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '》' && depth > 0 && --depth == 0) {
                String title = text.substring(start, i + 1);
                if (title.length() > 2 && !out.contains(title)) {
                    out.add(title);
                }
            }
        }
        return out;
    }

    private static String nonEmpty(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
