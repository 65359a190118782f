package org.sitegen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitegen.LiveSite;
import org.sitegen.LiveUpdate;
import org.sitegen.SiteGenerator;

/**
 * Times a live site's updates in this JVM, without a server: title edits, new findings and
 * deleted ones on a copy of a corpus, each followed by a read of the page it changed (as the
 * preview's browser would). Prints the median of each kind; for profiling the update path.
 *
 * <pre>java -Xmx1g -cp … org.sitegen.bench.LiveEdits CORPUS_COPY [EDITS] [WARMUP]</pre>
 *
 * The corpus copy is changed: give it a copy.
 */
public final class LiveEdits {
    private LiveEdits() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Consumer<String> quiet = s -> { };
        LiveSite live = SiteGenerator.builder().progress(quiet).build().live(source);
        long t = System.nanoTime();
        LiveUpdate first = live.update(List.of());
        if (first.load().hasErrors()) {
            first.load().errors().stream().limit(10).forEach(System.err::println);
            System.exit(1);
        }
        live.read("index.html");
        System.out.printf(Locale.ROOT, "first %.0f ms%n", (System.nanoTime() - t) / 1e6);
        List<Path> findings;
        try (Stream<Path> s = Files.list(source.resolve("findings"))) {
            findings = s.sorted().toList();
        }
        int n = 0;
        for (int i = 0; i < warmup; i++) {
            title(live, findings.get(i * 7 % findings.size()), n++);
        }
        CPU.clear();
        List<Double> titles = new ArrayList<>();
        List<Double> added = new ArrayList<>();
        List<Double> deleted = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            titles.add(title(live, findings.get((i * 7919 + 13) % findings.size()), n++));
        }
        for (int i = 0; i < edits; i++) {
            Path copy = source.resolve("findings/zz-new-" + i + ".md");
            String text = Files.readString(findings.get(i * 31 % findings.size()), StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^id: .*$", "id: zz-new-" + i).replaceFirst("(?m)^number: .*$", "number: " + (900000 + i));
            Files.writeString(copy, text, StandardCharsets.UTF_8);
            added.add(timed(live, copy, "findings/zz-new-" + i + ".html"));
        }
        for (int i = 0; i < edits; i++) {
            Path gone = source.resolve("findings/zz-new-" + i + ".md");
            Files.delete(gone);
            deleted.add(timed(live, gone, "index.html"));
        }
        System.out.printf(Locale.ROOT, "title %s%nnew %s%ndeleted %s%n", show(titles), show(added), show(deleted));
        System.out.printf(Locale.ROOT, "cpu of the updating thread, all timed edits: %s%n", show(CPU));
    }

    private static double title(LiveSite live, Path file, int n) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        text = text.replaceFirst("(?m)^title: (.*?)( #\\d+)?$", "title: $1 #" + n);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String id = file.getFileName().toString().replace(".md", "");
        return timed(live, file, "findings/" + id + ".html");
    }

    /** The CPU time of this thread in each timed update, ms: steadier than the wall time, which GC pauses add to. */
    private static final List<Double> CPU = new ArrayList<>();

    private static double timed(LiveSite live, Path file, String page) throws IOException {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        LiveUpdate u = live.update(List.of(file));
        if (u.load().hasErrors()) {
            throw new IllegalStateException(u.load().errors().toString());
        }
        live.read(page);
        CPU.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        return (System.nanoTime() - t) / 1e6;
    }

    private static String show(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "median %.0f ms:", median));
        for (double m : ms) {
            b.append(String.format(Locale.ROOT, " %.0f", m));
        }
        return b.toString();
    }
}
