package org.sitegen.internal.markdown;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The raw HTML a record's Markdown may hold, made safe: the HTML {@link MarkdownHtml} renders from
 * such a text goes through a jsoup safelist of the tags and attributes a record may use, its
 * targets through {@link UrlPolicy}.
 *
 * <p>Immutable and thread-safe.
 */
final class RawHtml {
    private static final Set<String> TAGS = Set.of("a", "abbr", "b", "blockquote", "br", "caption", "cite",
            "code", "col", "colgroup", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
            "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "u", "ul");

    private final Cleaner cleaner = new Cleaner(safelist());

    /**
     * Cleans the HTML rendered from a text that has raw HTML: keeps only the safelist's tags and
     * attributes, drops unsafe targets and ids the templates could clash with, and mends what the
     * safelist would leave invalid.
     *
     * @param hrefs the targets of the links and images of raw HTML. Markdown's own, given theirs in
     *     {@link MarkdownHtml#prepare}, pass through it again unchanged: a target it gives is a
     *     page's ({@code .html}, no record's file) or a published file, which leads to itself
     */
    String clean(String html, UnaryOperator<String> hrefs) {
        Document dirty = Jsoup.parseBodyFragment(html, "");
        // The cleaner copies what it keeps without the parser's nesting rules: a paragraph could end
        // up holding a paragraph, which a browser (and the HTML checker) reads differently. Parsing
        // the cleaned HTML again, as a browser would, and cleaning that gives a tree that reads back
        // as written.
        Document once = cleaner.clean(dirty);
        once.outputSettings().prettyPrint(false);
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(once.body().html(), ""));
        clean.outputSettings().prettyPrint(false);
        for (Element e : clean.body().getAllElements()) {
            if (e.hasAttr("href") && !UrlPolicy.isSafeLink(e.attr("href"))) {
                e.removeAttr("href");
            } else if (e.hasAttr("href") && hrefs != null) {
                e.attr("href", hrefs.apply(e.attr("href")));
            }
            if (e.hasAttr("cite") && !UrlPolicy.isSafeLink(e.attr("cite"))) {
                e.removeAttr("cite");
            }
            if (e.hasAttr("src") && !UrlPolicy.isSafeResource(e.attr("src"))) {
                e.removeAttr("src");
            } else if (e.hasAttr("src") && hrefs != null) {
                e.attr("src", hrefs.apply(e.attr("src")));
            }
            if (e.hasAttr("id") && !e.attr("id").startsWith(MarkdownHtml.HEADING_ID_PREFIX)) {
                e.removeAttr("id");
            }
            if (e.nameIs("h1")) {
                e.tagName("h2");
            }
        }
        clean.body().select("img:not([src])").remove();
        // what the safelist lets through must still be valid HTML: an image has an alt text (empty:
        // the record gave none), a disclosure widget its summary
        for (Element img : clean.body().select("img:not([alt])")) {
            img.attr("alt", "");
        }
        for (Element details : clean.body().select("details")) {
            if (details.children().isEmpty() || !details.child(0).nameIs("summary")) {
                details.unwrap();
            }
        }
        for (Element summary : clean.body().select("summary")) {
            Element parent = summary.parent();
            if (parent == null || !parent.nameIs("details") || parent.child(0) != summary) {
                summary.unwrap();
            }
        }
        return clean.body().html();
    }

    private static Safelist safelist() {
        Safelist s = new Safelist().addTags(TAGS.toArray(String[]::new));
        s.addAttributes("a", "href", "title");
        s.addAttributes("img", "src", "alt", "title", "width", "height");
        s.addAttributes("blockquote", "cite");
        s.addAttributes("q", "cite");
        s.addAttributes("abbr", "title");
        s.addAttributes("time", "datetime");
        s.addAttributes("ol", "start", "reversed", "type");
        s.addAttributes("code", "class");
        s.addAttributes("col", "span");
        s.addAttributes("colgroup", "span");
        s.addAttributes("td", "colspan", "rowspan", "class");
        s.addAttributes("th", "colspan", "rowspan", "class", "scope");
        for (String h : List.of("h1", "h2", "h3", "h4", "h5", "h6")) {
            s.addAttributes(h, "id");
        }
        return s;
    }
}
