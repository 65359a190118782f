package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.List;
import org.sitegen.internal.load.ProblemList.Pos;
import org.sitegen.internal.markdown.RecordLinks;

/** The links and images of a record's body, each at its line and column in the record's file. */
final class BodyLinks {
    private BodyLinks() {}

    /**
     * A link or image of a body.
     *
     * @param destination its target as written
     * @param pos where it starts in the file
     */
    record Link(String destination, Pos pos) {}

    /**
     * The links of a record's body.
     *
     * @param text the record's whole text, for the place of the body's first line
     */
    static List<Link> of(String text, SourceText.Split split) {
        String body = split.body();
        List<RecordLinks.Found> found = RecordLinks.in(body);
        if (found.isEmpty()) {
            return List.of();
        }
        // the body is stripped: its first line may have lost the spaces it starts with
        int indent = leadingSpaces(text, split.bodyLine());
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        List<Link> out = new ArrayList<>(found.size());
        for (RecordLinks.Found f : found) {
            int start = lineStarts.get(Math.min(f.line(), lineStarts.size() - 1));
            int column = body.codePointCount(start, Math.min(body.length(), start + f.column())) + 1;
            out.add(new Link(f.destination(), new Pos(split.bodyLine() + f.line(), column + (f.line() == 0 ? indent : 0))));
        }
        return out;
    }

    /** The spaces and tabs a 1-based line of a text starts with. */
    private static int leadingSpaces(String text, int line) {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            int nl = text.indexOf('\n', start);
            start = nl < 0 ? -1 : nl + 1;
        }
        if (start < 0) {
            return 0;
        }
        int n = 0;
        while (start + n < text.length() && (text.charAt(start + n) == ' ' || text.charAt(start + n) == '\t')) {
            n++;
        }
        return n;
    }
}
