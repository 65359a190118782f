package org.sitegen.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sitegen.internal.text.PlainText;
import org.sitegen.internal.text.Html;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown of the records to safe HTML, in the dialect of {@link Markdown}.
 * Link targets are limited by {@link UrlPolicy}; raw HTML, when a text has any, is cleaned with a
 * jsoup safelist. Headings start at level 2, since every page has its own {@code <h1>}.
 *
 * <p>Immutable and thread-safe: one instance serves a whole render.
 */
public final class MarkdownHtml {
    /** Prefix of heading ids, so that they cannot clash with the ids of the templates. */
    static final String HEADING_ID_PREFIX = Markdown.HEADING_ID_PREFIX;

    private static final Set<String> TAGS = Set.of("a", "abbr", "b", "blockquote", "br", "caption", "cite",
            "code", "col", "colgroup", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
            "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "u", "ul");

    /** Characters that may make Markdown do something: emphasis, links, code, HTML, escapes… */
    private static final String MARKUP = "\\`*_[]!<>&#~|:";

    /** Characters that may open a block when they start a line: lists, quotes, headings, breaks. */
    private static final String BLOCK_START = "-+=>#* ";

    private final HtmlRenderer blockRenderer;
    private final HtmlRenderer inlineRenderer;
    private final TextContentRenderer textRenderer;
    private final Cleaner cleaner;

    public MarkdownHtml() {
        List<Extension> extensions = Markdown.EXTENSIONS;
        UrlSanitizer urls = new PolicySanitizer();
        AttributeProvider cells = (node, tag, attributes) -> tableCell(node, attributes);
        // percentEncodeUrls: a destination with a quote, space or angle bracket is still a valid URL
        this.blockRenderer = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).urlSanitizer(urls)
                .percentEncodeUrls(true).attributeProviderFactory(context -> cells).build();
        this.inlineRenderer = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).urlSanitizer(urls)
                .percentEncodeUrls(true).attributeProviderFactory(context -> cells).omitSingleParagraphP(true).build();
        this.textRenderer = TextContentRenderer.builder().build();
        this.cleaner = new Cleaner(safelist());
    }

    /** A whole text (notice, page, introduction) as HTML blocks. */
    public String block(String markdown) {
        return block(markdown, null);
    }

    /**
     * A whole text as HTML blocks, the targets of its links and images given by {@code hrefs}: a
     * record's link to another record's file becomes a link to that record's page.
     *
     * @param hrefs maps a target as written to the one to link to; null to keep them as written
     */
    public String block(String markdown, UnaryOperator<String> hrefs) {
        String plain = plain(markdown);
        if (plain != null) {
            return plain.isEmpty() ? "" : "<p>" + plain + "</p>\n";
        }
        Node document = Markdown.parse(markdown);
        boolean raw = prepare(document, hrefs);
        return clean(blockRenderer.render(document), raw);
    }

    /**
     * A short text (a measure) as HTML: a single paragraph comes out without its {@code <p>}, so it
     * fits in a list item.
     */
    public String inline(String markdown) {
        return inline(markdown, null);
    }

    /**
     * A short text as HTML, the targets of its links and images given by {@code hrefs}; see
     * {@link #block(String, UnaryOperator)}.
     */
    public String inline(String markdown, UnaryOperator<String> hrefs) {
        String plain = plain(markdown);
        if (plain != null) {
            return plain;
        }
        Node document = Markdown.parse(markdown);
        boolean raw = prepare(document, hrefs);
        return clean(inlineRenderer.render(document).strip(), raw);
    }

    /**
     * The plain text of the first paragraph, cut to at most {@code max} characters (code points)
     * with an ellipsis.
     */
    public String excerpt(String markdown, int max) {
        Node document = Markdown.parse(markdown);
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph) {
                String text = PlainText.oneLine(textRenderer.render(n));
                if (text.codePointCount(0, text.length()) <= max) {
                    return text;
                }
                return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
            }
        }
        return "";
    }

    /**
     * The HTML of a one-line text in which Markdown has nothing to do (no markup character, no
     * URL or address to link, no block marker), or null when the parser is needed. Most measures
     * are such text; skipping the parser for them saves most of a finding page's cost.
     */
    static String plain(String markdown) {
        String text = markdown.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || MARKUP.indexOf(c) >= 0) {
                return null;
            }
        }
        if (!text.isEmpty() && BLOCK_START.indexOf(text.charAt(0)) >= 0 || PlainText.startsWithOrdinal(text)) {
            return null;
        }
        if (text.contains("www.") || text.contains("://") || text.contains("@")) {
            return null;
        }
        return Html.escape(text);
    }

    /**
     * Moves headings down one level when the text uses level 1, drops unsafe links, cuts bare
     * addresses to their ASCII part and gives links their targets; says whether it has raw HTML.
     *
     * @param hrefs the targets of links and images; null to keep them
     */
    static boolean prepare(Node document, UnaryOperator<String> hrefs) {
        Inspector inspector = new Inspector(hrefs);
        document.accept(inspector);
        if (inspector.hasLevelOne) {
            for (Heading h : inspector.headings) {
                h.setLevel(Math.min(6, h.getLevel() + 1));
            }
        }
        for (Node unsafe : inspector.unsafe) {
            unwrap(unsafe);
        }
        for (Link link : inspector.autolinks) {
            trimAutolink(link);
        }
        return inspector.raw;
    }

    /**
     * Keeps a bare address that the autolink extension found to its ASCII part: Chinese text runs
     * on without spaces ({@code 见www.gov.cn。}, {@code 电子邮箱：a@qq.com，}), the extension takes
     * the neighbouring Chinese characters into the address, and the addresses a notice cites are
     * ASCII. The characters around the address go back into the sentence.
     */
    private static void trimAutolink(Link link) {
        Text text = (Text) link.getFirstChild();
        String literal = text.getLiteral();
        String destination = link.getDestination();
        String prefix = destination.substring(0, destination.length() - literal.length());
        boolean mail = prefix.equals("mailto:");
        int anchor = mail ? literal.indexOf('@') : Math.max(0, Math.max(literal.indexOf("://"), literal.indexOf("www.")));
        if (anchor < 0 || literal.charAt(anchor) >= 0x80) {
            unwrap(link);
            return;
        }
        int from = anchor;
        while (from > 0 && literal.charAt(from - 1) < 0x80) {
            from--;
        }
        int to = anchor;
        while (to < literal.length() && literal.charAt(to) < 0x80) {
            to++;
        }
        if (from == 0 && to == literal.length()) {
            return;
        }
        String address = literal.substring(from, to);
        if (mail && (address.startsWith("@") || address.endsWith("@") || !address.contains("."))) {
            unwrap(link);
            return;
        }
        if (from > 0) {
            link.insertBefore(new Text(literal.substring(0, from)));
        }
        if (to < literal.length()) {
            link.insertAfter(new Text(literal.substring(to)));
        }
        text.setLiteral(address);
        link.setDestination(prefix + address);
    }

    /** Replaces a link or image by its content (the link text, the image's alt text). */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private String clean(String html, boolean raw) {
        if (!raw) {
            return html;
        }
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
            }
            if (e.hasAttr("cite") && !UrlPolicy.isSafeLink(e.attr("cite"))) {
                e.removeAttr("cite");
            }
            if (e.hasAttr("src") && !UrlPolicy.isSafeResource(e.attr("src"))) {
                e.removeAttr("src");
            }
            if (e.hasAttr("id") && !e.attr("id").startsWith(HEADING_ID_PREFIX)) {
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

    private static void tableCell(Node node, Map<String, String> attributes) {
        if (node instanceof TableCell cell) {
            String align = attributes.remove("align");
            if (align != null) {
                attributes.put("class", "align-" + align);
            }
            if (cell.isHeader()) {
                attributes.put("scope", "col");
            }
        }
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

    /** Finds headings and raw HTML. */
    private static final class Inspector extends AbstractVisitor {
        private final UnaryOperator<String> hrefs;
        final List<Heading> headings = new ArrayList<>();
        boolean hasLevelOne;
        final List<Node> unsafe = new ArrayList<>();
        final List<Link> autolinks = new ArrayList<>();
        boolean raw;

        Inspector(UnaryOperator<String> hrefs) {
            this.hrefs = hrefs;
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            String target = hrefs == null ? destination : hrefs.apply(destination);
            if (!UrlPolicy.isSafeLink(destination)) {
                unsafe.add(link);
            } else if (!target.equals(destination)) {
                link.setDestination(target);
            } else if (isBare(link)) {
                autolinks.add(link);
            }
            visitChildren(link);
        }

        /** Whether the link is an address written out in the text, as the autolink extension makes. */
        private static boolean isBare(Link link) {
            Node child = link.getFirstChild();
            if (!(child instanceof Text t) || child.getNext() != null) {
                return false;
            }
            String d = link.getDestination();
            String l = t.getLiteral();
            return d.endsWith(l) && (d.equals(l) || d.equals("http://" + l) || d.equals("mailto:" + l));
        }

        @Override
        public void visit(Image image) {
            if (!UrlPolicy.isSafeResource(image.getDestination())) {
                unsafe.add(image);
            } else if (hrefs != null) {
                image.setDestination(hrefs.apply(image.getDestination()));
            }
            visitChildren(image);
        }

        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            hasLevelOne |= heading.getLevel() == 1;
            visitChildren(heading);
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            raw = true;
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            raw = true;
        }
    }

    /** Applies {@link UrlPolicy} to the links and images of Markdown. */
    private static final class PolicySanitizer implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return UrlPolicy.isSafeLink(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return UrlPolicy.isSafeResource(url) ? url : "";
        }
    }
}
