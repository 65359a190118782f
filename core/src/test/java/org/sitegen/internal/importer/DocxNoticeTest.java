package org.sitegen.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxNoticeTest {
    @Test
    void writesOutWordsAutomaticNumbering() throws IOException {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            level(abstractNum, 0, STNumberFormat.CHINESE_COUNTING, "（%1）");
            level(abstractNum, 1, STNumberFormat.DECIMAL, "%2.");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
            BigInteger numId = numbering.addNum(abstractId);
            paragraph(doc, "反馈问题", null, 0);
            paragraph(doc, "党的领导弱化", numId, 0);
            paragraph(doc, "学习不深入。", numId, 1);
            paragraph(doc, "议事不规范。", numId, 1);
            paragraph(doc, "基层党建薄弱", numId, 0);
            paragraph(doc, "党员管理不严。", numId, 1);
            doc.write(out);
            bytes = out.toByteArray();
        }
        List<String> lines = DocxNotice.read(bytes).lines().stream().map(NoticeLine::text).toList();
        assertEquals(List.of("反馈问题", "（一）党的领导弱化", "1.学习不深入。", "2.议事不规范。", "（二）基层党建薄弱",
                "1.党员管理不严。"), lines);
    }

    private static void level(CTAbstractNum abstractNum, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void paragraph(XWPFDocument doc, String text, BigInteger numId, int level) {
        XWPFParagraph p = doc.createParagraph();
        if (numId != null) {
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(level));
        }
        p.createRun().setText(text);
    }
}
