package org.sitegen.internal.export;

import org.sitegen.internal.text.Json;
import org.sitegen.internal.text.Utf8Bytes;

import java.time.LocalDate;

/**
 * Writes JSON into a {@link Utf8Bytes}, pretty-printed with a 2-space indent, keys in the order
 * they are written. Strings are escaped by {@link Json}.
 *
 * <p>Not thread-safe; the caller keeps the nesting balanced.
 */
final class JsonWriter {
    private final Utf8Bytes out;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    JsonWriter(Utf8Bytes out) {
        this.out = out;
    }

    JsonWriter beginObject() {
        beforeValue();
        out.rawByte('{');
        depth++;
        first = true;
        return this;
    }

    JsonWriter endObject() {
        return end('}');
    }

    JsonWriter beginArray() {
        beforeValue();
        out.rawByte('[');
        depth++;
        first = true;
        return this;
    }

    JsonWriter endArray() {
        return end(']');
    }

    /** Writes a key; the next call writes its value. */
    JsonWriter name(String name) {
        beforeValue();
        string(name);
        out.rawByte(':').rawByte(' ');
        afterName = true;
        return this;
    }

    /** Writes a string, or {@code null}. */
    JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.text("null");
        } else {
            string(value);
        }
        return this;
    }

    /** Writes an ISO date {@code YYYY-MM-DD}, or {@code null}. */
    JsonWriter value(LocalDate date) {
        if (date == null) {
            return value((String) null);
        }
        beforeValue();
        out.rawByte('"').date(date).rawByte('"');
        return this;
    }

    JsonWriter value(long value) {
        beforeValue();
        out.number(value);
        return this;
    }

    /** Writes a number as written ({@code 120.50} stays so), or {@code null}. */
    JsonWriter value(Number value) {
        beforeValue();
        out.text(value == null ? "null"
                : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
        return this;
    }

    JsonWriter value(boolean value) {
        beforeValue();
        out.text(value ? "true" : "false");
        return this;
    }

    /** Ends the document with a line break. */
    void finish() {
        if (depth != 0) {
            throw new IllegalStateException("unbalanced JSON: depth " + depth + " at the end");
        }
        out.rawByte('\n');
    }

    private JsonWriter end(char close) {
        depth--;
        if (!first) {
            newline();
        }
        out.rawByte(close);
        first = false;
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (!first) {
                out.rawByte(',');
            }
            newline();
        }
        first = false;
    }

    private void newline() {
        out.newline(2 * depth);
    }

    private void string(String s) {
        Json.string(out, s);
    }

}
