package org.sitegen.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins what the stylesheet promises: readable status colours, system fonts, nothing remote. */
class StyleTest {
    static String css;
    static Map<String, String> vars = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = StyleTest.class.getResourceAsStream(AssetStage.BUILT_IN + "site.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) {
            vars.putIfAbsent(m.group(1), m.group(2));
        }
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(4.54, contrast("#767676", "#ffffff"), 0.01);
    }

    @Test
    void everyToneHasAColourOnWhichWhiteBadgeTextReadsAtLeast4point5To1() {
        for (Tone t : Tone.values()) {
            Matcher m = Pattern.compile("\\.tone-" + t.cssName() + "\\s*\\{\\s*--tone:\\s*(#[0-9a-fA-F]{6})").matcher(css);
            assertTrue(m.find(), "site.css defines .tone-" + t.cssName());
            double ratio = contrast(m.group(1), "#ffffff");
            assertTrue(ratio >= 4.5, t + " " + m.group(1) + " gives " + ratio);
        }
        assertTrue(css.contains(".badge {") && css.contains("background: var(--tone"), "badges use the tone");
        assertTrue(Pattern.compile("\\.badge \\{[^}]*\\bcolor: #fff;").matcher(css).find(), "badge text is white");
    }

    @Test
    void textColoursReadAtLeast4point5To1OnTheirBackgrounds() {
        assertTrue(contrast(vars.get("text"), "#ffffff") >= 4.5);
        assertTrue(contrast(vars.get("muted"), "#ffffff") >= 4.5);
        assertTrue(contrast(vars.get("muted"), vars.get("panel")) >= 4.5, "muted text on panels");
        assertTrue(contrast(vars.get("link"), "#ffffff") >= 4.5);
        assertTrue(contrast(vars.get("link"), vars.get("panel")) >= 4.5, "links in panels");
        assertTrue(contrast(vars.get("accent"), "#ffffff") >= 4.5, "white header text on the accent");
        assertTrue(contrast(vars.get("overdue"), "#ffffff") >= 4.5, "overdue marker");
    }

    @Test
    void usesTheSystemsChineseFontsAndLoadsNothing() {
        for (String font : new String[] {"\"PingFang SC\"", "\"Microsoft YaHei\"", "\"Noto Sans CJK SC\"",
                "\"Source Han Sans SC\"", "sans-serif"}) {
            assertTrue(css.contains(font), font);
        }
        assertFalse(css.contains("@font-face"));
        assertFalse(css.contains("@import"));
        assertFalse(css.contains("url("));
    }

    @Test
    void hasAPrintStyleAndVisibleFocus() {
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains(":focus-visible"));
    }
}
