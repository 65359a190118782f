package org.sitegen;

/**
 * A template could not be compiled or run: a site's override in {@code templates/} has an error.
 * The message names the template and, where known, its line.
 */
public class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The template's file name. */
    private final String template;
    /** The 1-based line, or 0 when unknown. */
    private final int line;

    /**
     * @param template the template's file name, e.g. {@code finding.mustache}
     * @param line the 1-based line, or 0 when unknown
     * @param message what is wrong
     * @param cause the engine's exception, or null
     */
    public TemplateException(String template, int line, String message, Throwable cause) {
        super("template " + template + (line > 0 ? " line " + line : "") + ": " + message, cause);
        this.template = template;
        this.line = line;
    }

    /** {@return the template's file name} */
    public String template() {
        return template;
    }

    /** {@return the 1-based line, or 0 when unknown} */
    public int line() {
        return line;
    }
}
