package org.sitegen.internal.pages;

/**
 * A template could not be compiled or run. The public {@link org.sitegen.SiteGenerator} reports it
 * as an {@code org.sitegen.TemplateException} with the same template, line and message.
 */
public final class TemplateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final String detail;

    /**
     * @param template the template's file name, e.g. {@code finding.mustache}
     * @param line the 1-based line, or 0 when unknown
     * @param detail what is wrong
     * @param cause the engine's exception, or null
     */
    TemplateFailure(String template, int line, String detail, Throwable cause) {
        super("template " + template + (line > 0 ? " line " + line : "") + ": " + detail, cause);
        this.template = template;
        this.line = line;
        this.detail = detail;
    }

    /** The template's file name. */
    public String template() {
        return template;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** What is wrong, without the template's name and line. */
    public String detail() {
        return detail;
    }
}
