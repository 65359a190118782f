package org.sitegen.internal.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitegen.model.Contact;
import org.sitegen.model.Inspection;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;

/** {@code site.yaml}, read and checked. */
record SiteSettings(
        String title,
        String issuer,
        Locale locale,
        String baseUrl,
        Contact contact,
        LocalDate asOf,
        List<Inspection> inspections,
        StatusVocabulary statuses) {

    static final Set<String> KEYS =
            Fields.keys("title", "issuer", "locale", "baseUrl", "contact", "inspections", "statuses", "asOf");
    static final Set<String> CONTACT_KEYS = Fields.keys("phone", "address", "postcode", "email");
    static final Set<String> INSPECTION_KEYS =
            Fields.keys("id", "title", "inspector", "kind", "start", "end", "feedback");
    static final Set<String> STATUS_KEYS = Fields.keys("code", "label", "aliases", "closed");
    /** The most statuses a vocabulary may have (the search index packs a status in 6 bits). */
    static final int MAX_STATUSES = 64;
    static final Map<String, Locale> LOCALES = Map.of("zh-CN", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH);

    /** Reads site.yaml; null when it is unusable (problems reported). */
    static SiteSettings read(byte[] bytes, ProblemList problems) {
        String text = SourceText.decode(bytes, problems);
        if (text == null) {
            return null;
        }
        Fields f = FrontMatter.parse(text, 1, problems, "site.yaml").orElse(null);
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
                problems.error(f.valuePos("locale"), "unknown locale '" + localeName + "'", "use zh-CN or en");
            }
        }
        String baseUrl = f.text("baseUrl", false);
        if (baseUrl != null && !baseUrl.matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
            problems.error(
                    f.valuePos("baseUrl"),
                    "baseUrl '" + baseUrl + "' is not an absolute web address",
                    "e.g. baseUrl: https://www.example.gov.cn/xszg/");
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
        List<Inspection> inspections = new ArrayList<>();
        Map<String, Integer> inspectionLines = new HashMap<>();
        List<Fields> items = f.mappings("inspections", "inspection",
                "inspections:\n  - {id: 2023-special, title: 省委第七巡视组专项巡视}");
        for (Fields i : items) {
            i.rejectUnknownKeys(INSPECTION_KEYS);
            String id = i.text("id", true);
            String ititle = i.text("title", true);
            LocalDate start = i.date("start", false);
            LocalDate end = i.date("end", false);
            LocalDate feedback = i.date("feedback", false);
            if (start != null && end != null && end.isBefore(start)) {
                problems.error(i.valuePos("end"), "the inspection ends (" + end + ") before it starts (" + start + ")",
                        "check start and end");
            }
            if (id != null && !RecordParser.isId(id)) {
                problems.error(i.valuePos("id"), "the id '" + id + "' is not valid: ids use lowercase letters a-z,"
                        + " digits and '-'", "e.g. id: 2023-special");
                id = null;
            }
            if (id != null && inspectionLines.containsKey(id)) {
                problems.error(i.valuePos("id"), "the inspection id '" + id + "' is used twice",
                        "the first is on line " + inspectionLines.get(id));
                id = null;
            }
            if (id != null && ititle != null) {
                inspectionLines.put(id, i.valuePos("id").line());
                inspections.add(new Inspection(id, ititle, i.text("inspector", false), i.text("kind", false),
                        start, end, feedback));
            }
        }
        if (items.isEmpty() && !f.has("inspections")) {
            problems.error(f.pos(), "site.yaml defines no inspection",
                    "add inspections:\n  - {id: 2023-special, title: 省委第七巡视组专项巡视}");
        }
        StatusVocabulary statuses = StatusVocabulary.defaults();
        if (f.has("statuses")) {
            statuses = readStatuses(f, problems);
        }
        if (title == null || statuses == null || locale == null) {
            return null;
        }
        return new SiteSettings(title, issuer, locale, baseUrl, contact, asOf, List.copyOf(inspections), statuses);
    }

    private static StatusVocabulary readStatuses(Fields f, ProblemList problems) {
        List<Status> list = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        boolean ok = true;
        for (Fields s : f.mappings("statuses", "status", "statuses:\n  - {code: completed, label: 完成, closed: true}")) {
            s.rejectUnknownKeys(STATUS_KEYS);
            String code = s.text("code", true);
            String label = s.text("label", true);
            List<String> aliases = s.textList("aliases");
            Boolean closed = s.bool("closed");
            if (code != null && !RecordParser.isId(code)) {
                problems.error(s.valuePos("code"), "the status code '" + code + "' is not valid: codes use lowercase"
                        + " letters a-z, digits and '-'", "e.g. code: phased");
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
                    problems.error(s.pos(), "the status name '" + name + "' is used by both " + previous + " and "
                            + code, "each code, label and alias may name one status only");
                    ok = false;
                }
            }
            list.add(new Status(code, label, aliases, closed != null && closed));
        }
        if (list.size() > MAX_STATUSES) {
            problems.error(f.valuePos("statuses"), "'statuses' lists " + list.size() + " statuses; at most "
                    + MAX_STATUSES + " are supported", "merge statuses that mean the same");
            return null;
        }
        if (list.isEmpty()) {
            problems.error(f.valuePos("statuses"), "'statuses' lists no status",
                    "remove the key to use the default vocabulary, or list the statuses");
            return null;
        }
        return ok ? new StatusVocabulary(list) : null;
    }
}
