package org.sitegen.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A static audit of rendered pages for anything that could run script or load from elsewhere:
 * every {@code <script>} is an empty element whose {@code src} is a file under the site's
 * {@code assets/}; no event handler, inline style, {@code srcdoc}, {@code formaction} or {@code
 * xlink:href}; no frame, object, embed, style, template, {@code meta http-equiv}, stylesheet or
 * base other than the site's own; links only http, https, mailto or relative; embedded resources
 * only relative; forms only to the site's search page.
 */
public final class ScriptAudit {
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "style", "template", "portal", "noembed", "xmp", "plaintext", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "poster", "background", "cite",
            "data", "longdesc", "usemap", "icon", "manifest", "ping", "srcset");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private ScriptAudit() {}

    /**
     * Every finding of the audit, as "page: what"; empty when the pages are clean.
     *
     * @param root the output folder
     * @param pages the parsed pages by '/'-separated path
     */
    public static List<String> findings(Path root, Map<String, Document> pages) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            String page = e.getKey();
            String dir = page.contains("/") && !page.equals("404.html") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
            for (Element el : e.getValue().getAllElements()) {
                String tag = el.normalName();
                if (FORBIDDEN_ELEMENTS.contains(tag)) {
                    found.add(page + ": <" + tag + ">");
                }
                if (tag.equals("script")) {
                    String src = el.attr("src");
                    String target = src.isEmpty() || scheme(src) != null || src.startsWith("/") ? null
                            : Path.of(dir + src.replaceAll("[?#].*$", "")).normalize().toString().replace('\\', '/');
                    if (!el.data().isBlank() || target == null || !target.startsWith("assets/")
                            || !Files.isRegularFile(root.resolve(target))) {
                        found.add(page + ": script not one of ours: " + el.outerHtml());
                    }
                }
                if (tag.equals("meta") && el.hasAttr("http-equiv")) {
                    found.add(page + ": " + el.outerHtml());
                }
                if (tag.equals("link") && !Set.of("stylesheet", "alternate", "icon").contains(el.attr("rel"))) {
                    found.add(page + ": " + el.outerHtml());
                }
                if (tag.equals("base") && (!page.equals("404.html") || scheme(el.attr("href")) != null
                        || !el.attr("href").startsWith("/") || el.attr("href").startsWith("//"))) {
                    found.add(page + ": " + el.outerHtml());
                }
                if (tag.equals("form") && !el.attr("action").endsWith("search.html")) {
                    found.add(page + ": form to " + el.attr("action"));
                }
                if (tag.equals("svg") && !el.select("script, foreignObject, a, animate, set").isEmpty()) {
                    found.add(page + ": active svg " + el.outerHtml());
                }
                for (Attribute a : el.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")
                            || name.equals("formaction") || name.contains(":") || name.equals("is")) {
                        found.add(page + ": attribute " + a);
                    }
                    if (URL_ATTRIBUTES.contains(name)) {
                        String scheme = scheme(a.getValue());
                        boolean embedded = !name.equals("href") && !name.equals("cite") && !name.equals("action");
                        if (scheme != null && (embedded || !LINK_SCHEMES.contains(scheme))) {
                            found.add(page + ": " + name + "=" + a.getValue());
                        }
                        if (embedded && (a.getValue().strip().startsWith("//") || a.getValue().strip().startsWith("\\"))) {
                            found.add(page + ": " + name + "=" + a.getValue());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The scheme of a URL as a browser reads it (controls and whitespace dropped), or null. */
    static String scheme(String url) {
        String u = url.replaceAll("[\\x00-\\x20\\x7f]", "");
        int colon = u.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String s = u.substring(0, colon);
        return s.matches("[A-Za-z][A-Za-z0-9+.-]*") ? s.toLowerCase(Locale.ROOT) : null;
    }
}
