package org.sitegen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.LiveSite;
import org.sitegen.SiteGenerator;
import org.sitegen.maven.preview.Preview;

/**
 * Previews the site while the records are being written: builds it in memory and serves it on
 * this computer at {@code http://127.0.0.1:8080/} plus the path of {@code baseUrl} (so links
 * behave as they will when published), watches the source folder, and on every save updates only
 * what the change touches and makes every open page reload by itself. While the records have
 * errors, every page shows them (file, line, column, what is wrong and how to fix it) and the
 * console prints them; fixing the file brings the pages back. Writes nothing to the output folder.
 * Ctrl+C stops it.
 *
 * @since 0.1.0
 */
@Mojo(name = "run", threadSafe = true, requiresProject = true)
public class RunMojo extends AbstractSiteGenMojo {
    /**
     * The port the preview listens on; {@code 0} for any free one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.port", defaultValue = "8080")
    private int port;

    /**
     * The address the preview listens on. The default serves this computer only; {@code 0.0.0.0}
     * serves the network as well (e.g. to look at the site from a phone), without any login.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.host", defaultValue = "127.0.0.1")
    private String host;

    /**
     * The absolute URL the site will be published at, overriding {@code baseUrl} of {@code
     * site.yaml}. The preview serves the site under its path, e.g. {@code /xszg/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.baseUrl")
    private String baseUrl;

    /**
     * Stops the preview after this many seconds; {@code 0} runs it until Ctrl+C. For scripts and
     * tests.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.runFor", defaultValue = "0")
    private int runFor;

    /**
     * Stops the preview as soon as this file exists (it is then deleted). For scripts and tests,
     * which must be able to stop the preview they started.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.stopFile")
    private File stopFile;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        SiteGenerator generator = generator(baseUrl);
        Path source = requireSourceDirectory(generator);
        LiveSite live = generator.live(source);
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "site-gen-preview-stop");
        Preview preview;
        try {
            preview = Preview.start(live, baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip(), host, port,
                    new MavenConsole(), this::format, basedir());
        } catch (Preview.PortInUseException e) {
            throw new MojoFailureException("The preview cannot listen on " + host + ":" + port + ": the port is in use"
                    + " (another preview, or another program). Stop that program, or choose another port, e.g."
                    + " -DsiteGen.port=" + (port == 8080 ? 8081 : 8080) + ".");
        } catch (IOException e) {
            throw new MojoExecutionException("The preview could not start: " + e.getMessage(), e);
        }
        compileFully();
        Thread stopper = null;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            // Ctrl+C: the JVM runs the hook, which lets this thread close the preview; the hook then
            // waits for that (below), so the JVM ends only once the port is free
            stopper = watchStopFile(stop);
            boolean timedOut = runFor > 0 ? !stop.await(runFor, TimeUnit.SECONDS) : awaitForever(stop);
            if (timedOut) {
                getLog().info("site-gen: ran for " + runFor + " s (siteGen.runFor); stopping");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            if (stopper != null) {
                stopper.interrupt();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl+C): the hook is running
            }
            getLog().info("site-gen: preview stopped");
        }
    }

    private static boolean awaitForever(CountDownLatch stop) throws InterruptedException {
        stop.await();
        return false;
    }

    /** Counts the latch down when the stop file appears, deleting it; null when there is none. */
    private Thread watchStopFile(CountDownLatch stop) {
        if (stopFile == null) {
            return null;
        }
        Path file = stopFile.toPath().toAbsolutePath();
        Thread t = new Thread(() -> {
            try {
                while (stop.getCount() > 0) {
                    if (Files.exists(file)) {
                        Files.deleteIfExists(file);
                        getLog().info("site-gen: " + file.getFileName() + " appeared (siteGen.stopFile); stopping");
                        stop.countDown();
                        return;
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                // stopped otherwise
            } catch (IOException e) {
                stop.countDown();
            }
        }, "site-gen-preview-stop-file");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The preview's lines, through Maven's log. */
    private final class MavenConsole implements Preview.Console {
        @Override
        public void info(String line) {
            getLog().info(line);
        }

        @Override
        public void warn(String line) {
            getLog().warn(line);
        }

        @Override
        public void error(String line) {
            getLog().error(line);
        }
    }
}
