package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.testing.Corpus;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The fast path agrees with snakeyaml-engine node for node and mark for mark wherever it accepts a
 * text, accepts the records people actually write, and declines the rest.
 */
class SimpleYamlTest {
    private static final LoadSettings SETTINGS = LoadSettings.builder().setUseMarks(true).build();

    @TempDir Path dir;

    private static MappingNode fast(String yaml) {
        return SimpleYaml.parse(yaml, SETTINGS.getSchema().getScalarResolver());
    }

    /** Fails unless the fast path declines the text or agrees with snakeyaml-engine on it. */
    private static boolean agree(String yaml) {
        MappingNode fast = fast(yaml);
        if (fast == null) {
            return false;
        }
        Node slow;
        try {
            slow = new Composer(SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml)))
                    .getSingleNode().orElse(null);
        } catch (YamlEngineException e) {
            fail("the fast path accepted what snakeyaml-engine refuses (" + e.getMessage() + "):\n" + yaml);
            return false;
        }
        assertNotNull(slow, yaml);
        compare(slow, fast, yaml, "$");
        return true;
    }

    private static void compare(Node expected, Node actual, String yaml, String path) {
        assertEquals(expected.getClass(), actual.getClass(), () -> path + " in\n" + yaml);
        assertEquals(expected.getTag(), actual.getTag(), () -> path + " tag in\n" + yaml);
        var em = expected.getStartMark().orElseThrow();
        var am = actual.getStartMark().orElseThrow();
        assertEquals(em.getLine() + ":" + em.getColumn(), am.getLine() + ":" + am.getColumn(),
                () -> path + " start in\n" + yaml);
        if (expected instanceof ScalarNode e) {
            assertEquals(e.getValue(), ((ScalarNode) actual).getValue(), () -> path + " value in\n" + yaml);
        } else if (expected instanceof SequenceNode e) {
            List<Node> a = ((SequenceNode) actual).getValue();
            assertEquals(e.getValue().size(), a.size(), () -> path + " size in\n" + yaml);
            for (int i = 0; i < a.size(); i++) {
                compare(e.getValue().get(i), a.get(i), yaml, path + "[" + i + "]");
            }
        } else {
            List<NodeTuple> et = ((MappingNode) expected).getValue();
            List<NodeTuple> at = ((MappingNode) actual).getValue();
            assertEquals(et.size(), at.size(), () -> path + " size in\n" + yaml);
            for (int i = 0; i < at.size(); i++) {
                compare(et.get(i).getKeyNode(), at.get(i).getKeyNode(), yaml, path + ".key" + i);
                compare(et.get(i).getValueNode(), at.get(i).getValueNode(), yaml, path + ".value" + i);
            }
        }
    }

    private static String frontMatter(String record) {
        int end = record.indexOf("\n---", 4);
        return record.substring(4, end + 1);
    }

    private static List<String> exampleFrontMatters() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../example-site/src/site-gen"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                out.add(frontMatter(Files.readString(p)));
            }
        }
        return out;
    }

    @Test
    void acceptsEveryRecordOfTheExampleSiteAndAgrees() throws IOException {
        for (String fm : exampleFrontMatters()) {
            if (!agree(fm)) {
                fail("the fast path declined an example record:\n" + fm);
            }
        }
    }

    @Test
    void acceptsGeneratedRecordsAndAgrees() throws IOException {
        Corpus.write(dir, 300, 7);
        try (Stream<Path> files = Files.list(dir.resolve("findings"))) {
            for (Path p : files.sorted().toList()) {
                String fm = frontMatter(Files.readString(p));
                if (!agree(fm)) {
                    fail("declined:\n" + fm);
                }
            }
        }
    }

    @Test
    void acceptsTheBenchmarkShapeWithBlockHistory() {
        String fm = """
                id: f000001
                number: 1
                category: c001
                title: 国企改革不到位（第1项）
                status: 完成
                units: [区财政局, 区信访局]
                deadline: 2025-06-30
                history:
                  - date: 2023-12-26
                    status: 阶段性完成
                  - date: 2024-04-15
                    status: 完成
                """;
        assertEquals(true, agree(fm));
        assertEquals(true, agree(fm.replace("  - ", "- ").replace("    status", "  status")));
    }

    @Test
    void agreesOnScalarsOfEveryKind() {
        for (String value : List.of("plain text", "6", "-3", "3.5", "true", "false", "null", "Null", "~", "0x1F",
                "1e3", "2023-12-26", "\"double \\\"quoted\\\" \\\\ \\/ \\n \\t\"", "'single ''quoted'''",
                "\"\"", "''", "a: b", "a #b", "a#b", "[]", "[a]", "[a, b, \"c, d\", 'e']", "[ a , b ]",
                "{date: 2023-12-26, status: 完成}", "{a: 1}", "{ a: \"x\" , b: y }", "《融资管理办法》",
                "\"《融资管理办法》\"", "“四风”问题", "x]", "x}", "a, b", "!tag x", "&a x", "*a", "|", ">",
                "@x", "`x`", "%x", "- x", "? x", ": x", "x:", "[a, [b]]", "[a, {b: c}]", "{a: [b]}", "[a,]",
                "\"unclosed", "'unclosed", "[unclosed", "{a: b", "[a b, c]", "x\ty", "\"\\u00e9\"",
                "  spaced  ", "问题：冒号", "a'b", "a\"b", "#comment", "1e-3", "1E+3", "-1.5e+10", "+1", "1-2",
                "f000821", "title", "t", "n", "TRUE", "True", "FALSE", "NULL", "nan", "inf", ".nan", ".inf",
                "-.inf", "e1", "E-1", "a-b", "0o17", "-0", "00")) {
            agree("key: " + value + "\n");
            agree("list: [" + value + "]\n");
            agree("map: {k: " + value + "}\n");
            agree("history:\n  - " + value + "\n");
            agree("history:\n  - date: " + value + "\n    status: 完成\n");
        }
    }

    @Test
    void agreesOnEmptyValuesAndBlankLines() {
        agree("a:\nb: x\n");
        agree("a:   \nb: x\n");
        agree("a: x\n\n\nb: y\n");
        agree("a: x");
        agree("history:\n\n  - {date: 2023-12-26, status: 完成}\n\n  - {date: 2024-01-01, status: 完成}\nb: y\n");
    }

    @Test
    void declinesWhatItDoesNotKnow() {
        assertNull(fast("# comment\na: b\n"));
        assertNull(fast("a: b # comment\n"));
        assertNull(fast("a: &x b\n"));
        assertNull(fast("a: |\n  text\n"));
        assertNull(fast("contact:\n  phone: 1\n"));
        assertNull(fast("a: \"multi\n  line\"\n"));
        assertNull(fast(""));
        assertNull(fast("- a\n"));
        assertNull(fast("标题: x\n"));
    }

    @Test
    void randomMutationsOfRealRecordsNeverDisagree() throws IOException {
        List<String> seeds = exampleFrontMatters();
        seeds.add("history:\n  - date: 2023-12-26\n    status: 阶段性完成\n  - date: 2024-04-15\n    status: 完成\n");
        String alphabet = ":#[]{}'\",- \n\t\\&*!|>?%@`x1完";
        Random rnd = new Random(Long.getLong("seed", 42));
        int accepted = 0;
        for (int i = 0; i < Integer.getInteger("mutations", 20_000); i++) {
            StringBuilder sb = new StringBuilder(seeds.get(rnd.nextInt(seeds.size())));
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                int at = rnd.nextInt(sb.length() + 1);
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 1 -> {
                        if (at < sb.length()) {
                            sb.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < sb.length()) {
                            sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                        }
                    }
                }
            }
            if (agree(sb.toString())) {
                accepted++;
            }
        }
        // most single mutations keep the text in the subset: the comparison must have had work to do
        org.junit.jupiter.api.Assertions.assertTrue(accepted > 5_000, "accepted only " + accepted);
    }
}
