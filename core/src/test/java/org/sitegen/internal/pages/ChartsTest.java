package org.sitegen.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
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
