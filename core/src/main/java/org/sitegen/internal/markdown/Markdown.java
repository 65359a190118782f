package org.sitegen.internal.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.sitegen.internal.text.PlainText;

/**
 * The Markdown dialect of the records, configured once: CommonMark with tables, autolinks and
 * heading anchors. Pages ({@link MarkdownHtml}), the search index and the feed all read a text
 * with the same parser, so what a page shows, what search finds and what the feed summarises
 * come from the same document. Also the plain text of a Markdown text, as search and feed take it.
 *
 * <p>Stateless and thread-safe.
 */
public final class Markdown {
    /** Prefix of heading ids, so that they cannot clash with the ids of the templates. */
    public static final String HEADING_ID_PREFIX = "sec-";

    /** The extensions of the dialect, for the parser and every renderer. */
    static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            AutolinkExtension.create(),
            HeadingAnchorExtension.builder().idPrefix(HEADING_ID_PREFIX).defaultId("section").build());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer ONE_LINE_TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).stripNewlines(true).build();
    /** Characters without which a text is plain: no emphasis, link, code, HTML, table or escape. */
    private static final String MARKUP = "*_`[]<>#!\\|~&";

    private Markdown() {}

    /** Parses a text; thread-safe. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The text without its markup, on one line: for the search index. */
    public static String plainText(String markdown) {
        String s = markdown;
        for (int i = 0; i < MARKUP.length(); i++) {
            if (markdown.indexOf(MARKUP.charAt(i)) >= 0) {
                s = ONE_LINE_TEXT.render(parse(markdown));
                break;
            }
        }
        return PlainText.oneLine(s);
    }

    /**
     * The plain text of the first paragraph anywhere in a text (inside a list or quote too),
     * whitespace collapsed, cut at {@code max} characters with an ellipsis; empty when there is no
     * paragraph. Raw HTML is left out. For the feed's summaries.
     */
    public static String firstParagraph(String markdown, int max) {
        Node document = parse(markdown);
        Paragraph[] found = new Paragraph[1];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (found[0] == null) {
                    found[0] = paragraph;
                }
            }
        });
        if (found[0] == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        found[0].accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append(' ');
            }
        });
        String s = PlainText.oneLine(sb.toString());
        if (s.codePointCount(0, s.length()) > max) {
            s = s.substring(0, s.offsetByCodePoints(0, max)).strip() + "…";
        }
        return s;
    }
}
