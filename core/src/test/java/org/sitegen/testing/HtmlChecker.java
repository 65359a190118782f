package org.sitegen.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu) as a library: its HTML5 schema and
 * checkers come from inside its jar, so no network is used. One instance checks many files, one
 * after the other (not thread-safe).
 */
public final class HtmlChecker {
    /** One message of the checker. */
    public record Message(String file, int line, int column, boolean error, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + (error ? "error: " : "warning: ") + text;
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    private HtmlChecker() throws Exception {
        // no log4j set-up, no language detection (it guesses from a page's text and only warns)
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    /** A checker with the HTML5 schema loaded (takes a second or two). */
    public static HtmlChecker create() {
        try {
            return new HtmlChecker();
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker could not load its schema", e);
        }
    }

    /** Checks one UTF-8 HTML file; returns its errors and warnings in order. */
    public List<Message> check(Path file, String name) {
        collector.start(name);
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (IOException | SAXException e) {
            collector.messages.add(new Message(name, 0, 0, true, "the checker stopped: " + e));
        }
        return List.copyOf(collector.messages);
    }

    private static final class Collector implements ErrorHandler {
        private String name;
        private final List<Message> messages = new ArrayList<>();

        void start(String file) {
            name = file;
            messages.clear();
        }

        private void add(SAXParseException e, boolean error) {
            messages.add(new Message(name, e.getLineNumber(), e.getColumnNumber(), error, e.getMessage()));
        }

        @Override
        public void warning(SAXParseException e) {
            add(e, false);
        }

        @Override
        public void error(SAXParseException e) {
            add(e, true);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e, true);
        }
    }
}
