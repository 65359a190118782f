package org.sitegen.internal.search;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Site;

/**
 * Times the search stage alone (documents, tokenising, writing to memory) a few times in one JVM,
 * on a source tree such as a {@code gen-corpus.py} one: {@code SearchIndexBench SOURCE [ROUNDS]}.
 */
public final class SearchIndexBench {
    private SearchIndexBench() {}

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Site site = SiteGenerator.builder().build().load(Path.of(args[0])).site().orElseThrow();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SearchStage stage = new SearchStage();
        for (int r = 0; r < rounds; r++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            List<SearchDocument> docs = stage.documents(site);
            long t1 = System.nanoTime();
            List<TokenEntry> entries = new TokenIndexer(new Folding(), 3).index(docs);
            long t2 = System.nanoTime();
            long c2 = cpu();
            AtomicLong bytes = new AtomicLong();
            AtomicLong files = new AtomicLong();
            new SearchIndexWriter(List.of(), List.of(), List.of()).write(docs, entries, (n, b) -> {
                bytes.addAndGet(b.length);
                files.incrementAndGet();
            });
            long t3 = System.nanoTime();
            System.gc();
            long c3 = cpu();
            System.out.printf("docs %d ms, index %d ms, layout %d ms (cpu: docs+index %d ms, layout %d ms); %d tokens, %d files,"
                    + " %d bytes, heap %d MB%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (c2 - c0) / 1_000_000,
                    (c3 - c2) / 1_000_000, entries.size(), files.get(),
                    bytes.get(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
    }
}
