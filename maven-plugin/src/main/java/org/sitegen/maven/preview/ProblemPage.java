package org.sitegen.maven.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The page the preview shows instead of every page while the records have errors (or a template is
 * broken): each problem with its place ({@code file:line:column}), message and hint, in the
 * language the problems are written in. It loads the preview's reload script, so that it turns
 * back into the site once the records are fixed, and its own stylesheet (no inline style or
 * script: pages stay under {@code default-src 'self'}).
 */
final class ProblemPage {
    /** One problem as shown: its place, what is wrong, and how to fix it (may be empty). */
    record Shown(String place, String message, String hint, boolean error) {}

    private ProblemPage() {}

    /**
     * The page.
     *
     * @param chinese whether to write it in Chinese (the problems' language), else English
     * @param template whether the trouble is a broken template rather than the records
     * @param script the address of the reload script for this page
     */
    static byte[] html(List<Shown> problems, boolean chinese, boolean template, String script) {
        Properties texts = texts(chinese);
        long errors = problems.stream().filter(Shown::error).count();
        long warnings = problems.size() - errors;
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(chinese ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(texts.getProperty("problems.title"))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/_site-gen/preview.css\">\n")
                .append("<script src=\"").append(escape(script)).append("\" defer></script>\n")
                .append("</head>\n<body>\n<main>\n<h1>")
                .append(escape(template ? texts.getProperty("template.heading")
                        : texts.getProperty("problems.heading").replace("{count}", Long.toString(errors))))
                .append("</h1>\n<p class=\"note\">")
                .append(escape(texts.getProperty(template ? "template.note" : "problems.note")))
                .append("</p>\n");
        list(sb, problems, true, chinese);
        if (warnings > 0) {
            sb.append("<p class=\"note\">")
                    .append(escape(texts.getProperty("problems.warnings").replace("{count}", Long.toString(warnings))))
                    .append("</p>\n");
            list(sb, problems, false, chinese);
        }
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void list(StringBuilder sb, List<Shown> problems, boolean errors, boolean chinese) {
        sb.append("<ol class=\"").append(errors ? "errors" : "warnings").append("\">\n");
        for (Shown p : problems) {
            if (p.error() != errors) {
                continue;
            }
            sb.append("<li><code>").append(escape(p.place())).append("</code> ").append(escape(p.message()));
            if (!p.hint().isEmpty()) {
                sb.append(" <span class=\"hint\">")
                        .append(escape(chinese ? "（" + p.hint() + "）" : "(" + p.hint() + ")"))
                        .append("</span>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n");
    }

    private static Properties texts(boolean chinese) {
        String name = "preview_" + (chinese ? "zh_CN" : "en") + ".properties";
        Properties p = new Properties();
        try (InputStream in = ProblemPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Whether a locale is Chinese. */
    static boolean chinese(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh");
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
