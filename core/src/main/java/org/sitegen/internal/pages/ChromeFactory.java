package org.sitegen.internal.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.internal.build.SitePaths;
import org.sitegen.internal.pages.View.Chrome;
import org.sitegen.internal.pages.View.ContactView;
import org.sitegen.internal.pages.View.NavItem;
import org.sitegen.model.Contact;
import org.sitegen.model.Page;
import org.sitegen.model.Site;

/**
 * The parts every page has, around its own content: document title, navigation (made once per
 * root and current entry), issuer, contact and as-of date in the footer, and for 404.html the base
 * its links start at. Made once per render; thread-safe.
 */
final class ChromeFactory {
    private static final String TOP = ViewFactory.TOP;
    private static final String SUB = ViewFactory.SUB;
    private static final String NAV_HOME = ViewFactory.NAV_HOME;
    private static final String NAV_NOTICES = ViewFactory.NAV_NOTICES;
    private static final String NAV_SEARCH = ViewFactory.NAV_SEARCH;

    private final Site site;
    private final PageBundle msg;
    private final String baseHref;
    private final Map<String, List<NavItem>> navs = new HashMap<>();
    private final ContactView contact;
    private final String asOf;
    private final String asOfIso;

    /**
     * @param baseUrl the site's absolute address, or null; only 404.html uses it, since a server
     *     shows that page at any depth
     * @param contact the site's contact, or null when it has none
     */
    ChromeFactory(Site site, PageBundle msg, String baseUrl, ContactView contact) {
        this.site = site;
        this.msg = msg;
        this.baseHref = SitePaths.basePath(baseUrl);
        this.contact = contact;
        List<String> keys = new ArrayList<>(List.of("", NAV_HOME, NAV_NOTICES, NAV_SEARCH));
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
     */
    Chrome chrome(String root, String title, String current) {
        String documentTitle = title == null ? site.title() : msg.format("documentTitle", "page", title, "site",
                site.title());
        boolean home = NAV_HOME.equals(current);
        return new Chrome(msg.lang(), root, documentTitle, site.title(), msg.asMap(), nav(root, current),
                site.issuer(), home ? null : contact, asOf, asOfIso, null);
    }

    /** The chrome of 404.html, which a server shows at any path: its links start at the base. */
    Chrome notFoundChrome() {
        Chrome c = chrome(TOP, msg.get("notFoundHeading"), null);
        return new Chrome(c.lang(), c.root(), c.documentTitle(), c.siteTitle(), c.msg(), c.nav(), c.siteIssuer(),
                c.footerContact(), c.asOf(), c.asOfIso(), baseHref);
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
