package org.sitegen.maven.preview;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sitegen.LiveSite;
import org.sitegen.SiteGenerator;

/**
 * Runs the preview of {@code mvn site-gen:run} outside Maven, for the benchmark ({@code
 * bench/preview-compare.sh}): the same classes, without Maven's start-up.
 *
 * <pre>java -cp … org.sitegen.maven.preview.PreviewMain SOURCE PORT STOP_FILE</pre>
 *
 * Prints the preview's lines, then {@code heap_used_mib=…} after the first build, and stops when
 * STOP_FILE exists, deleting it, as {@code -DsiteGen.stopFile} does.
 */
public final class PreviewMain {
    private PreviewMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path source = Path.of(args[0]).toAbsolutePath().normalize();
        int port = Integer.parseInt(args[1]);
        Path stop = Path.of(args[2]);
        LiveSite live = SiteGenerator.builder().build().live(source);
        Preview.Console console = new Preview.Console() {
            @Override
            public void info(String line) {
                System.out.println("[INFO] " + line);
            }

            @Override
            public void warn(String line) {
                System.out.println("[WARNING] " + line);
            }

            @Override
            public void error(String line) {
                System.out.println("[ERROR] " + line);
            }
        };
        try (Preview preview = Preview.start(live, null, "127.0.0.1", port, console,
                p -> p.format(source, source), source)) {
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.out.println(String.format(Locale.ROOT, "heap_used_mib=%.1f",
                    memory.getHeapMemoryUsage().getUsed() / 1048576.0));
            System.out.println("address=" + preview.address());
            System.out.flush();
            while (!Files.exists(stop)) {
                Thread.sleep(100);
            }
            Files.deleteIfExists(stop);
        }
        System.out.println("stopped");
    }
}
