package org.sitegen.internal.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.internal.Message;
import org.sitegen.internal.ProblemBundle;
import org.sitegen.internal.importer.TreeUpdate.Change;
import org.sitegen.model.Inspection;
import org.sitegen.model.Status;

/**
 * The one line a clerk checks an update against the notice by: how many records were updated,
 * with the moves between statuses, how many the notice does not mention, how many were added,
 * already recorded, or could not be updated.
 */
final class UpdateSummary {
    private UpdateSummary() {}

    /** {@return the summary of the changes of an update of an inspection} */
    static String of(PlanDraft draft, Inspection inspection) {
        ProblemBundle texts = draft.texts;
        Map<String, Integer> moves = new LinkedHashMap<>();
        Map<String, Status[]> pairs = new HashMap<>();
        int updated = 0;
        int unmentioned = 0;
        int added = 0;
        int recorded = 0;
        int failed = 0;
        int earlier = 0;
        for (Change c : draft.changes) {
            switch (c.kind()) {
                case CHANGED, CONFIRMED -> {
                    updated++;
                    String key = c.from().code() + "\u0000" + c.to().code();
                    moves.merge(key, 1, Integer::sum);
                    pairs.put(key, new Status[] {c.from(), c.to()});
                }
                case EARLIER -> {
                    updated++;
                    earlier++;
                }
                case UNMENTIONED -> unmentioned++;
                case ADDED -> added++;
                case RECORDED -> recorded++;
                case NOT_UPDATED -> failed++;
            }
        }
        StringBuilder sb = new StringBuilder(texts.write(Message.of("import.summary.updated", "count", updated)));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> m : moves.entrySet()) {
            Status[] p = pairs.get(m.getKey());
            parts.add(texts.write(p[0].equals(p[1])
                    ? Message.of("import.summary.same", "count", m.getValue(), "to", draft.word(p[1], inspection))
                    : Message.of("import.summary.changed", "count", m.getValue(), "from", draft.word(p[0], inspection),
                            "to", draft.word(p[1], inspection))));
        }
        if (earlier > 0) {
            parts.add(texts.write(Message.of("import.summary.earlier", "count", earlier)));
        }
        if (!parts.isEmpty()) {
            sb.append(texts.write(Message.of("import.summary.partsIntro")))
                    .append(String.join(texts.write(Message.of("import.summary.separator")), parts));
        }
        sb.append(texts.write(Message.of("import.summary.unmentioned", "count", unmentioned)));
        sb.append(texts.write(Message.of("import.summary.added", "count", added)));
        if (recorded > 0) {
            sb.append(texts.write(Message.of("import.summary.recorded", "count", recorded)));
        }
        if (failed > 0) {
            sb.append(texts.write(Message.of("import.summary.notUpdated", "count", failed)));
        }
        return sb.toString();
    }
}
