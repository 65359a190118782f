package org.sitegen.internal.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    private final Site site;
    /**
     * The page of each record, by its source file ({@code findings/06.md}); made when a link first
     * needs it, since most records link to no other.
     */
    private volatile Map<String, String> pages;

    RecordHrefs(Site site) {
        this.site = site;
    }

    private Map<String, String> pages() {
        Map<String, String> made = pages;
        if (made == null) {
            synchronized (this) {
                made = pages;
                if (made == null) {
                    made = pagesOf(site);
                    pages = made;
                }
            }
        }
        return made;
    }

    private static Map<String, String> pagesOf(Site site) {
        List<String> targets = targets(site);
        Map<String, String> pages = new HashMap<>(targets.size());
        for (int i = 0; i < targets.size(); i += 2) {
            pages.put(targets.get(i), targets.get(i + 1));
        }
        return pages;
    }

    /**
     * What the links of every record depend on: each record's source file followed by its page, in
     * the site's order. Two sites with equal targets resolve every link alike.
     */
    static List<String> targets(Site site) {
        List<String> targets = new ArrayList<>();
        for (Finding f : site.findings()) {
            targets.add(file(f.origin()));
            targets.add(SitePaths.finding(f));
        }
        targets.addAll(otherTargets(site));
        return targets;
    }

    /** The part of {@link #targets} that is not the findings': categories, notices and pages. */
    static List<String> otherTargets(Site site) {
        List<String> targets = new ArrayList<>();
        for (Category c : site.categories()) {
            targets.add(file(c.origin()));
            targets.add(SitePaths.category(c));
        }
        for (Notice n : site.notices()) {
            targets.add(file(n.origin()));
            targets.add(SitePaths.notice(n));
        }
        for (Page p : site.pages()) {
            targets.add(file(p.origin()));
            targets.add(SitePaths.page(p));
        }
        return targets;
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
            String to = pages().get(t.path());
            if (to == null) {
                if (!t.path().startsWith("assets/")) {
                    return destination;
                }
                to = SitePaths.asset(t.path());
            }
            return SitePaths.encode(SitePaths.relative(page, to) + t.suffix());
        };
    }

    private static String file(Origin origin) {
        return origin.file().toString().replace('\\', '/');
    }
}
