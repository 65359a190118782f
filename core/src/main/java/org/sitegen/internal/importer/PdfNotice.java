package org.sitegen.internal.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF notice as a {@link NoticeDocument}, from its text layer (PDFBox). A PDF has printed lines,
 * not paragraphs: a line continues into the next when it reaches the right margin or does not end
 * a sentence, unless the next is indented (Chinese official documents indent a paragraph's first
 * line by two characters) or starts like a heading, a numbered item, a label or a date. Page
 * numbers (— 3 —) are dropped.
 */
final class PdfNotice {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－\\s]*\\d{1,4}[-—–－\\s]*$");

    private PdfNotice() {}

    /**
     * The text of a PDF; a document without lines when it has no text layer (a scan).
     *
     * @throws IOException when it is not a PDF PDFBox can read (damaged, or protected by a password)
     */
    static NoticeDocument read(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Lines stripper = new Lines();
            stripper.setSortByPosition(true);
            stripper.writeText(pdf, new StringWriter());
            List<NoticeLine> lines = new ArrayList<>();
            int number = 0;
            for (String paragraph : stripper.paragraphs) {
                NoticeLine l = NoticeLine.of(++number, paragraph);
                if (l != null) {
                    lines.add(l);
                } else {
                    number--;
                }
            }
            return NoticeDocument.ofLines(lines, null, "pdf");
        }
    }

    /** One printed line: its text and where it starts and ends across the page. */
    private record Printed(String text, float start, float end, float charWidth) {}

    /** Collects a page's printed lines, then joins them into paragraphs. */
    private static final class Lines extends PDFTextStripper {
        final List<String> paragraphs = new ArrayList<>();
        private final List<Printed> page = new ArrayList<>();
        private StringBuilder text = new StringBuilder();
        private float start = Float.NaN;
        private float end;
        private float widths;
        private int chars;
        private boolean lastWasFull;

        Lines() throws IOException {
            super();
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            text.append(string);
            for (TextPosition p : positions) {
                if (Float.isNaN(start)) {
                    start = p.getXDirAdj();
                }
                end = Math.max(end, p.getXDirAdj() + p.getWidthDirAdj());
                widths += p.getWidthDirAdj();
                chars++;
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flushLine();
        }

        @Override
        protected void endPage(PDPage pdPage) {
            flushLine();
            paragraphs(page);
            page.clear();
        }

        private void flushLine() {
            String line = text.toString();
            if (!line.isBlank() && !PAGE_NUMBER.matcher(line).matches() && chars > 0) {
                page.add(new Printed(line, start, end, widths / chars));
            }
            text = new StringBuilder();
            start = Float.NaN;
            end = 0;
            widths = 0;
            chars = 0;
        }

        private void paragraphs(List<Printed> lines) {
            if (lines.isEmpty()) {
                return;
            }
            float left = Float.MAX_VALUE;
            float right = 0;
            for (Printed p : lines) {
                left = Math.min(left, p.start());
                right = Math.max(right, p.end());
            }
            for (Printed p : lines) {
                float w = Math.max(1, p.charWidth());
                boolean indented = p.start() - left > w;
                boolean continues = !indented && !startsStructure(p.text()) && !paragraphs.isEmpty()
                        && (lastWasFull || !ProseShapes.endsSentence(paragraphs.get(paragraphs.size() - 1).strip()));
                if (continues) {
                    String previous = paragraphs.remove(paragraphs.size() - 1);
                    paragraphs.add(joined(previous.stripTrailing(), p.text().strip()));
                } else {
                    paragraphs.add(p.text());
                }
                lastWasFull = right - p.end() < 1.5f * w;
            }
        }

        /** A printed line after the one it continues: a space only between two Latin words. */
        private static String joined(String previous, String next) {
            boolean words = !previous.isEmpty() && !next.isEmpty() && letter(previous.charAt(previous.length() - 1))
                    && letter(next.charAt(0));
            return previous + (words ? " " : "") + next;
        }

        private static boolean letter(char c) {
            return c < 0x80 && Character.isLetter(c);
        }

        private static boolean startsStructure(String text) {
            String key = NoticeLine.key(NoticeLine.clean(text));
            return NoticePatterns.SECTION.matcher(key).lookingAt() || NoticePatterns.GROUP.matcher(key).lookingAt()
                    || NoticePatterns.NUMBERED.matcher(key).lookingAt() || NoticePatterns.LABEL.matcher(key).lookingAt()
                    || ChineseDates.dateLine(key) != null;
        }
    }
}
