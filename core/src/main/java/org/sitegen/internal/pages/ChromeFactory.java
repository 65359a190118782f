package org.sitegen.internal.pages;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.pages.View.Chrome;
import org.sitegen.internal.pages.View.ContactView;
import org.sitegen.internal.pages.View.IdentityView;
import org.sitegen.internal.pages.View.Meta;
import org.sitegen.internal.pages.View.NavItem;
import org.sitegen.model.Contact;
import org.sitegen.model.Page;
import org.sitegen.model.Site;
import org.sitegen.model.SiteIdentity;

/**
 * The parts every page has, around its own content: document title, the government meta set,
 * navigation (made once per root and current entry), the identity footer, issuer, contact, as-of
 * date and the page's own date, and for 404.html the base its links start at. Made once per
 * render; thread-safe.
 */
final class ChromeFactory {
    private static final String TOP = ViewFactory.TOP;
    private static final String SUB = ViewFactory.SUB;
    private static final String NAV_HOME = ViewFactory.NAV_HOME;
    private static final String NAV_LEDGER = ViewFactory.NAV_LEDGER;
    private static final String NAV_NOTICES = ViewFactory.NAV_NOTICES;
    private static final String NAV_SEARCH = ViewFactory.NAV_SEARCH;
    /** The ICP record system every ICP number links to. */
    static final String ICP_HREF = "https://beian.miit.gov.cn/";
    /** The record of a 公安机关备案号 at the 全国互联网安全管理服务平台, the digits appended. */
    static final String PUBLIC_SECURITY_HREF = "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=";
    /** The image formats an office may put in place of a placeholder, in the order they are looked for. */
    private static final List<String> IMAGE_TYPES = List.of("png", "gif", "jpg", "svg");

    /**
     * What a page tells crawlers about itself (the meta set of government websites) and the date it
     * shows as last changed; absent parts are null.
     *
     * @param path the page's path from the site's root, for {@code Url}; null for none (404.html)
     * @param columnName the section of the site the page is in ({@code ColumnName})
     * @param columnType the kind of that section ({@code ColumnType})
     * @param articleTitle the title of the finding or notice the page is ({@code ArticleTitle})
     * @param date the day the page last changed ({@code PubDate}, and shown on the page)
     * @param description the page's own summary ({@code Description}); null for the site's
     * @param contentSource who the content comes from ({@code ContentSource}); null for the site's
     * @param keyword a keyword of the page's own, added to the site's ({@code Keywords})
     */
    record PageFacts(String path, String columnName, String columnType, String articleTitle, LocalDate date,
            String description, String contentSource, String keyword) {}

    private final Site site;
    private final PageBundle msg;
    private final String baseUrl;
    private final String baseHref;
    private final Map<String, List<NavItem>> navs = new HashMap<>();
    private final ContactView contact;
    private final String asOf;
    private final String asOfIso;
    private final IdentityView identity;
    private final String domain;
    private final String source;
    private final String keywords;

    /**
     * @param baseUrl the site's absolute address, or null; 404.html's base and the pages' {@code
     *     Url} and {@code SiteDomain} meta use it
     * @param contact the site's contact, or null when it has none
     */
    ChromeFactory(Site site, PageBundle msg, String baseUrl, ContactView contact) {
        this.site = site;
        this.msg = msg;
        this.baseUrl = baseUrl;
        this.baseHref = SitePaths.basePath(baseUrl);
        this.contact = contact;
        List<String> keys = new ArrayList<>(List.of("", NAV_HOME, NAV_LEDGER, NAV_NOTICES, NAV_SEARCH));
        for (Page p : site.pages()) {
            keys.add(pageNavKey(p));
        }
        for (String root : List.of(TOP, SUB)) {
            for (String key : keys) {
                navs.put(root + "|" + key, buildNav(root, key));
            }
        }
        this.asOf = site.asOf() == null ? null : msg.date(site.asOf());
        this.asOfIso = site.asOf() == null ? null : site.asOf().toString();
        SiteIdentity id = site.identity();
        this.identity = identity(site, id);
        this.domain = id.domain() != null ? id.domain() : host(baseUrl);
        this.source = id.sponsor() != null ? id.sponsor() : site.issuer();
        this.keywords = id.keywords().isEmpty() ? null : String.join(",", id.keywords());
    }

    /** The contact of a site as pages show it, or null when it has none. */
    static ContactView contact(Site site) {
        Contact c = site.contact();
        return c.isEmpty() ? null : ContactView.of(c.phone(), c.address(), c.postcode(), c.email());
    }

    /**
     * The chrome of a page.
     *
     * @param root {@link SitePaths#TOP} or {@link SitePaths#UP}
     * @param title the page's own title; null for the home page
     * @param current the key of the navigation entry this page is, or null
     * @param facts what the page tells crawlers, and its date
     */
    Chrome chrome(String root, String title, String current, PageFacts facts) {
        String documentTitle = title == null ? site.title() : msg.format("documentTitle", "page", title, "site",
                site.title());
        boolean home = NAV_HOME.equals(current);
        LocalDate date = facts.date();
        return new Chrome(msg.lang(), root, documentTitle, site.title(), msg.asMap(), nav(root, current),
                site.issuer(), home ? null : contact, asOf, asOfIso, null, meta(facts),
                date == null ? null : msg.date(date), date == null ? null : date.toString(), identity);
    }

    /** The chrome of 404.html, which a server shows at any path: its links start at the base. */
    Chrome notFoundChrome(PageFacts facts) {
        Chrome c = chrome(TOP, msg.get("notFoundHeading"), null, facts);
        return new Chrome(c.lang(), c.root(), c.documentTitle(), c.siteTitle(), c.msg(), c.nav(), c.siteIssuer(),
                c.footerContact(), c.asOf(), c.asOfIso(), baseHref, c.meta(), c.pageDate(), c.pageDateIso(),
                c.identity());
    }

    /**
     * The government meta set of a page, in this order: {@code SiteName}, {@code SiteDomain},
     * {@code SiteIDCode}, {@code ColumnName}, {@code ColumnType}, {@code ArticleTitle}, {@code
     * PubDate}, {@code ContentSource}, {@code Keywords}, {@code Description}, {@code Url}; each only
     * when it has a value.
     */
    private List<Meta> meta(PageFacts facts) {
        List<Meta> meta = new ArrayList<>(11);
        add(meta, "SiteName", site.title());
        add(meta, "SiteDomain", domain);
        add(meta, "SiteIDCode", site.identity().siteCode());
        add(meta, "ColumnName", facts.columnName());
        add(meta, "ColumnType", facts.columnType());
        add(meta, "ArticleTitle", facts.articleTitle());
        add(meta, "PubDate", facts.date() == null ? null : facts.date() + " 00:00");
        add(meta, "ContentSource", facts.contentSource() != null ? facts.contentSource() : source);
        String words = facts.keyword() == null ? keywords
                : keywords == null ? facts.keyword() : keywords + "," + facts.keyword();
        add(meta, "Keywords", words);
        add(meta, "Description", facts.description() != null ? facts.description() : site.identity().description());
        if (baseUrl != null && facts.path() != null) {
            add(meta, "Url", baseUrl + SitePaths.encode(facts.path().equals(SitePaths.INDEX) ? "" : facts.path()));
        }
        return meta;
    }

    private static void add(List<Meta> meta, String name, String content) {
        if (content != null && !content.isBlank()) {
            meta.add(new Meta(name, content));
        }
    }

    /** The host of an absolute URL, without user or port; null for null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        int start = url.indexOf("://");
        if (start < 0) {
            return null;
        }
        String authority = url.substring(start + 3).replaceAll("[/?#].*$", "");
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            authority = authority.substring(0, colon);
        }
        return authority.isEmpty() ? null : authority.toLowerCase(Locale.ROOT);
    }

    /** The identity footer; null when the site gives none of its items. */
    private static IdentityView identity(Site site, SiteIdentity id) {
        if (id.sponsor() == null && id.siteCode() == null && id.icp() == null && id.publicSecurity() == null
                && id.conacUrl() == null && id.errorReportUrl() == null) {
            return null;
        }
        String organizer = id.organizer() != null && !id.organizer().equals(id.sponsor()) ? id.organizer() : null;
        String digits = id.publicSecurityDigits();
        return new IdentityView(id.sponsor(), organizer, id.siteCode(), id.icp(), id.icp() == null ? null : ICP_HREF,
                id.publicSecurity(), digits == null ? null : PUBLIC_SECURITY_HREF + digits,
                id.publicSecurity() == null ? null : image(site, "gongan"),
                id.conacUrl() != null || id.errorReportUrl() != null,
                id.conacUrl(), id.conacUrl() == null ? null : image(site, "conac"),
                id.errorReportUrl(), id.errorReportUrl() == null ? null : image(site, "jiucuo"));
    }

    /**
     * The path of an identity image: the office's own official image when its {@code assets/gov/}
     * has one of that name ({@code conac.png}…), else the built-in placeholder ({@code conac.svg}).
     */
    private static String image(Site site, String name) {
        Path source = site.sourceDirectory();
        if (source != null) {
            for (String type : IMAGE_TYPES) {
                String path = SitePaths.identityImage(name, type);
                if (Files.isRegularFile(source.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                    return path;
                }
            }
        }
        return SitePaths.identityImage(name, "svg");
    }

    private List<NavItem> nav(String root, String current) {
        List<NavItem> nav = navs.get(root + "|" + (current == null ? "" : current));
        if (nav == null) {
            throw new IllegalArgumentException("no navigation for root '" + root + "' and entry '" + current + "'");
        }
        return nav;
    }

    private List<NavItem> buildNav(String root, String current) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem(root + SitePaths.INDEX, msg.get("navHome"), NAV_HOME.equals(current)));
        items.add(new NavItem(root + "index.html#categories", msg.get("navFindings"), false));
        items.add(new NavItem(root + SitePaths.LEDGER, msg.get("navLedger"), NAV_LEDGER.equals(current)));
        items.add(new NavItem(root + SitePaths.NOTICES, msg.get("navNotices"), NAV_NOTICES.equals(current)));
        items.add(new NavItem(root + SitePaths.SEARCH, msg.get("navSearch"), NAV_SEARCH.equals(current)));
        for (Page p : site.pages()) {
            items.add(new NavItem(root + SitePaths.page(p), p.title(), pageNavKey(p).equals(current)));
        }
        return List.copyOf(items);
    }

    static String pageNavKey(Page p) {
        return "page:" + p.id();
    }
}
