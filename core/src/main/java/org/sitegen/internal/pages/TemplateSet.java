package org.sitegen.internal.pages;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compiled templates of one render: the built-in ones of {@code org/sitegen/templates/},
 * each replaced by a file of the same name in the site's {@code templates/} folder when there is
 * one. Values are HTML-escaped ({@code {{{…}}}} writes HTML the renderer made safe); a name a
 * template uses but the page does not have is an error, not an empty string.
 *
 * <p>Immutable and thread-safe once made: pages may be rendered from several threads.
 */
final class TemplateSet {
    /** Where the built-in templates are on the class path. */
    static final String BUILT_IN = "/org/sitegen/templates/";

    /** Every template name, pages and partials, without {@code .mustache}. */
    static final Set<String> NAMES = Set.of("index", "finding", "category", "status", "notices", "notice",
            "page", "search", "404", "header", "footer", "contact", "status-badge", "finding-item", "breadcrumb",
            "ledger", "care", "identity", "disclosure", "print-button");

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.mustache");

    /** The kinds of page, each with its template. */
    enum PageTemplate {
        INDEX("index"),
        FINDING("finding"),
        CATEGORY("category"),
        STATUS("status"),
        NOTICES("notices"),
        NOTICE("notice"),
        PAGE("page"),
        SEARCH("search"),
        LEDGER("ledger"),
        NOT_FOUND("404");

        final String fileName;

        PageTemplate(String name) {
            this.fileName = name + ".mustache";
        }
    }

    private final Map<PageTemplate, Mustache> compiled;
    private final Path overrides;
    /** The UTF-8 of each text between the tags of the templates, as the engine writes it. */
    private final Map<String, byte[]> texts;

    private TemplateSet(Map<PageTemplate, Mustache> compiled, Path overrides, Map<String, byte[]> texts) {
        this.compiled = compiled;
        this.texts = texts;
        this.overrides = overrides;
    }

    /**
     * Compiles every page template with its partials.
     *
     * @param overrides the site's {@code templates/} folder; may be null or missing
     * @throws TemplateFailure if a template does not compile
     */
    static TemplateSet compile(Path overrides) {
        return compile(overrides, Map.of());
    }

    /**
     * Compiles every page template with its partials, writing {@code {{msg.key}}} as the text of
     * the key in {@code messages} (escaped unless triple-braced) as if the template said it.
     *
     * <p>Why: the interface texts are the same on every page, yet the engine looked each one up,
     * through the page's scopes and then the map, by reflection and guards; a finding page has
     * about 27 of them, which cost a third of its rendering. It writes the same: the pages' values
     * have {@code msg} only in {@link View.Chrome}, whose {@code msg} must be these messages. A
     * key the messages do not have is left to the engine, which reports it as usual.
     *
     * @param messages the texts {@code {{msg.key}}} stands for in every page's chrome
     * @throws TemplateFailure if a template does not compile
     */
    static TemplateSet compile(Path overrides, Map<String, String> messages) {
        Path dir = overrides != null && Files.isDirectory(overrides) ? overrides : null;
        Factory factory = new Factory(new Resolver(dir), messages);
        factory.setObjectHandler(new StrictObjectHandler());
        Map<PageTemplate, Mustache> map = new EnumMap<>(PageTemplate.class);
        for (PageTemplate t : PageTemplate.values()) {
            try {
                map.put(t, factory.compile(t.fileName));
            } catch (MustacheException | UncheckedIOException e) {
                throw translate(e, t.fileName, dir);
            }
        }
        return new TemplateSet(Collections.unmodifiableMap(map), dir, factory.texts());
    }

    /**
     * The files of a site's {@code templates/} folder that replace no template, e.g. a misspelt
     * name; sorted.
     */
    static List<String> unknownOverrides(Path overrides) throws IOException {
        if (overrides == null || !Files.isDirectory(overrides)) {
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.list(overrides)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".mustache") || !NAMES.contains(name.substring(0, name.length() - 9))) {
                    unknown.add(name);
                }
            }
        }
        Collections.sort(unknown);
        return unknown;
    }

    /**
     * Renders a page as text.
     *
     * @param scopes the values the template sees, the last one first (e.g. the common chrome, then
     *     the page's own view)
     * @throws TemplateFailure if the template uses a name the values do not have
     */
    String render(PageTemplate template, Object... scopes) {
        return new String(write(template, scopes).toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * Renders a page as UTF-8, the bytes {@code render(…).getBytes(UTF_8)} would give, encoded as
     * the template writes them: no text copy of the page is made.
     *
     * @return the page's bytes, in order, in buffers nothing else holds
     * @throws TemplateFailure if the template uses a name the values do not have
     */
    List<ByteBuffer> renderUtf8(PageTemplate template, Object... scopes) {
        return write(template, scopes).toByteBuffers();
    }

    private PageWriter write(PageTemplate template, Object... scopes) {
        PageWriter out = new PageWriter(texts);
        try {
            compiled.get(template).execute(out, scopes);
        } catch (MustacheException e) {
            throw translate(e, template.fileName, overrides);
        }
        return out;
    }

    /** The engine's exception as a {@link TemplateFailure} naming the template and line. */
    static TemplateFailure translate(RuntimeException e, String fallbackName, Path overrides) {
        TemplateContext context = null;
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MustacheException me && me.getContext() != null) {
                context = me.getContext();
            }
            if (t instanceof Missing m) {
                message = m.describe();
            }
            if (t.getCause() == null && message == null) {
                message = t.getMessage();
            }
        }
        String name = context != null && context.file() != null ? context.file() : fallbackName;
        int line = context != null ? context.line() : 0;
        if (message == null) {
            message = e.toString();
        }
        message = message.replaceAll("\\s*@\\[[^\\]]*\\]", "");
        if (overrides != null && Files.isRegularFile(overrides.resolve(name))) {
            message += " (in the site's own templates/" + name + ")";
        }
        return new TemplateFailure(name, line, message, e);
    }

    /**
     * The engine's factory, noting the texts between the tags as it compiles them: the engine writes
     * each as one string, whose UTF-8 a {@link PageWriter} then copies instead of encoding it on
     * every page (most of a page is such text).
     */
    private static final class Factory extends DefaultMustacheFactory {
        private static final String MSG = "msg.";

        private final Map<String, byte[]> texts = new HashMap<>();
        private final Map<String, String> messages;

        Factory(MustacheResolver resolver, Map<String, String> messages) {
            super(resolver);
            this.messages = messages;
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
                @Override
                public void value(TemplateContext tc, String variable, boolean encoded) {
                    String text = variable.startsWith(MSG) ? messages.get(variable.substring(MSG.length())) : null;
                    if (text == null) {
                        super.value(tc, variable, encoded);
                    } else if (encoded) {
                        StringWriter escaped = new StringWriter();
                        encode(text, escaped);
                        write(tc, escaped.toString());
                    } else {
                        write(tc, text);
                    }
                }
            };
        }

        @Override
        public String filterText(String appended, boolean startOfLine) {
            String text = super.filterText(appended, startOfLine);
            // a text with a surrogate is left to the writer, which pairs surrogates across writes
            if (text != null && text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                synchronized (texts) {
                    texts.put(text, text.getBytes(StandardCharsets.UTF_8));
                }
            }
            return text;
        }

        /** The texts noted so far, with their UTF-8. */
        Map<String, byte[]> texts() {
            synchronized (texts) {
                // a HashMap finds a text by reference before comparing characters
                return Collections.unmodifiableMap(new HashMap<>(texts));
            }
        }
    }

    /** Reads a template from the site's folder when it has one of that name, else the class path. */
    private static final class Resolver implements MustacheResolver {
        private final Path overrides;

        Resolver(Path overrides) {
            this.overrides = overrides;
        }

        @Override
        public Reader getReader(String name) {
            if (!NAME.matcher(name).matches()) {
                return null;
            }
            try {
                if (overrides != null) {
                    Path file = overrides.resolve(name);
                    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        return new StringReader(text(Files.readAllBytes(file)));
                    }
                }
                try (InputStream in = TemplateSet.class.getResourceAsStream(BUILT_IN + name)) {
                    return in == null ? null : new StringReader(text(in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + name, e);
            }
        }

        private static String text(byte[] bytes) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
    }

    /** Finds values by reflection like the default, but fails on a name the values do not have. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            return new GuardedBinding(this, name, tc, code) {
                @Override
                protected synchronized Wrapper getWrapper(String n, List<Object> scopes) {
                    Wrapper wrapper = super.getWrapper(n, scopes);
                    if (wrapper instanceof MissingWrapper && !(code instanceof PartialCode)) {
                        throw new Missing(n, tc);
                    }
                    return wrapper;
                }
            };
        }
    }

    /** A name a template uses that its values do not have. */
    private static final class Missing extends MustacheException {
        private static final long serialVersionUID = 1L;
        private final String name;

        Missing(String name, TemplateContext tc) {
            super("no value named '" + name + "'", tc);
            this.name = name;
        }

        String describe() {
            return "no value named '" + name + "' here; check the name's spelling and the section it is in";
        }
    }
}
