package org.sitegen.internal.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.pages.ChromeFactory.PageFacts;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Notice;
import org.sitegen.model.Page;
import org.sitegen.model.Site;
import org.sitegen.model.Status;

/**
 * What each page tells crawlers and the government portal's census (its {@link PageFacts}: column,
 * column type, article title, description, source, keyword), and its date: the newest change of
 * what it lists, else the site's as-of date. Made once per render, beside {@link ViewFactory};
 * thread-safe.
 */
final class PageFactsFactory {
    private final ViewFactory views;
    private final Site site;
    private final PageBundle msg;
    /**
     * The newest history date of the findings of a category, a status, an inspection, found when
     * first asked for (a live plan asks for each; a full build's pages one at a time, in parallel).
     */
    private final Map<Category, Optional<LocalDate>> categoryDates = new ConcurrentHashMap<>();
    private final Map<Status, Optional<LocalDate>> statusDates = new ConcurrentHashMap<>();
    private final Map<Inspection, Optional<LocalDate>> inspectionDates = new ConcurrentHashMap<>();
    /** The newest history date of any finding; null when none has one, or not looked for yet. */
    private volatile Optional<LocalDate> findingsDate;
    /** The newest publication date of a notice; null when there is none. */
    private final LocalDate noticesDate;

    /** The newest history date of a named list of findings; null when none has one. */
    private final BiFunction<String, List<Finding>, LocalDate> dates;

    PageFactsFactory(ViewFactory views) {
        this(views, (name, findings) -> newest(findings));
    }

    /**
     * @param dates finds the newest history date of a list of findings, named by what it is the
     *     findings of ({@code c:}, {@code s:} or {@code i:} and an id or code, or {@code all})
     */
    PageFactsFactory(ViewFactory views, BiFunction<String, List<Finding>, LocalDate> dates) {
        this.dates = dates;
        this.views = views;
        this.site = views.site();
        this.msg = views.messages();
        LocalDate published = null;
        for (Notice n : site.notices()) {
            published = later(published, n.publicationDate());
        }
        this.noticesDate = published;
    }

    /** The newest history date of these findings; null when none has one. */
    private static LocalDate newest(List<Finding> findings) {
        LocalDate newest = null;
        for (Finding f : findings) {
            LocalDate d = ViewFactory.changed(f);
            if (d != null) {
                newest = later(newest, d);
            }
        }
        return newest;
    }

    private LocalDate categoryDate(Category c) {
        return categoryDates.computeIfAbsent(c, x -> Optional.ofNullable(dates.apply("c:" + x.id(), site.findingsIn(x)))).orElse(null);
    }

    private LocalDate statusDate(Status s) {
        return statusDates.computeIfAbsent(s, x -> Optional.ofNullable(dates.apply("s:" + x.code(), site.findingsWith(x)))).orElse(null);
    }

    private LocalDate inspectionDate(Inspection i) {
        return inspectionDates.computeIfAbsent(i, x -> Optional.ofNullable(dates.apply("i:" + x.id(), site.findingsOf(x)))).orElse(null);
    }

    private LocalDate findingsDate() {
        Optional<LocalDate> d = findingsDate;
        if (d == null) {
            d = Optional.ofNullable(dates.apply("all", site.findings()));
            findingsDate = d;
        }
        return d.orElse(null);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private LocalDate orAsOf(LocalDate d) {
        return d != null ? d : site.asOf();
    }

    PageFacts home() {
        return column(SitePaths.INDEX, "home", site.asOf());
    }

    PageFacts of(Finding f) {
        return new PageFacts(SitePaths.finding(f), msg.get("column.findings"), msg.get("columnType.findings"),
                f.title(), orAsOf(ViewFactory.changed(f)),
                msg.format("findingDescription", "number", f.number(), "title", f.title(), "status",
                        views.badges().badge(f.status(), f.inspection()).label()),
                null, f.category().title());
    }

    PageFacts of(Category c) {
        return column(SitePaths.category(c), "findings", orAsOf(categoryDate(c)));
    }

    PageFacts of(Status s, int page) {
        return column(SitePaths.status(s, page), "findings", orAsOf(statusDate(s)));
    }

    PageFacts notices() {
        return column(SitePaths.NOTICES, "notices", orAsOf(noticesDate));
    }

    PageFacts of(Notice n) {
        return new PageFacts(SitePaths.notice(n), msg.get("column.notices"), msg.get("columnType.notices"), n.title(),
                n.publicationDate(), views.excerpt(n), n.disclosure().publisher(), n.disclosure().subject());
    }

    PageFacts of(Page p) {
        return new PageFacts(SitePaths.page(p), p.title(), msg.get("columnType.other"), null, site.asOf(), null, null,
                null);
    }

    PageFacts search() {
        return column(SitePaths.SEARCH, "search", site.asOf());
    }

    PageFacts of(Inspection i) {
        return column(SitePaths.inspection(i), "findings", orAsOf(inspectionDate(i)));
    }

    /** @param inspection the inspection, or null for the site's ledger */
    PageFacts ledger(Inspection inspection, int page) {
        return inspection == null
                ? column(SitePaths.ledger(page), "ledger", orAsOf(findingsDate()))
                : column(SitePaths.ledger(inspection, page), "ledger", orAsOf(inspectionDate(inspection)));
    }

    /** The facts of 404.html, which a server shows in place of any page. */
    PageFacts notFound() {
        return new PageFacts(null, msg.get("column.other"), msg.get("columnType.other"), null, site.asOf(), null,
                null, null);
    }

    private PageFacts column(String path, String column, LocalDate date) {
        return new PageFacts(path, msg.get("column." + column), msg.get("columnType." + column), null, date, null,
                null, null);
    }
}
