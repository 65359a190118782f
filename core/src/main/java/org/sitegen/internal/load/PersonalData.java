package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.internal.load.PersonalNumbers.Hit;
import org.sitegen.internal.load.ProblemList.Pos;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Keeps citizens' numbers off the site: in what a file would publish (the values of a record's
 * front matter and its body, the values of {@code site.yaml}), every ID-card, mobile or bank-card
 * number ({@link PersonalNumbers}) is an error at its line and column, shown masked. Keys and YAML
 * comments are not published, and not checked. A number someone has
 * reviewed and cleared for publication is named, with the reason, under {@code reviewed:}:
 *
 * <pre>
 * reviewed:
 *   - {number: "13907301234", reason: 单位对外公布的值班电话}
 * </pre>
 *
 * It is then a warning, once per entry, saying how often it occurs; an entry whose number the text
 * does not hold is a warning too, so that stale clearances are removed.
 */
final class PersonalData {
    static final Set<String> REVIEWED_KEYS = Fields.keys("number", "reason");
    private static final Message REVIEWED_ENTRY = Message.of("where.reviewedEntry");
    private static final String EXAMPLE = "reviewed:\n  - {number: \"13907301234\", reason: 单位对外公布的值班电话}";

    private PersonalData() {}

    /**
     * A number cleared for publication.
     *
     * @param digits the number's digits ({@link PersonalNumbers#normalise})
     * @param reason why it may be published
     * @param pos where the entry is
     */
    record Reviewed(String digits, String reason, Pos pos) {}

    /** The {@code reviewed:} entries of a record or of site.yaml; a wrong entry is reported and left out. */
    static List<Reviewed> reviewed(Fields f, ProblemList problems) {
        if (!f.has("reviewed")) {
            return List.of();
        }
        List<Reviewed> out = new ArrayList<>();
        for (Fields entry : f.mappings("reviewed", REVIEWED_ENTRY, EXAMPLE)) {
            entry.rejectUnknownKeys(REVIEWED_KEYS);
            String number = entry.text("number", true);
            String reason = entry.text("reason", true);
            if (number == null || reason == null) {
                continue;
            }
            String digits = PersonalNumbers.normalise(number);
            if (digits.length() < 11) {
                problems.error(entry.valuePos("number"), "reviewed.notANumber", "value", number);
                continue;
            }
            out.add(new Reviewed(digits, reason, entry.pos()));
        }
        return out;
    }

    /** Keys whose values are not published: the clearances themselves. */
    private static final Set<String> UNPUBLISHED = Set.of("reviewed");

    /**
     * Checks what a file would publish: the values of its YAML (not its keys, not its comments, not
     * its {@code reviewed:} entries) and its Markdown body. A number is found where it is written;
     * one that only a value's escapes or line folding make is reported at the value.
     *
     * @param text the file's text, as decoded: its first character is line 1, column 1
     * @param fields the file's YAML
     * @param bodyLine the 1-based line the Markdown body starts on; 0 for a file without one
     * @param reviewed the numbers the file clears for publication
     * @param inRecord whether the file is a record (else site.yaml), for the hint
     */
    static void check(String text, Fields fields, int bodyLine, List<Reviewed> reviewed, boolean inRecord,
            ProblemList problems) {
        Lines lines = new Lines(text);
        List<Hit> hits = new ArrayList<>();
        List<Pos> at = new ArrayList<>();
        for (ScalarNode value : fields.scalarValues(UNPUBLISHED)) {
            int from = lines.offset(fields.pos(value));
            int to = Math.max(from, lines.offset(fields.endPos(value)));
            List<Hit> written = PersonalNumbers.find(text, from, to);
            for (Hit h : written) {
                hits.add(h);
                at.add(lines.pos(h.start()));
            }
            for (Hit h : PersonalNumbers.find(value.getValue())) {
                if (written.stream().noneMatch(w -> w.digits().equals(h.digits()))) {
                    hits.add(h); // made by escapes or folding: at the value
                    at.add(fields.pos(value));
                }
            }
        }
        if (bodyLine > 0) {
            for (Hit h : PersonalNumbers.find(text, lines.offset(new Pos(bodyLine, 1)), text.length())) {
                hits.add(h);
                at.add(lines.pos(h.start()));
            }
        }
        if (hits.isEmpty() && reviewed.isEmpty()) {
            return;
        }
        int[] occurrences = new int[reviewed.size()];
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            int r = indexOf(reviewed, hit.digits());
            if (r >= 0) {
                occurrences[r]++;
                continue;
            }
            problems.error(at.get(i),
                    Message.of("personal.found", "kind", Message.of("personal.kind." + hit.kind().key), "masked", hit.masked()),
                    Message.of(inRecord ? "personal.found.hint" : "personal.found.siteHint", "masked", hit.masked()));
        }
        for (int r = 0; r < reviewed.size(); r++) {
            Reviewed entry = reviewed.get(r);
            String masked = PersonalNumbers.mask(entry.digits());
            if (occurrences[r] == 0) {
                problems.warning(entry.pos().line(), entry.pos().column(), "reviewed.unused", "masked", masked);
            } else {
                problems.warning(entry.pos().line(), entry.pos().column(), "reviewed.published", "masked", masked,
                        "count", occurrences[r], "reason", entry.reason());
            }
        }
    }

    private static int indexOf(List<Reviewed> reviewed, String digits) {
        for (int i = 0; i < reviewed.size(); i++) {
            if (reviewed.get(i).digits().equals(digits)) {
                return i;
            }
        }
        return -1;
    }

    /** Offsets of a text by line and column, and back: the lines found in one pass. */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
        }

        /** The offset of a 1-based line and column (in characters), kept within the line. */
        int offset(Pos pos) {
            if (pos.line() < 1) {
                return 0;
            }
            if (pos.line() > starts.size()) {
                return text.length();
            }
            int start = starts.get(pos.line() - 1);
            int end = pos.line() < starts.size() ? starts.get(pos.line()) - 1 : text.length();
            return Math.min(end, start + Math.max(0, pos.column() - 1));
        }

        /** The 1-based line and column (in characters as a reader counts them: code points) of an offset. */
        Pos pos(int offset) {
            int line = java.util.Collections.binarySearch(starts, offset);
            if (line < 0) {
                line = -line - 2;
            }
            int start = starts.get(line);
            return new Pos(line + 1, text.codePointCount(start, offset) + 1);
        }
    }
}
