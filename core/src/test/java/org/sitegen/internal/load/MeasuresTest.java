package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitegen.model.Measure;

class MeasuresTest {
    private static List<String> split(String body) {
        return Measures.split(body).stream().map(Measure::text).toList();
    }

    @Test
    void chineseOrdinals() {
        assertEquals("一", Measures.ordinal(1));
        assertEquals("九", Measures.ordinal(9));
        assertEquals("十", Measures.ordinal(10));
        assertEquals("十一", Measures.ordinal(11));
        assertEquals("二十", Measures.ordinal(20));
        assertEquals("二十三", Measures.ordinal(23));
        assertThrows(IllegalArgumentException.class, () -> Measures.ordinal(0));
    }

    @Test
    void enumeratedParagraphGivesOneMeasurePerOrdinal() {
        assertEquals(List.of("甲。", "乙。", "丙。"), split("一是甲。二是乙。三是丙。"));
    }

    @Test
    void enumerationBeyondTen() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            sb.append(Measures.ordinal(i)).append("是措施").append(i).append("。");
        }
        List<String> items = split(sb.toString());
        assertEquals(12, items.size());
        assertEquals("措施10。", items.get(9));
        assertEquals("措施11。", items.get(10));
        assertEquals("措施12。", items.get(11));
    }

    @Test
    void ordinalInsideAWordIsNotAMarker() {
        assertEquals(List.of("统一是关键。", "乙。"), split("一是统一是关键。二是乙。"));
        assertEquals(List.of("推进第二是否可行的研究。", "乙。"), split("一是推进第二是否可行的研究。二是乙。"));
    }

    @Test
    void straySpacesAroundMarkersAreTrimmed() {
        assertEquals(List.of("甲。", "乙。"), split("  一是甲。 二是乙。 "));
    }

    @Test
    void textWithoutEnumerationIsOneMeasure() {
        assertEquals(List.of("已加快建设。"), split("已加快建设。"));
    }

    @Test
    void severalParagraphsAreOneMeasure() {
        assertEquals(List.of("一是甲。\n\n二是乙。"), split("一是甲。\n\n二是乙。"));
    }

    @Test
    void markdownListGivesOneMeasurePerItem() {
        assertEquals(List.of("甲", "乙\n续", "丙"), split("- 甲\n- 乙\n  续\n- 丙\n"));
        assertEquals(List.of("甲", "乙"), split("1. 甲\n2. 乙"));
    }

    @Test
    void listFollowedByAParagraphIsOneMeasure() {
        assertEquals(List.of("- 甲\n- 乙\n\n结语。"), split("- 甲\n- 乙\n\n结语。"));
    }

    @Test
    void emptyBodyHasNoMeasures() {
        assertEquals(List.of(), split("  \n"));
    }

    @Test
    void numbersAreConsecutive() {
        assertEquals(List.of(1, 2), Measures.split("一是甲。二是乙。").stream().map(Measure::number).toList());
    }
}
