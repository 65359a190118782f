package org.sitegen.internal.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.model.Contact;
import org.sitegen.model.SiteIdentity;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;

/**
 * {@code site.yaml}, read and checked.
 *
 * @param inspections the inspections of its {@code inspections:}, in their order; those of
 *     {@code inspections/*.md} are read beside it ({@link InspectionFiles})
 */
record SiteSettings(
        String title,
        String issuer,
        Locale locale,
        String baseUrl,
        Contact contact,
        LocalDate asOf,
        List<DeclaredInspection> inspections,
        StatusVocabulary statuses,
        SiteIdentity identity) {

    static final Set<String> KEYS =
            Fields.keys("title", "issuer", "locale", "baseUrl", "contact", "inspections", "statuses", "asOf",
                    "identity");
    static final Set<String> CONTACT_KEYS = Fields.keys("phone", "address", "postcode", "email");
    static final Set<String> STATUS_KEYS = Fields.keys("code", "label", "aliases", "closed");
    /** The most statuses a vocabulary may have (the search index packs a status in 6 bits). */
    static final int MAX_STATUSES = 64;
    static final Map<String, Locale> LOCALES = Map.of("zh-CN", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH);
    private static final Message SITE_YAML = Message.of("where.siteYaml");
    private static final java.nio.file.Path SITE_YAML_FILE = java.nio.file.Path.of("site.yaml");
    private static final Message INSPECTION = Message.of("where.inspection");
    private static final Message STATUS = Message.of("where.status");

    static {
        KEYS.add("reviewed"); // numbers cleared for publication, see PersonalData (issue 15)
    }

    /**
     * The locale {@code site.yaml} declares, read without parsing it: a top-level line {@code
     * locale: en} (quotes and a comment allowed). For a site.yaml that cannot be parsed (not UTF-8,
     * broken YAML), so that its problems are still written in the site's language. Bytes are read
     * as ASCII, which UTF-8 and GBK share.
     *
     * @return the locale, or empty when there is no such line or it names no known locale
     */
    static java.util.Optional<Locale> declaredLocale(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^(?:\\u00ef\\u00bb\\u00bf)?locale[ \\t]*:[ \\t]*([\"']?)([A-Za-z-]+)\\1[ \\t]*(?:#.*)?\\r?$")
                .matcher(text);
        return m.find() ? java.util.Optional.ofNullable(LOCALES.get(m.group(2))) : java.util.Optional.empty();
    }

    /**
     * Reads site.yaml; null when it is unusable (problems reported).
     *
     * @param inspectionFiles whether the folder has files of {@code inspections/}: then site.yaml
     *     may declare none
     */
    static SiteSettings read(byte[] bytes, boolean inspectionFiles, ProblemList problems) {
        String text = SourceText.decode(bytes, problems);
        if (text == null) {
            return null;
        }
        Fields f = FrontMatter.parse(text, 1, problems, SITE_YAML).orElse(null);
        if (f == null) {
            return null;
        }
        f.rejectUnknownKeys(KEYS);
        String title = f.text("title", true);
        String issuer = f.text("issuer", false);
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String localeName = f.text("locale", false);
        if (localeName != null) {
            locale = LOCALES.get(localeName);
            if (locale == null) {
                problems.error(f.valuePos("locale"), "locale.unknown", "locale", localeName);
            }
        }
        String baseUrl = f.text("baseUrl", false);
        if (baseUrl != null && !baseUrl.matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
            problems.error(f.valuePos("baseUrl"), "baseUrl.invalid", "url", baseUrl);
            baseUrl = null;
        }
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl += "/";
        }
        Contact contact = Contact.NONE;
        Fields c = f.mapping("contact", false);
        if (c != null) {
            c.rejectUnknownKeys(CONTACT_KEYS);
            contact = new Contact(c.text("phone", false), c.text("address", false), c.text("postcode", false),
                    c.text("email", false));
        }
        LocalDate asOf = f.date("asOf", false);
        StatusVocabulary statuses = StatusVocabulary.defaults();
        if (f.has("statuses")) {
            statuses = readStatuses(f, problems);
        }
        List<DeclaredInspection> inspections = new ArrayList<>();
        Map<String, Integer> inspectionLines = new HashMap<>();
        List<Fields> items = f.mappings("inspections", INSPECTION,
                "inspections:\n  - {id: 2023-special, title: 省委第七巡视组专项巡视}");
        for (Fields i : items) {
            i.rejectUnknownKeys(InspectionFields.KEYS);
            DeclaredInspection declared =
                    InspectionFields.read(i, SITE_YAML_FILE, null, inspectionLines, statuses, problems);
            if (declared != null) {
                inspections.add(declared);
            }
        }
        if (items.isEmpty() && !f.has("inspections") && !inspectionFiles) {
            problems.error(f.pos(), "inspections.none");
        }
        // site.yaml is published too (title, issuer, contact…): no citizen's number in it
        PersonalData.check(text, f, 0, PersonalData.reviewed(f, problems), false, problems);
        SiteIdentity identity = Identity.read(f.mapping("identity", false), problems);
        if (title == null || statuses == null || locale == null) {
            return null;
        }
        return new SiteSettings(title, issuer, locale, baseUrl, contact, asOf, List.copyOf(inspections), statuses,
                identity);
    }

    private static StatusVocabulary readStatuses(Fields f, ProblemList problems) {
        List<Status> list = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        boolean ok = true;
        for (Fields s : f.mappings("statuses", STATUS, "statuses:\n  - {code: completed, label: 完成, closed: true}")) {
            s.rejectUnknownKeys(STATUS_KEYS);
            String code = s.text("code", true);
            String label = s.text("label", true);
            List<String> aliases = s.textList("aliases");
            Boolean closed = s.bool("closed");
            if (code != null && !RecordParser.isId(code)) {
                problems.error(s.valuePos("code"), "status.invalidCode", "code", code);
                ok = false;
                continue;
            }
            if (code == null || label == null) {
                ok = false;
                continue;
            }
            List<String> names = new ArrayList<>(List.of(code, label));
            names.addAll(aliases);
            for (String name : names) {
                String previous = seen.putIfAbsent(name, code);
                if (previous != null) {
                    problems.error(s.pos(), "status.nameTwice", "name", name, "first", previous, "second", code);
                    ok = false;
                }
            }
            list.add(new Status(code, label, aliases, closed != null && closed));
        }
        if (list.size() > MAX_STATUSES) {
            problems.error(f.valuePos("statuses"), "statuses.tooMany", "count", list.size(), "max", MAX_STATUSES);
            return null;
        }
        if (list.isEmpty()) {
            problems.error(f.valuePos("statuses"), "statuses.none");
            return null;
        }
        return ok ? new StatusVocabulary(list) : null;
    }
}
