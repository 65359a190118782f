package org.sitegen.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A Word 97–2003 file ({@code .doc}) written byte by byte, as small as Word reads it (MS-DOC): a
 * FIB, the text as UTF-16 in one piece, a paragraph-property page per few paragraphs (marking
 * table cells and row ends, with each row's cell layout), and the stylesheet, section, font and
 * document-property tables, empty. POI can read a .doc but not start one, and a committed sample
 * could not be made again: this writes one from the notice's text, a paragraph per line and a
 * table per run of tab-separated lines.
 */
final class Word97Files {
    private static final int TEXT_AT = 0x800;

    private Word97Files() {}

    /** One paragraph of the file: its text (ending in \r or \u0007) and whether it is in a table, or ends a row. */
    private record Para(String text, boolean inTable, boolean rowEnd, int cells) {}

    static Path doc(Path file, String text) throws IOException {
        List<Para> paras = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            int end = i;
            while (end < lines.length && lines[end].contains("\t")) {
                end++;
            }
            if (end - i >= 2) {
                int width = 0;
                for (int r = i; r < end; r++) {
                    width = Math.max(width, lines[r].split("\t", -1).length);
                }
                for (int r = i; r < end; r++) {
                    String[] cells = lines[r].split("\t", -1);
                    for (int c = 0; c < width; c++) {
                        paras.add(new Para((c < cells.length ? cells[c] : "") + "\u0007", true, false, width));
                    }
                    paras.add(new Para("\u0007", true, true, width));
                }
                i = end;
                continue;
            }
            paras.add(new Para(lines[i] + "\r", false, false, 0));
            i++;
        }
        StringBuilder all = new StringBuilder();
        paras.forEach(p -> all.append(p.text()));
        byte[] textBytes = all.toString().getBytes(StandardCharsets.UTF_16LE);
        int ccp = all.length();
        int textEnd = TEXT_AT + textBytes.length;
        int firstPage = (textEnd + 511) / 512;

        // paragraph property pages: up to 8 paragraphs each
        List<byte[]> papPages = new ArrayList<>();
        List<Integer> papFcs = new ArrayList<>();
        int fc = TEXT_AT;
        for (int from = 0; from < paras.size(); from += 8) {
            List<Para> chunk = paras.subList(from, Math.min(paras.size(), from + 8));
            ByteBuffer page = le(512);
            int crun = chunk.size();
            int dataAt = 511;
            List<Integer> fcs = new ArrayList<>();
            fcs.add(fc);
            papFcs.add(fc);
            for (int k = 0; k < crun; k++) {
                Para p = chunk.get(k);
                fc += p.text().length() * 2;
                fcs.add(fc);
                byte[] papx = papx(p);
                dataAt -= papx.length;
                dataAt &= ~1;
                page.position(dataAt);
                page.put(papx);
                page.put(4 * (crun + 1) + 13 * k, (byte) (dataAt / 2));
            }
            for (int k = 0; k <= crun; k++) {
                page.putInt(4 * k, fcs.get(k));
            }
            page.put(511, (byte) crun);
            papPages.add(page.array());
        }
        papFcs.add(fc);
        // one character property page: default properties throughout
        ByteBuffer chp = le(512);
        chp.putInt(0, TEXT_AT);
        chp.putInt(4, textEnd);
        chp.put(8, (byte) 0);
        chp.put(511, (byte) 1);

        ByteBuffer word = le(512 * (firstPage + papPages.size() + 1));
        word.position(TEXT_AT);
        word.put(textBytes);
        for (int k = 0; k < papPages.size(); k++) {
            word.position(512 * (firstPage + k));
            word.put(papPages.get(k));
        }
        int chpPage = firstPage + papPages.size();
        word.position(512 * chpPage);
        word.put(chp.array());

        // the table stream
        ByteBuffer table = le(4096);
        int stsh = table.position();
        table.putShort((short) 18).putShort((short) 0).putShort((short) 10).put(new byte[14]);
        int stshLen = table.position() - stsh;
        int clx = table.position();
        table.put((byte) 2).putInt(16).putInt(0).putInt(ccp).putShort((short) 0).putInt(TEXT_AT).putShort((short) 0);
        int clxLen = table.position() - clx;
        int sed = table.position();
        table.putInt(0).putInt(ccp).putShort((short) 0).putInt(-1).putShort((short) 0).putInt(0);
        int sedLen = table.position() - sed;
        int bteChp = table.position();
        table.putInt(TEXT_AT).putInt(textEnd).putInt(chpPage);
        int bteChpLen = table.position() - bteChp;
        int btePap = table.position();
        for (int fcAt : papFcs) {
            table.putInt(fcAt);
        }
        for (int k = 0; k < papPages.size(); k++) {
            table.putInt(firstPage + k);
        }
        int btePapLen = table.position() - btePap;
        int ffn = table.position();
        table.putShort((short) 0).putShort((short) 0);
        int ffnLen = table.position() - ffn;
        int dop = table.position();
        table.put(new byte[600]);
        int dopLen = table.position() - dop;
        byte[] tableBytes = new byte[table.position()];
        System.arraycopy(table.array(), 0, tableBytes, 0, tableBytes.length);

        // the FIB
        word.position(0);
        word.putShort((short) 0xa5ec).putShort((short) 0x00c1).putShort((short) 0).putShort((short) 0x0804)
                .putShort((short) 0).putShort((short) 0x1200).putShort((short) 0x00bf).putInt(0).put((byte) 0)
                .put((byte) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(0);
        word.putShort((short) 14).put(new byte[28]);
        word.putShort((short) 22);
        int[] lw = new int[22];
        lw[0] = word.capacity();
        lw[3] = ccp;
        for (int v : lw) {
            word.putInt(v);
        }
        word.putShort((short) 93);
        int[][] pairs = new int[93][2];
        pairs[1] = new int[] {stsh, stshLen};
        pairs[6] = new int[] {sed, sedLen};
        pairs[12] = new int[] {bteChp, bteChpLen};
        pairs[13] = new int[] {btePap, btePapLen};
        pairs[15] = new int[] {ffn, ffnLen};
        pairs[31] = new int[] {dop, dopLen};
        pairs[33] = new int[] {clx, clxLen};
        for (int[] p : pairs) {
            word.putInt(p[0]).putInt(p[1]);
        }
        word.putShort((short) 0);

        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(word.array()), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(tableBytes), "1Table");
            fs.writeFilesystem(out);
        }
        return file;
    }

    /** A paragraph's properties in a page: style 0, and for a table its marks and, at a row's end, its cells. */
    private static byte[] papx(Para p) {
        ByteBuffer grpprl = le(512);
        grpprl.putShort((short) 0); // istd
        if (p.inTable()) {
            grpprl.putShort((short) 0x2416).put((byte) 1); // sprmPFInTable
        }
        if (p.rowEnd()) {
            grpprl.putShort((short) 0x2417).put((byte) 1); // sprmPFTtp
            int n = p.cells();
            grpprl.putShort((short) 0xd608); // sprmTDefTable
            grpprl.putShort((short) (1 + 2 * (n + 1) + 20 * n + 1));
            grpprl.put((byte) n);
            for (int c = 0; c <= n; c++) {
                grpprl.putShort((short) (c * 1500));
            }
            grpprl.put(new byte[20 * n]);
        }
        int size = grpprl.position();
        ByteBuffer out = le(size + 2 + 1);
        if (size % 2 == 1) {
            out.put((byte) ((size + 1) / 2));
        } else {
            out.put((byte) 0).put((byte) (size / 2));
        }
        out.put(grpprl.array(), 0, size);
        byte[] bytes = new byte[out.position()];
        System.arraycopy(out.array(), 0, bytes, 0, bytes.length);
        return bytes;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
