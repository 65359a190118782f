package org.sitegen.internal.export;

import org.sitegen.internal.text.Utf8Bytes;
import java.util.List;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.HistoryEntry;
import org.sitegen.model.Inspection;
import org.sitegen.model.InspectionWords;
import org.sitegen.model.Outcomes;
import org.sitegen.model.Measure;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/** Writes {@code data/findings.json}; the schema is described on {@link ExportStage}. */
final class FindingsJson {
    /** The version of the schema; raised when a field changes meaning or is removed. */
    static final int SCHEMA_VERSION = 1;

    private FindingsJson() {}

    /**
     * The document for a site, as UTF-8.
     *
     * @param base the encoded absolute base URL ending in '/', or null
     */
    static Utf8Bytes write(Site site, String base) {
        Utf8Bytes buffer = new Utf8Bytes();
        JsonWriter w = new JsonWriter(buffer);
        w.beginObject();
        w.name("schemaVersion").value(SCHEMA_VERSION);
        w.name("site").beginObject();
        w.name("title").value(site.title());
        w.name("issuer").value(site.issuer());
        w.name("locale").value(site.locale().toLanguageTag());
        w.name("asOf").value(site.asOf());
        if (base != null) {
            w.name("baseUrl").value(base);
        }
        w.endObject();

        w.name("statuses").beginArray();
        for (Status s : site.statuses().statuses()) {
            w.beginObject();
            w.name("code").value(s.code());
            w.name("label").value(s.label());
            w.name("closed").value(s.closed());
            w.endObject();
        }
        w.endArray();

        w.name("inspections").beginArray();
        for (Inspection i : site.inspections()) {
            w.beginObject();
            w.name("id").value(i.id());
            w.name("title").value(i.title());
            w.name("inspector").value(i.inspector());
            w.name("kind").value(i.kind());
            w.name("start").value(i.start());
            w.name("end").value(i.end());
            w.name("feedback").value(i.feedback());
            w.name("words").beginObject();
            w.name("base").value(i.words().base().word());
            for (String key : InspectionWords.keys()) {
                w.name(key).value(i.words().words().get(key));
            }
            w.name("statuses").beginObject();
            for (Status s : site.statuses().statuses()) {
                w.name(s.code()).value(i.words().statusLabel(s, site.statuses()).orElse(s.label()));
            }
            w.endObject();
            w.endObject();
            w.name("outcomes");
            outcomes(w, i.outcomes());
            w.name("outcomeTotals");
            outcomes(w, site.outcomes(i));
            w.endObject();
        }
        w.endArray();

        w.name("categories").beginArray();
        for (Category c : site.categories()) {
            w.beginObject();
            w.name("id").value(c.id());
            w.name("order").value(c.order());
            w.name("title").value(c.title());
            w.name("inspection").value(c.inspection().id());
            w.endObject();
        }
        w.endArray();

        w.name("findings").beginArray();
        StatusLabels labels = new StatusLabels(site);
        for (Finding f : site.findings()) {
            finding(w, f, base, labels);
        }
        w.endArray();
        w.endObject();
        w.finish();
        return buffer;
    }

    private static void finding(JsonWriter w, Finding f, String base, StatusLabels labels) {
        w.beginObject();
        w.name("id").value(f.id());
        w.name("number").value(f.number());
        w.name("title").value(f.title());
        w.name("status");
        status(w, f.status(), labels.label(f.status(), f));
        w.name("category").beginObject();
        w.name("id").value(f.category().id());
        w.name("title").value(f.category().title());
        w.endObject();
        w.name("inspection").value(f.inspection().id());
        w.name("units");
        strings(w, f.units());
        w.name("deadline").value(f.deadline());
        w.name("documents");
        strings(w, f.documents());
        w.name("measures").beginArray();
        for (Measure m : f.measures()) {
            w.beginObject();
            w.name("number").value(m.number());
            w.name("text").value(m.text());
            w.endObject();
        }
        w.endArray();
        w.name("history").beginArray();
        for (HistoryEntry h : f.history()) {
            w.beginObject();
            w.name("date").value(h.date());
            w.name("status");
            status(w, h.status(), labels.label(h.status(), f));
            w.name("note").value(h.note());
            w.endObject();
        }
        w.endArray();
        String url = SitePaths.finding(f.id());
        w.name("url").value(url);
        if (base != null) {
            w.name("href").value(base + url);
        }
        w.name("outcomes");
        outcomes(w, f.outcomes());
        w.endObject();
    }

    /** The outcome figures, each key present: a number, or null when not given. */
    private static void outcomes(JsonWriter w, Outcomes o) {
        w.beginObject();
        for (String key : Outcomes.KEYS) {
            w.name(key).value(o.get(key));
        }
        w.endObject();
    }

    /** A status: its code, and its label as the finding's inspection names it. */
    private static void status(JsonWriter w, Status s, String label) {
        w.beginObject();
        w.name("code").value(s.code());
        w.name("label").value(label);
        w.endObject();
    }

    private static void strings(JsonWriter w, List<String> values) {
        w.beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }
}
