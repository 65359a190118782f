package org.sitegen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.testing.Corpus;

/**
 * The project's benchmark: generates corpora, runs full builds each in a fresh JVM, and prints
 * medians. Run it from the repository root with
 *
 * <pre>mvn -B -q -pl core -Pbench verify</pre>
 *
 * System properties: {@code bench.sizes} (default 1000,10000,100000), {@code bench.runs} (3),
 * {@code bench.xmx} (1g), {@code bench.work} (target/bench), {@code bench.generator} (path to
 * gen-corpus.py; default: {@code ../shared/bench/gen-corpus.py} beside the repository when it
 * exists, else the built-in Java generator), {@code bench.maven} (also time {@code mvn
 * site-gen:build} on each corpus; default: when the plugin is installed in the local repository by
 * {@code mvn install}: {@code auto}).
 *
 * <p>Each run writes a fresh output folder, after {@code sync}, and the outputs are deleted only at
 * the end: on ext4, creating files shortly after deleting many is several times slower (the inode
 * allocator skips inodes freed in the last minute), and a run must not pay for its predecessor.
 */
public final class Benchmark {
    private static final Pattern NUMBER = Pattern.compile("\"([a-z_.]+)\": (-?[0-9.]+)");

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        int runs = Integer.getInteger("bench.runs", 3);
        String xmx = System.getProperty("bench.xmx", "1g");
        Path work = Path.of(System.getProperty("bench.work", "target/bench")).toAbsolutePath();
        String mavenSetting = System.getProperty("bench.maven", "auto");
        boolean maven = mavenSetting.equals("auto") ? pluginInstalled() : Boolean.parseBoolean(mavenSetting);
        Files.createDirectories(work);
        Path generator = generator();
        System.out.printf("site-gen benchmark: sizes %s, %d runs each (median), -Xmx%s, %d cores, corpus by %s%n",
                Arrays.toString(sizes), runs, xmx, Runtime.getRuntime().availableProcessors(),
                generator == null ? "the built-in generator" : generator);
        for (int size : sizes) {
            Path corpus = work.resolve("corpus-" + size);
            if (!Files.isDirectory(corpus.resolve("findings"))) {
                System.out.printf("generating %,d findings into %s…%n", size, corpus);
                generate(generator, size, corpus);
            }
            List<Map<String, Double>> results = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Path out = fresh(work, "out-" + size + "-" + i);
                outputs.add(out);
                results.add(runOnce(corpus, out, xmx));
            }
            report(size, results);
            if (maven) {
                List<Double> walls = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    Path out = fresh(work, "mvn-out-" + size + "-" + i);
                    outputs.add(out);
                    walls.add(mavenOnce(corpus, out, work, xmx));
                }
                System.out.printf(Locale.ROOT, "  mvn site-gen:build (whole process, JVM and Maven start included):"
                        + " median %.2f s of %s; %.0f findings/s%n", median(walls), walls, size / median(walls));
            }
            for (Path out : outputs) {
                deleteTree(out);
            }
        }
    }

    private static boolean pluginInstalled() {
        return Files.isDirectory(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "sitegen",
                "site-gen-maven-plugin", "0.1.0-SNAPSHOT"));
    }

    /** A folder path that does not exist yet, after the disk has written what earlier runs left dirty. */
    private static Path fresh(Path work, String name) throws IOException, InterruptedException {
        Path out = work.resolve(name);
        if (Files.exists(out)) {
            deleteTree(out);
        }
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Path generator() {
        String configured = System.getProperty("bench.generator");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/bench/gen-corpus.py");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void generate(Path generator, int size, Path corpus) throws IOException, InterruptedException {
        if (generator == null) {
            Corpus.write(corpus, size, 1);
            return;
        }
        Process p = new ProcessBuilder("python3", generator.toString(), "--records", String.valueOf(size),
                "--out", corpus.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("gen-corpus.py failed");
        }
    }

    private static Map<String, Double> runOnce(Path corpus, Path out, String xmx)
            throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"), BuildOnce.class.getName(),
                corpus.toString(), out.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        double processWall = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IOException("build failed (exit " + code + "): " + json);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("process_s", processWall);
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            values.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return values;
    }

    private static double mavenOnce(Path corpus, Path out, Path work, String xmx)
            throws IOException, InterruptedException {
        Path project = work.resolve("mvn-project");
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId><artifactId>bench</artifactId><version>1</version>
                  <packaging>pom</packaging>
                </project>
                """);
        long start = System.nanoTime();
        ProcessBuilder mvn = new ProcessBuilder("mvn", "-B", "-q", "-o", "org.sitegen:site-gen-maven-plugin:0.1.0-SNAPSHOT:build",
                "-DsiteGen.sourceDirectory=" + corpus, "-DsiteGen.outputDirectory=" + out)
                .directory(project.toFile()).inheritIO();
        mvn.environment().put("MAVEN_OPTS", "-Xmx" + xmx); // the same heap as the library's runs
        Process p = mvn.start();
        if (p.waitFor() != 0) {
            throw new IOException("mvn site-gen:build failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void report(int size, List<Map<String, Double>> results) {
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        for (Map<String, Double> r : results) {
            r.forEach((k, v) -> columns.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        double wall = median(columns.get("process_s"));
        System.out.printf(Locale.ROOT, "%n%,d findings (median of %d fresh JVMs)%n", size, results.size());
        System.out.printf(Locale.ROOT, "  wall %.2f s (process, incl. JVM start; runs %s)%n", wall,
                columns.get("process_s"));
        System.out.printf(Locale.ROOT, "  cpu %.2f s, peak heap at most %.0f MiB (sum of the pools' peaks), peak RSS %.0f MiB%n",
                median(columns.get("cpu_s")), median(columns.get("peak_heap_mib")),
                median(columns.get("peak_rss_mib")));
        System.out.printf(Locale.ROOT, "  written: %.0f pages, %.0f files, %.1f MiB; %.0f findings/s%n",
                median(columns.get("pages")), median(columns.get("files")), median(columns.get("bytes")) / 1048576,
                size / wall);
        StringBuilder stages = new StringBuilder("  stages:");
        for (String k : columns.keySet()) {
            if (k.startsWith("stage.")) {
                stages.append(String.format(Locale.ROOT, " %s %.2f s,", k.substring(6), median(columns.get(k))));
            }
        }
        System.out.println(stages.substring(0, stages.length() - 1));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
