package org.sitegen.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Markdown of the records to safe HTML, in the dialect of {@link Markdown}.
 * Link targets are limited by {@link UrlPolicy}; raw HTML, when a text has any, is cleaned with a
 * jsoup safelist ({@link RawHtml}). Headings start at level 2, since every page has its own {@code <h1>}.
 *
 * <p>Immutable and thread-safe: one instance serves a whole render.
 */
public final class MarkdownHtml {
    /** Prefix of heading ids, so that they cannot clash with the ids of the templates. */
    static final String HEADING_ID_PREFIX = Markdown.HEADING_ID_PREFIX;

    /** Characters that may make Markdown do something: emphasis, links, code, HTML, escapes… */
    private static final String MARKUP = "\\`*_[]!<>&#~|:";

    /** Characters that may open a block when they start a line: lists, quotes, headings, breaks. */
    private static final String BLOCK_START = "-+=>#* ";

    private final HtmlRenderer blockRenderer;
    private final HtmlRenderer inlineRenderer;
    private final TextContentRenderer textRenderer;
    private final RawHtml rawHtml;

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
        this.rawHtml = new RawHtml();
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
        return clean(blockRenderer.render(document), raw, hrefs);
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
        return clean(inlineRenderer.render(document).strip(), raw, hrefs);
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

    /** The HTML as rendered, or, when the text has raw HTML, cleaned ({@link RawHtml}). */
    private String clean(String html, boolean raw, UnaryOperator<String> hrefs) {
        return raw ? rawHtml.clean(html, hrefs) : html;
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
