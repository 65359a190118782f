package org.sitegen.internal.pages;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.markdown.RecordLinks;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Notice;
import org.sitegen.model.Origin;
import org.sitegen.model.Page;
import org.sitegen.model.Site;

/**
 * The targets of a record's links on the page it is shown on: a link to another record's source
 * file ({@code ../findings/18.md}) leads to that record's page, a link to a file under {@code
 * assets/} to the published file, each relative to the page. The loader has checked that every
 * such link leads to something published; a link of a site made by hand that leads nowhere is
 * left as written. Thread-safe once made.
 */
final class RecordHrefs {
    /** The page of each record, by its source file ({@code findings/06.md}). */
    private final Map<String, String> pages = new HashMap<>();

    RecordHrefs(Site site) {
        for (Finding f : site.findings()) {
            pages.put(file(f.origin()), SitePaths.finding(f));
        }
        for (Category c : site.categories()) {
            pages.put(file(c.origin()), SitePaths.category(c));
        }
        for (Notice n : site.notices()) {
            pages.put(file(n.origin()), SitePaths.notice(n));
        }
        for (Page p : site.pages()) {
            pages.put(file(p.origin()), SitePaths.page(p));
        }
    }

    /**
     * The targets of the links of a record's Markdown.
     *
     * @param origin the record's file
     * @param page the path of the page the Markdown is shown on
     */
    UnaryOperator<String> on(Origin origin, String page) {
        String file = file(origin);
        return destination -> {
            RecordLinks.Target t = RecordLinks.resolve(file, destination);
            if (t.kind() != RecordLinks.Kind.LOCAL) {
                return destination;
            }
            String to = pages.get(t.path());
            if (to == null) {
                if (!t.path().startsWith("assets/")) {
                    return destination;
                }
                to = SitePaths.asset(t.path());
            }
            return SitePaths.relative(page, to) + t.suffix();
        };
    }

    private static String file(Origin origin) {
        return origin.file().toString().replace('\\', '/');
    }
}
