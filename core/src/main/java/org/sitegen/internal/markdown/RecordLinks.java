package org.sitegen.internal.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The links of a record's Markdown and where they lead. A record links to another record by its
 * source file ({@code [问题18](../findings/18.md)}) or to a file under {@code assets/}, relative to
 * its own file; the loader checks that such a link leads to something published, and the pages
 * rewrite it to the page's address. Links to other sites are left as they are.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordLinks {
    /** The parser of {@link Markdown}, keeping where each link stands. */
    private static final Parser PARSER = Parser.builder().extensions(Markdown.EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private RecordLinks() {}

    /**
     * A link or image of a text.
     *
     * @param destination its target, as the page would link to it before rewriting
     * @param line the 0-based line of the text it starts on
     * @param column the 0-based column (in characters) it starts at
     * @param image whether it is an image
     */
    public record Found(String destination, int line, int column, boolean image) {}

    /** What a link's target is. */
    public enum Kind {
        /** Another web site: http, https, or a host without a scheme ({@code //host/…}). */
        EXTERNAL,
        /** Nothing to check: an empty target, a place on the same page ({@code #…}), or another scheme (mailto:…). */
        OTHER,
        /** A file of the source folder, relative to the record. */
        LOCAL,
        /** A path from the root of a web server ({@code /…}), which a site under a sub-path breaks. */
        ROOTED,
        /** A relative path that climbs out of the source folder. */
        OUTSIDE
    }

    /**
     * Where a link leads.
     *
     * @param kind what the target is
     * @param path for {@link Kind#LOCAL}, the file relative to the source folder with {@code /}
     *     between folders ({@code findings/18.md}), percent-escapes decoded; else the target as written
     * @param suffix for {@link Kind#LOCAL}, the query and fragment as written ({@code #history}),
     *     else empty
     */
    public record Target(Kind kind, String path, String suffix) {}

    /**
     * Every link and image of a Markdown text, in order, as the pages would show them: unsafe ones
     * (javascript: …) are left out, bare addresses cut to their ASCII part. Fast for a text without
     * any: most records have none.
     */
    public static List<Found> in(String markdown) {
        if (markdown.indexOf('[') < 0 && markdown.indexOf('<') < 0 && !markdown.contains("://")
                && !markdown.contains("www.")) {
            return List.of();
        }
        Node document = PARSER.parse(markdown);
        MarkdownHtml.prepare(document, null);
        List<Found> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                add(link, link.getDestination(), false);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image, image.getDestination(), true);
                visitChildren(image);
            }

            private void add(Node node, String destination, boolean image) {
                List<SourceSpan> spans = node.getSourceSpans();
                Node at = node;
                while (spans.isEmpty() && at.getParent() != null) { // a node made by the autolinker
                    at = at.getParent();
                    spans = at.getSourceSpans();
                }
                int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
                int column = spans.isEmpty() ? 0 : spans.get(0).getColumnIndex();
                out.add(new Found(destination, line, column, image));
            }
        });
        return out;
    }

    /**
     * Where a link of a record leads.
     *
     * @param recordFile the record's file relative to the source folder, {@code /} between folders
     * @param destination the link's target
     */
    public static Target resolve(String recordFile, String destination) {
        String d = destination.strip();
        if (d.isEmpty() || d.startsWith("#")) {
            return new Target(Kind.OTHER, d, "");
        }
        String scheme = UrlPolicy.scheme(d);
        if (scheme != null) {
            return new Target(scheme.equals("http") || scheme.equals("https") ? Kind.EXTERNAL : Kind.OTHER, d, "");
        }
        if (d.startsWith("//") || d.startsWith("\\\\")) {
            return new Target(Kind.EXTERNAL, d, "");
        }
        if (d.startsWith("/") || d.startsWith("\\")) {
            return new Target(Kind.ROOTED, d, "");
        }
        int cut = d.length();
        for (int i = 0; i < d.length(); i++) {
            if (d.charAt(i) == '?' || d.charAt(i) == '#') {
                cut = i;
                break;
            }
        }
        String path = decode(d.substring(0, cut));
        List<String> segments = new ArrayList<>();
        int slash = recordFile.lastIndexOf('/');
        if (slash > 0) {
            segments.addAll(List.of(recordFile.substring(0, slash).split("/")));
        }
        for (String s : path.split("/", -1)) {
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    return new Target(Kind.OUTSIDE, d, "");
                }
                segments.remove(segments.size() - 1);
            } else if (!s.isEmpty() && !s.equals(".")) {
                segments.add(s);
            }
        }
        return new Target(Kind.LOCAL, String.join("/", segments), d.substring(cut));
    }

    /** Undoes percent-escapes (UTF-8); the text as it is when they do not decode. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
