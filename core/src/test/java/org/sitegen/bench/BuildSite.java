package org.sitegen.bench;

import java.nio.file.Path;
import org.sitegen.BuildResult;
import org.sitegen.SiteGenerator;

/**
 * Renders a source tree (e.g. one written by {@code gen-corpus.py}) into a folder and prints the
 * time of each stage, for the search measurements of {@code bench/SEARCH.md}.
 *
 * <pre>
 * mvn -q -o test-compile -pl core
 * java -Xmx1g -cp "core/target/classes:core/target/test-classes:$(cat /tmp/cp.txt)" \
 *     org.sitegen.bench.BuildSite /tmp/corpus-100k/ /tmp/site-100k
 * </pre>
 */
public final class BuildSite {
    private BuildSite() {}

    /** Arguments: the source folder, the output folder. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BuildSite SOURCE OUTPUT");
            System.exit(2);
        }
        long start = System.nanoTime();
        BuildResult result = SiteGenerator.builder().progress(System.out::println).build()
                .build(Path.of(args[0]), Path.of(args[1]));
        result.load().errors().stream().limit(20).forEach(System.err::println);
        result.render().ifPresent(r -> {
            r.stages().forEach((k, v) -> System.out.printf("%-10s %6d ms%n", k, v.toMillis()));
            System.out.printf("files %d, bytes %d%n", r.files(), r.bytes());
        });
        System.out.printf("total %d ms, heap used %d MB%n", (System.nanoTime() - start) / 1_000_000,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        System.exit(result.render().isPresent() ? 0 : 1);
    }
}
