package org.sitegen.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Test notices as the files offices hold, made in the test from a notice's text (nothing binary
 * is committed): a Word file with one paragraph per line and a table per run of tab-separated
 * lines, as Word itself saves a table as plain text; a PDF whose text layer has those lines,
 * printed with wrapped paragraphs; a scanned PDF without a text layer.
 */
final class NoticeFiles {
    private NoticeFiles() {}

    /** The notice as {@code .docx}: each line a paragraph (blank lines too), each tab-separated run a table. */
    static Path docx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            String[] lines = text.split("\n", -1);
            int i = 0;
            while (i < lines.length) {
                int end = i;
                while (end < lines.length && lines[end].contains("\t")) {
                    end++;
                }
                if (end - i >= 2) {
                    table(doc, List.of(lines).subList(i, end));
                    i = end;
                    continue;
                }
                String[] breaks = lines[i].split("\u000b", -1);
                var run = doc.createParagraph().createRun();
                for (int b = 0; b < breaks.length; b++) {
                    if (b > 0) {
                        run.addBreak();
                    }
                    run.setText(breaks[b]);
                }
                i++;
            }
            doc.write(out);
        }
        return file;
    }

    private static void table(XWPFDocument doc, List<String> rows) {
        int width = rows.stream().mapToInt(r -> r.split("\t", -1).length).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), width);
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).split("\t", -1);
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < width; c++) {
                String cell = c < cells.length ? cells[c] : "";
                String[] paragraphs = cell.split("\\\\n", -1); // a cell of two paragraphs is written a\nb
                row.getCell(c).setText(paragraphs[0]);
                for (int p = 1; p < paragraphs.length; p++) {
                    row.getCell(c).addParagraph().createRun().setText(paragraphs[p]);
                }
            }
        }
    }

    /**
     * The notice as a PDF with a text layer: each line a paragraph, indented by two characters and
     * wrapped at {@code width} characters, as an official document prints. The font is not
     * embedded; a ToUnicode map gives each glyph its character, which is all text extraction needs.
     */
    static Path pdf(Path file, String text, int width) throws IOException {
        Map<Character, Integer> codes = new LinkedHashMap<>();
        for (char c : text.toCharArray()) {
            if (c != '\n' && c != '\t') {
                codes.computeIfAbsent(c, k -> codes.size() + 1);
            }
        }
        List<String> printed = new ArrayList<>();
        List<Boolean> indented = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            boolean first = true;
            while (!l.isEmpty()) {
                int room = Math.min(first ? width - 2 : width, l.length());
                while (room < l.length() && room > 1 && latin(l.charAt(room - 1)) && latin(l.charAt(room))) {
                    room--; // like Word, never break inside a Latin word or a number
                }
                printed.add(l.substring(0, room));
                indented.add(first);
                l = l.substring(room);
                first = false;
            }
        }
        float size = 12;
        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = font(doc, codes);
            int perPage = 50;
            for (int start = 0; start < printed.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                resources.put(COSName.getPDFName("F1"), PDFontFactory.createFont(font));
                page.setResources(resources);
                StringBuilder content = new StringBuilder();
                for (int k = start; k < Math.min(printed.size(), start + perPage); k++) {
                    float x = 72 + (indented.get(k) ? 2 * size : 0);
                    float y = 780 - (k - start) * 15;
                    content.append("BT /F1 ").append(size).append(" Tf ").append(String.format(Locale.ROOT, "%.1f %.1f", x, y))
                            .append(" Td <");
                    for (char c : printed.get(k).toCharArray()) {
                        content.append(String.format(Locale.ROOT, "%04X", codes.get(c)));
                    }
                    content.append("> Tj ET\n");
                }
                content.append("BT /F1 10 Tf 290 40 Td <").append(hex(codes, "— " + (start / perPage + 1) + " —"))
                        .append("> Tj ET\n");
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream()) {
                    out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
                doc.addPage(page);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static boolean latin(char c) {
        return c < 0x80 && c != ' ';
    }

    private static String hex(Map<Character, Integer> codes, String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(String.format(Locale.ROOT, "%04X", codes.computeIfAbsent(c, k -> codes.size() + 1)));
        }
        return sb.toString();
    }

    private static COSDictionary font(PDDocument doc, Map<Character, Integer> codes) throws IOException {
        for (char c : "— 0123456789".toCharArray()) {
            codes.computeIfAbsent(c, k -> codes.size() + 1);
        }
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "TestSong");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray box = new COSArray();
        for (int v : new int[] {0, -120, 1000, 880}) {
            box.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, "TestSong");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "TestSong");
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /TestUCS def\n"
                + "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Character, Integer>> entries = new ArrayList<>(codes.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Character, Integer>> chunk = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Character, Integer> e : chunk) {
                cmap.append(String.format(Locale.ROOT, "<%04X> <%04X>\n", e.getValue(), (int) e.getKey()));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream toUnicode = doc.getDocument().createCOSStream();
        try (OutputStream out = toUnicode.createOutputStream()) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return type0;
    }

    /** A scanned PDF: a page with a picture of text (here a grey box), no text layer. */
    static Path scannedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.setNonStrokingColor(0.5f, 0.5f, 0.5f);
                content.addRect(72, 400, 450, 300);
                content.fill();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Bytes of a file that begins like a Word 97–2003 document and is not one. */
    static byte[] brokenDoc() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1});
        out.writeBytes(new byte[504]);
        return out.toByteArray();
    }
}
