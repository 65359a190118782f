package org.sitegen.internal.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.model.Disclosure;
import org.sitegen.model.Measure;

/** Records as read from one file, typed but not yet cross-referenced. */
final class RawRecords {
    private RawRecords() {}

    /**
     * Common to every record: where it is, its id and where the id was written; and what publishing
     * it would bring (issue 15).
     *
     * @param withheld whether it says {@code public: false}
     * @param personalData the problems of the personal-data check, to report if it is published
     * @param links the links and images of its body
     */
    record Head(Path file, String id, Pos idPos, boolean idFromFileName, String body, int bodyLine,
            boolean withheld, List<ProblemList.Found> personalData, List<BodyLinks.Link> links) {}

    record RawCategory(Head head, Integer order, String title, String inspection, Pos inspectionPos) {}

    record RawHistory(LocalDate date, Pos datePos, String status, Pos statusPos, String note) {}

    record RawFinding(
            Head head,
            Integer number,
            Pos numberPos,
            String category,
            Pos categoryPos,
            String title,
            String status,
            Pos statusPos,
            List<String> units,
            LocalDate deadline,
            List<String> documents,
            List<RawHistory> history,
            Pos historyPos,
            List<Measure> measures) {}

    /**
     * @param totals what the notice declares under {@code totals:} ({@link NoticeTotals}); empty when nothing
     * @param disclosure the 信息公开 metadata the front matter gives; what it leaves out is null
     */
    record RawNotice(Head head, String title, LocalDate date, String issuer, String inspection, Pos inspectionPos,
            List<NoticeTotals.Declared> totals, List<Attachments.Listed> attachments, Disclosure disclosure) {}

    record RawPage(Head head, String title, Integer order) {}
}
