package org.sitegen.internal.importer;

import java.time.LocalDate;
import java.util.List;
import org.sitegen.model.Contact;

/**
 * What was read from a notice, before it is written as records. Fields the notice does not state
 * are null (texts, dates) or empty (lists); each absence has been reported.
 *
 * @param issuer who issued the notice (from its head, else its closing)
 * @param title the notice's title
 * @param date the notice's date (its closing, else a date in its head)
 * @param inspection the inspection of the opening paragraph
 * @param contact the contact paragraph's details; {@link Contact#NONE} when there is none
 * @param groups the feedback-problem groups （一）…, in order
 * @param findings the numbered problems, in order
 * @param narrative the notice's narrative as Markdown: everything but the problems, which are
 *     replaced by a line saying they are listed on the site
 * @param totals the totals its prose states, key ({@link DeclaredTotals}) to number as written
 */
record ParsedNotice(
        String issuer,
        String title,
        LocalDate date,
        Inspected inspection,
        Contact contact,
        List<Group> groups,
        List<Item> findings,
        String narrative,
        java.util.Map<String, String> totals) {

    /**
     * The inspection as the opening paragraph states it ("2023年3月11日至5月10日，省委第七巡视组对
     * 岳阳经济技术开发区进行了专项巡视。2023年7月20日，…反馈了巡视意见").
     */
    record Inspected(String inspector, String kind, String target, LocalDate start, LocalDate end,
            LocalDate feedback) {
        static final Inspected NONE = new Inspected(null, null, null, null, null, null);
    }

    /**
     * A group of problems, （一）反馈问题：….
     *
     * @param order 1, 2, … in the notice's order
     * @param title the group's title without its ordinal, the label 反馈问题： and the final 。
     * @param introduction Markdown: lines between the group's head and its first problem
     * @param line where the group starts
     */
    record Group(int order, String title, String introduction, int line) {}

    /**
     * A numbered problem.
     *
     * @param number its number (renumbered 1…N when the notice repeats numbers)
     * @param group the order of its group
     * @param title the problem as stated, without the final 。
     * @param status its status as read
     * @param statusLine the line of its 整改结果; the problem's line when there is none
     * @param units responsible units (责任单位：), possibly empty
     * @param deadline its deadline (整改时限：) as the record writes it ({@link Deadlines}); null when none is given
     * @param body the measures as Markdown
     * @param documents every 《…》 the measures mention, in order, each once
     * @param line the line the problem starts on
     */
    record Item(int number, int group, String title, StatusWords.Reading status, int statusLine, List<String> units,
            String deadline, String body, List<String> documents, int line) {}
}
