package org.sitegen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.sitegen.BuildResult;
import org.sitegen.RenderReport;
import org.sitegen.SiteGenerator;

/**
 * One full build (load, validate, render, search index, exports, atomic write) in this JVM, then
 * one line of JSON with its figures on standard output. Run in a fresh JVM by {@link Benchmark}.
 *
 * <pre>java -cp … org.sitegen.bench.BuildOnce SOURCE OUTPUT</pre>
 */
public final class BuildOnce {
    private BuildOnce() {}

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        long t = System.nanoTime();
        SiteGenerator generator = SiteGenerator.builder().build();
        var loaded = generator.load(source);
        Duration load = Duration.ofNanos(System.nanoTime() - t);
        if (loaded.hasErrors()) {
            loaded.errors().stream().limit(10).forEach(System.err::println);
            System.exit(1);
        }
        RenderReport report = generator.render(loaded.site().orElseThrow(), output);
        long wall = System.nanoTime() - start;
        StringJoiner stages = new StringJoiner(", ", "{", "}");
        stages.add(json("load", load));
        for (Map.Entry<String, Duration> e : report.stages().entrySet()) {
            stages.add(json(e.getKey(), e.getValue()));
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"findings\": %d, \"wall_s\": %.3f, \"cpu_s\": %.3f, \"peak_heap_mib\": %.1f, \"peak_rss_mib\": %.1f,"
                        + " \"pages\": %d, \"files\": %d, \"bytes\": %d, \"stages\": %s}",
                loaded.site().orElseThrow().findings().size(), wall / 1e9, cpuSeconds(), peakHeapMib(), peakRssMib(),
                report.pages(), report.files(), report.bytes(), stages));
    }

    private static String json(String name, Duration d) {
        return String.format(Locale.ROOT, "\"stage.%s\": %.3f", name, d.toNanos() / 1e9);
    }

    private static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
    private static double peakHeapMib() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    /** VmHWM of /proc/self/status (Linux): the peak resident set; -1 elsewhere. */
    private static double peakRssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
