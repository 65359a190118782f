package org.sitegen.internal.pages;

import java.util.List;
import org.sitegen.internal.text.Html;

/**
 * Charts drawn at build time as inline SVG: a stacked bar of the shares of each status. The bar
 * carries an accessible name; the page shows the same numbers as text beside it.
 */
final class Charts {
    /** Width of the drawing in user units; the bar stretches to its box. */
    static final int WIDTH = 1000;

    private Charts() {}

    /** One part of a bar. */
    record Part(Tone tone, int count) {}

    /**
     * A horizontal bar split into parts proportional to their counts, in order.
     *
     * @param parts the parts; those counting 0 are not drawn
     * @param label the accessible name, saying the same as the bar (e.g. "完成 4 项，阶段性完成 18 项")
     * @param cssClass the class of the {@code <svg>}, e.g. {@code chart-bar}
     * @param height the height in pixels
     */
    static String stackedBar(List<Part> parts, String label, String cssClass, int height) {
        int total = 0;
        for (Part p : parts) {
            total += p.count();
        }
        StringBuilder sb = new StringBuilder(256 + parts.size() * 96);
        String name = Html.escape(label);
        sb.append("<svg class=\"").append(cssClass).append("\" width=\"100%\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"").append(name)
                .append("\" focusable=\"false\"><title>").append(name).append("</title>")
                .append("<rect class=\"track\" x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\"/>");
        int done = 0;
        for (Part p : parts) {
            if (p.count() == 0) {
                continue;
            }
            int x = scale(done, total);
            done += p.count();
            int w = scale(done, total) - x;
            sb.append("<rect class=\"tone-").append(p.tone().cssName()).append("\" x=\"").append(x)
                    .append("\" y=\"0\" width=\"").append(w).append("\" height=\"").append(height).append("\"/>");
        }
        return sb.append("</svg>").toString();
    }

    private static int scale(int count, int total) {
        return (int) ((count * 2L * WIDTH + total) / (2L * total));
    }
}
