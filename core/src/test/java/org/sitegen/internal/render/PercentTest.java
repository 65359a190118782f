package org.sitegen.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentTest {
    @Test
    void roundsHalfUpToOneDecimal() {
        assertEquals("17.4%", Percent.format(4, 23));
        assertEquals("4.3%", Percent.format(1, 23));
        assertEquals("78.3%", Percent.format(18, 23));
        assertEquals("33.3%", Percent.format(1, 3));
        assertEquals("66.7%", Percent.format(2, 3));
        assertEquals("0.1%", Percent.format(1, 1000));
        assertEquals("0.1%", Percent.format(1, 2000));
        assertEquals("0%", Percent.format(1, 20001));
    }

    @Test
    void leavesOutATrailingZero() {
        assertEquals("25%", Percent.format(1, 4));
        assertEquals("100%", Percent.format(7, 7));
        assertEquals("0%", Percent.format(0, 7));
        assertEquals("0%", Percent.format(0, 0));
    }

    @Test
    void refusesAPartLargerThanTheWhole() {
        assertThrows(IllegalArgumentException.class, () -> Percent.format(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Percent.format(-1, 2));
    }

    @Test
    void stackedBarPartsFillTheWidthWithoutGaps() {
        String svg = Charts.stackedBar(List.of(new Charts.Part(Tone.GREEN, 1), new Charts.Part(Tone.RED, 0),
                new Charts.Part(Tone.AMBER, 1), new Charts.Part(Tone.TEAL, 1)), "a <b> & \"c\"", "chart", 10);
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parseBodyFragment(svg);
        var rects = d.select("rect[class^=tone-]");
        assertEquals(List.of("tone-green", "tone-amber", "tone-teal"), rects.eachAttr("class"));
        assertEquals(List.of("0", "333", "667"), rects.eachAttr("x"));
        assertEquals(List.of("333", "334", "333"), rects.eachAttr("width"));
        assertEquals("a <b> & \"c\"", d.selectFirst("svg").attr("aria-label"));
        assertEquals("a <b> & \"c\"", d.selectFirst("title").text());
        assertEquals("img", d.selectFirst("svg").attr("role"));
    }

    @Test
    void anEmptyBarIsOnlyItsTrack() {
        String svg = Charts.stackedBar(List.of(new Charts.Part(Tone.GREEN, 0)), "无", "chart", 10);
        assertEquals(0, org.jsoup.Jsoup.parseBodyFragment(svg).select("rect[class^=tone-]").size());
    }
}
