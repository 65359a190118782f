package org.sitegen.internal.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteFiles;
import org.sitegen.internal.pages.TemplateSet.PageTemplate;

class TemplateSetTest {
    @TempDir
    Path dir;

    /** What the test templates see. */
    public record Scope(String title, String html, List<String> items, String missing) {}

    static final Scope SCOPE = new Scope("<b>\"x\" & 'y'</b>", "<i>ok</i>", List.of("a<", "b"), null);

    TemplateSet with(String pageTemplate) {
        SiteFiles.write(dir, Map.of("page.mustache", pageTemplate));
        return TemplateSet.compile(dir);
    }

    @Test
    void escapesEveryValueUnlessTripleBraced() {
        String out = with("{{title}}|{{{html}}}|{{#items}}[{{.}}]{{/items}}|{{^missing}}none{{/missing}}")
                .render(PageTemplate.PAGE, SCOPE);
        assertTrue(out.startsWith("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;|<i>ok</i>|[a&lt;][b]|none"), out);
    }

    @Test
    void encodesAsUtf8WithUnpairedSurrogatesAsReplacementCharacters() {
        // an emoji (a surrogate pair), unpaired halves, and a pair split between two values
        record Odd(String title, String html, String high, String low) {}
        Odd odd = new Odd("a\uD83D\uDE00b\uD800c\uDC00\u00e9\u4e2d", "\uDE00<x>\uD83D", "\uD83D", "\uDE00");
        List<ByteBuffer> page = with("x{{{html}}}|{{title}}|{{{high}}}{{{low}}}|{{{high}}}")
                .renderUtf8(PageTemplate.PAGE, odd);
        // the pair split between two values is one code point; every unpaired half is U+FFFD
        String expected = "x\uFFFD<x>\uFFFD|a\uD83D\uDE00b\uFFFDc\uFFFD\u00e9\u4e2d|\uD83D\uDE00|\uFFFD";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), bytes(page));
    }

    @Test
    void writesTheTemplatesOwnTextAsUtf8() {
        // text between tags is copied from its UTF-8 made once, unless it has a surrogate pair
        String template = "<p>进展 é</p>{{title}}<i>\uD83D\uDE00</i>{{title}}<p>进展 é</p>";
        record One(String title) {}
        List<ByteBuffer> page = with(template).renderUtf8(PageTemplate.PAGE, new One("标题"));
        String expected = template.replace("{{title}}", "标题");
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), bytes(page));
    }

    @Test
    void messagesCompiledInWriteWhatTheEngineLooksUp() {
        record Item(String title) {}
        record Page(Map<String, String> msg, List<Item> items) {}
        Map<String, String> messages = Map.of("a", "<b>\"A\" & 'a'</b>", "b", "进展", "empty", "");
        Page page = new Page(messages, List.of(new Item("x"), new Item("y")));
        String template = "{{msg.a}}|{{{msg.a}}}|{{&msg.a}}|{{#items}}{{title}}{{msg.b}}{{/items}}|[{{msg.empty}}]|"
                + "{{#msg}}{{b}}{{/msg}}\n";
        SiteFiles.write(dir, Map.of("page.mustache", template));
        String looked = TemplateSet.compile(dir).render(PageTemplate.PAGE, page);
        String compiledIn = TemplateSet.compile(dir, messages).render(PageTemplate.PAGE, page);
        assertEquals(looked, compiledIn);
        assertTrue(looked.startsWith("&lt;b&gt;&quot;A&quot; &amp; &#39;a&#39;&lt;/b&gt;|<b>\"A\" & 'a'</b>|"), looked);
    }

    @Test
    void aMessageKeyTheMessagesDoNotHaveStillFails() {
        SiteFiles.write(dir, Map.of("page.mustache", "line one\n{{msg.nope}}\n"));
        record Page(Map<String, String> msg) {}
        TemplateFailure e = assertThrows(TemplateFailure.class,
                () -> TemplateSet.compile(dir, Map.of("a", "x")).render(PageTemplate.PAGE, new Page(Map.of("a", "x"))));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("'nope'") || e.getMessage().contains("msg.nope"), e.getMessage());
    }

    @Test
    void onlyTheChromeHasMessages() {
        // compile(…, messages) relies on it: {{msg.key}} finds the chrome's msg whatever the section
        for (Class<?> view : View.class.getDeclaredClasses()) {
            boolean hasMsg = java.util.Arrays.stream(view.getDeclaredMethods()).anyMatch(m -> m.getName().equals("msg")
                    || m.getName().equals("getMsg") || m.getName().equals("isMsg"))
                    || java.util.Arrays.stream(view.getDeclaredFields()).anyMatch(f -> f.getName().equals("msg"));
            assertEquals(view == View.Chrome.class, hasMsg, view.getName());
        }
    }

    @Test
    void laterScopesTakePrecedence() {
        record Outer(String title, String root) {}
        String out = with("{{title}} {{root}}").render(PageTemplate.PAGE, new Outer("outer", "../"), SCOPE);
        assertTrue(out.startsWith("&lt;b&gt;"), out);
        assertTrue(out.contains(" ../"), out);
    }

    @Test
    void aNameTheValuesDoNotHaveFailsWithTemplateAndLine() {
        TemplateSet t = with("line one\n{{title}}\n{{#items}}\n{{titel}}\n{{/items}}\n");
        TemplateFailure e = assertThrows(TemplateFailure.class, () -> t.render(PageTemplate.PAGE, SCOPE));
        assertEquals("page.mustache", e.template());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("'titel'"), e.getMessage());
    }

    @Test
    void anUnclosedSectionFailsWhenCompiled() {
        SiteFiles.write(dir, Map.of("page.mustache", "a\nb\n{{#items}}\nc\n"));
        TemplateFailure e = assertThrows(TemplateFailure.class, () -> TemplateSet.compile(dir));
        assertEquals("page.mustache", e.template());
        assertTrue(e.line() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("templates/page.mustache"), e.getMessage());
    }

    @Test
    void aMissingPartialIsNamed() {
        SiteFiles.write(dir, Map.of("page.mustache", "{{> no-such-part}}\n"));
        TemplateFailure e = assertThrows(TemplateFailure.class, () -> TemplateSet.compile(dir));
        assertTrue(e.getMessage().contains("no-such-part"), e.getMessage());
    }

    @Test
    void partialsAreOverriddenByNameAndAByteOrderMarkIsIgnored() {
        SiteFiles.write(dir, Map.of("status-badge.mustache", "\uFEFF<mark>{{title}}</mark>"));
        String out = with("{{> status-badge}}").render(PageTemplate.PAGE, SCOPE);
        assertEquals("<mark>&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;</mark>", out);
    }

    @Test
    void listsFilesThatReplaceNoTemplate() throws IOException {
        SiteFiles.write(dir, Map.of("page.mustache", "x", "findng.mustache", "x", "notes.txt", "x"));
        assertEquals(List.of("findng.mustache", "notes.txt"), TemplateSet.unknownOverrides(dir));
        assertEquals(List.of(), TemplateSet.unknownOverrides(dir.resolve("absent")));
        assertEquals(List.of(), TemplateSet.unknownOverrides(null));
    }

    @Test
    void everyBuiltInTemplateCompilesAndIsKnownByName() throws Exception {
        TemplateSet.compile(null);
        for (String name : TemplateSet.NAMES) {
            assertTrue(getClass().getResource(TemplateSet.BUILT_IN + name + ".mustache") != null, name);
        }
        Path folder = Path.of(getClass().getResource(TemplateSet.BUILT_IN).toURI());
        try (var files = java.nio.file.Files.list(folder)) {
            assertEquals(new java.util.TreeSet<>(TemplateSet.NAMES), files.map(p -> p.getFileName().toString())
                    .map(n -> n.replaceFirst("\\.mustache$", "")).collect(java.util.stream.Collectors.toCollection(
                            java.util.TreeSet::new)));
        }
    }

    private static byte[] bytes(List<ByteBuffer> buffers) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (ByteBuffer b : buffers) {
            byte[] part = new byte[b.remaining()];
            b.duplicate().get(part);
            all.write(part, 0, part.length);
        }
        return all.toByteArray();
    }
}
