package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;

/**
 * Whatever happens to a valid source tree — a file cut short, random bytes, a value of the wrong
 * type, deep nesting, a huge value, an alias bomb — the loader ends within a few seconds with
 * either a site or a list of problems, each naming a file, a line and a column (never negative)
 * and saying what is wrong. It never throws, never hangs, and never falls back to its "please
 * report this as a bug" message, which would mean a record made it throw inside.
 */
class LoaderRobustnessProperties {
    /** The example site's settings and a few of its records, read once. */
    private static final Map<String, byte[]> BASE = base();

    /** How long one load may take: the valid tree loads in a few milliseconds. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static Map<String, byte[]> base() {
        Path example = Path.of("..", "example-site", "src", "site-gen");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (String f : List.of("site.yaml", "categories/01-development.md", "categories/02-funds.md",
                    "findings/01.md", "findings/06.md", "findings/07.md", "notices/2023-12-26.md", "pages/about.md")) {
                files.put(f, Files.readAllBytes(example.resolve(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** One change to one file of the tree. */
    record Mutation(String file, String what, java.util.function.UnaryOperator<byte[]> change) {
        @Override
        public String toString() {
            return file + ": " + what;
        }
    }

    @Property(tries = 120)
    void aFileCutShortAnywhere(@ForAll("truncations") Mutation m) {
        check(m);
    }

    @Property(tries = 120)
    void randomBytesAnywhere(@ForAll("randomBytes") Mutation m) {
        check(m);
    }

    @Property(tries = 150)
    void aValueOfTheWrongType(@ForAll("typeSwaps") Mutation m) {
        check(m);
    }

    @Property(tries = 40)
    void deepNestingHugeValuesAndAliasBombs(@ForAll("monsters") Mutation m) {
        check(m);
    }

    @Property(tries = 60)
    void severalChangesAtOnce(@ForAll("mutations") List<Mutation> ms) {
        check(ms.toArray(Mutation[]::new));
    }

    private static void check(Mutation... mutations) {
        Map<String, byte[]> files = new LinkedHashMap<>(BASE);
        for (Mutation m : mutations) {
            files.put(m.file(), m.change().apply(files.get(m.file())));
        }
        Path dir = write(files);
        try {
            LoadResult r = assertTimeoutPreemptively(BOUND, () -> SiteGenerator.builder().build().load(dir),
                    () -> "the load did not end within " + BOUND + " after " + List.of(mutations));
            net.jqwik.api.statistics.Statistics.collect(r.site().isPresent()
                    ? (r.warnings().isEmpty() ? "site" : "site with warnings") : "errors");
            List<String> wrong = new ArrayList<>();
            if (r.site().isEmpty() && r.errors().isEmpty()) {
                wrong.add("no site and no error");
            }
            if (r.site().isPresent() && !r.errors().isEmpty()) {
                wrong.add("a site despite errors");
            }
            for (Problem p : r.problems()) {
                if (p.file() == null || p.line() < 0 || p.column() < 0 || p.message() == null || p.message().isBlank()) {
                    wrong.add("badly placed or empty problem: " + p);
                }
                // in the site's language, Chinese here; a problem whose text is missing would throw
                if (p.message().contains("could not read this record") || p.message().contains("读取这份记录时出错")) {
                    wrong.add("the loader threw inside: " + p);
                }
            }
            if (!wrong.isEmpty()) {
                throw new AssertionError(wrong + " after " + List.of(mutations));
            }
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<Mutation> truncations() {
        return Combinators.combine(files(), Arbitraries.doubles().between(0, 1)).as((f, at) -> {
            int cut = (int) (BASE.get(f).length * at);
            return new Mutation(f, "cut at byte " + cut, b -> java.util.Arrays.copyOf(b, Math.min(cut, b.length)));
        });
    }

    @Provide
    Arbitrary<Mutation> randomBytes() {
        Arbitrary<byte[]> noise = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16),
                Arbitraries.of("\u0000", "\uFEFF", "\t", "\r", "\r\n", "\u2028", "---\n", ":", "- ", "[", "{", "}", "\"",
                        "'", "&a", "*a", "!!binary", "%YAML 1.1\n", "? ", "|", ">", "#", "\\", "\uD83D\uDE00")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80}));
        return Combinators.combine(files(), Arbitraries.doubles().between(0, 1), noise, Arbitraries.of(true, false))
                .as((f, at, bytes, replace) -> new Mutation(f,
                        (replace ? "overwrite" : "insert") + " " + java.util.Arrays.toString(bytes) + " at " + at,
                        b -> splice(b, (int) (b.length * at), replace ? bytes.length : 0, bytes)));
    }

    /** The values a key may get instead of its own. */
    private static final List<String> SWAPS = List.of("", "~", "null", "[]", "{}", "[1, 2]", "{a: b}", "[[[]]]",
            "-1", "0", "2147483648", "99999999999999999999999", "1e400", "0x1F", ".nan", "true", "no",
            "2023-02-30", "2023-13-01", "0000-00-00", "9999-12-31", "2023-1-1", "\"2023-12-26\"", "'x'",
            "\"\\u0000\"", "\"\\uD800\"", "!!binary aGVsbG8=", "!!set {a, b}", "!!python/object:os.system x",
            "&a [1]", "*nope", "|\n  block\n  text", "- a\n- b", "{date: 2023-12-26, status: [x]}",
            "[{date: x}, 1, [2]]", "完成 完成", "已完成\u202E", "<script>alert(1)</script>");

    /** A {@code key: value} line of front matter or YAML, with the value as group 2. */
    private static final Pattern KEY_VALUE = Pattern.compile("(?m)^(\\s*(?:- )?[A-Za-z]+:)[ \\t]*(.*)$");

    @Provide
    Arbitrary<Mutation> typeSwaps() {
        return Combinators.combine(files(), Arbitraries.integers().between(0, 200), Arbitraries.of(SWAPS))
                .as((f, which, value) -> new Mutation(f, "value " + which + " becomes " + value,
                        b -> swapValue(b, which, value)));
    }

    private static byte[] swapValue(byte[] bytes, int which, String value) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = KEY_VALUE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
            return bytes;
        }
        int[] span = spans.get(which % spans.size());
        String indent = "\n" + " ".repeat(4);
        String v = value.contains("\n") ? indent + value.replace("\n", indent) : value;
        return (text.substring(0, span[0]) + v + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<Mutation> monsters() {
        Arbitrary<String> monster = Arbitraries.oneOf(
                Arbitraries.integers().between(100, 20_000).map(n -> "[".repeat(n) + "]".repeat(n)),
                Arbitraries.integers().between(100, 20_000).map(n -> "{a: ".repeat(n) + "b" + "}".repeat(n)),
                Arbitraries.integers().between(100, 5_000).map(n -> "[".repeat(n)),
                Arbitraries.integers().between(10_000, 1_200_000).map(n -> "\"" + "问".repeat(n / 3) + "\""),
                Arbitraries.integers().between(10_000, 300_000).map(n -> "x".repeat(n)),
                Arbitraries.integers().between(1_000, 50_000).map(n -> "[" + "1, ".repeat(n) + "1]"),
                Arbitraries.just(aliasBomb()),
                Arbitraries.integers().between(100, 3_000).map(n -> "\n" + "  ".repeat(1) + "- ".repeat(n) + "x"));
        return Combinators.combine(files(), Arbitraries.integers().between(0, 200), monster)
                .as((f, which, value) -> new Mutation(f, "value " + which + " becomes a monster of "
                        + value.length() + " chars", b -> swapValue(b, which, value)));
    }

    /** The "billion laughs": nine levels of aliases, each listing the one below nine times. */
    private static String aliasBomb() {
        StringBuilder sb = new StringBuilder("\n    - &a0 [lol]");
        for (int i = 1; i < 10; i++) {
            sb.append("\n    - &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                sb.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            sb.append(']');
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Arbitraries.oneOf(truncations(), randomBytes(), typeSwaps()).list().ofMinSize(2).ofMaxSize(6);
    }

    private static Arbitrary<String> files() {
        return Arbitraries.of(List.copyOf(BASE.keySet()));
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        int end = Math.min(b.length, at + remove);
        byte[] out = new byte[at + insert.length + (b.length - end)];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, end, out, at + insert.length, b.length - end);
        return out;
    }

    private static Path write(Map<String, byte[]> files) {
        try {
            Path dir = Files.createTempDirectory("sitegen-mutant-");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
