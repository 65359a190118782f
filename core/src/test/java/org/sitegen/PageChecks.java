package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Test helper: parses every page of an output folder and checks what every page must be. */
public final class PageChecks {
    /**
     * Files other stages write (open data, feed, search script); a branch without those stages
     * may link to them before they exist.
     */
    public static final Set<String> WRITTEN_BY_OTHER_STAGES =
            Set.of("data/findings.json", "data/findings.csv", "feed.xml", "assets/search.js");

    private final Path root;
    private final Map<String, Document> pages = new TreeMap<>();

    public PageChecks(Path root) {
        this.root = root;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.toString().endsWith(".html")) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    pages.put(rel, Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8), ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Document> pages() {
        return pages;
    }

    public Document page(String path) {
        Document d = pages.get(path);
        if (d == null) {
            fail("no page " + path + " among " + pages.keySet());
        }
        return d;
    }

    /**
     * Every href, src and form action of every page that is not an absolute http(s)/mailto URL
     * resolves to a file of the output (not a folder), and every #fragment to an id of its page.
     * 404.html resolves against the root, as its {@code <base>} says.
     */
    public void assertEveryInternalLinkResolves() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            String page = e.getKey();
            String dir = page.equals("404.html") || !page.contains("/") ? "" : page.substring(0, page.lastIndexOf('/') + 1);
            for (Element el : e.getValue().select("[href], [src], form[action]")) {
                if (el.tagName().equals("base")) {
                    continue;
                }
                String url = el.hasAttr("href") ? el.attr("href") : el.hasAttr("src") ? el.attr("src") : el.attr("action");
                String scheme = url.matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? url.substring(0, url.indexOf(':')) : null;
                if (scheme != null) {
                    if (!Set.of("http", "https", "mailto").contains(scheme.toLowerCase(Locale.ROOT))) {
                        broken.add(page + ": unsafe link " + url);
                    }
                    continue;
                }
                if (url.startsWith("/")) {
                    broken.add(page + ": root-absolute link " + url);
                    continue;
                }
                String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
                String path = url.replaceAll("[#?].*$", "");
                String target = path.isEmpty() ? page : Path.of(dir + path).normalize().toString().replace('\\', '/');
                if (target.startsWith("..")) {
                    broken.add(page + ": link leaves the site " + url);
                    continue;
                }
                if (!Files.isRegularFile(root.resolve(target))) {
                    if (!WRITTEN_BY_OTHER_STAGES.contains(target) || Files.exists(root.resolve(target))) {
                        broken.add(page + ": " + url + " -> missing " + target);
                    }
                    continue;
                }
                if (!fragment.isEmpty() && target.endsWith(".html")
                        && page(target).getElementById(fragment) == null) {
                    broken.add(page + ": " + url + " -> no id " + fragment + " in " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** No page runs script of its own: only {@code <script src>}, no on* handler, no javascript: URL. */
    public void assertNoInlineScript() {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            for (Element el : e.getValue().getAllElements()) {
                if (el.tagName().equals("script") && (!el.hasAttr("src") || !el.data().isBlank())) {
                    found.add(e.getKey() + ": inline <script>");
                }
                for (Attribute a : el.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                    if (name.startsWith("on")) {
                        found.add(e.getKey() + ": handler " + a);
                    }
                    // a <meta name> holds text for crawlers (e.g. a finding's title), never a URL: no browser
                    // runs or follows it (a <meta http-equiv>, which could, is refused by ScriptAudit)
                    boolean metaText = el.tagName().equals("meta") && name.equals("content") && el.hasAttr("name")
                            && !el.hasAttr("http-equiv");
                    if (name.equals("style") || !metaText && (value.startsWith("javascript:")
                            || value.startsWith("data:text/html") || value.startsWith("vbscript:"))) {
                        found.add(e.getKey() + ": " + a);
                    }
                }
                if (Set.of("iframe", "object", "embed", "style").contains(el.tagName())) {
                    found.add(e.getKey() + ": <" + el.tagName() + ">");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** Each page: doctype, lang, charset, viewport, one h1, landmarks, a skip link, unique ids. */
    public void assertPageStructure(String lang) {
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            String page = e.getKey();
            Document d = e.getValue();
            assertTrue(d.html().length() > 0, page);
            assertEquals(lang, d.selectFirst("html").attr("lang"), page + " lang");
            assertEquals(1, d.select("h1").size(), page + " has one h1");
            assertEquals(1, d.select("meta[charset=utf-8]").size(), page + " charset");
            assertEquals(1, d.select("meta[name=viewport]").size(), page + " viewport");
            assertEquals(1, d.select("header").size(), page + " header");
            assertEquals(1, d.select("main#main").size(), page + " main");
            assertEquals(1, d.select("footer").size(), page + " footer");
            assertTrue(d.select("nav").stream().allMatch(n -> !n.attr("aria-label").isBlank()), page + " navs labelled");
            assertEquals("#main", d.selectFirst("a.skip-link").attr("href"), page + " skip link");
            Set<String> ids = new HashSet<>();
            for (Element el : d.select("[id]")) {
                assertTrue(ids.add(el.id()), page + " repeats id " + el.id());
            }
            for (Element a : d.select("a")) {
                assertTrue(!a.text().isBlank() || !a.select("[aria-label], img[alt]").isEmpty(), page + " empty link " + a);
            }
            for (Element svg : d.select("svg")) {
                assertTrue(svg.hasAttr("aria-label") || "true".equals(svg.attr("aria-hidden")), page + " svg name");
            }
            for (Element th : d.select("table th")) {
                assertTrue(th.hasAttr("scope"), page + " th scope " + th);
            }
            for (Element input : d.select("input:not([type=hidden])")) {
                assertEquals(1, d.select("label[for=" + input.id() + "]").size(), page + " label for " + input.id());
            }
        }
    }

    /** The raw text of a page file, for byte-level assertions. */
    public String source(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
