package org.sitegen.maven;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.maven.plugin.logging.Log;

/**
 * While a goal runs, asks HotSpot to compile with its quick compiler (C1) only, through a compiler
 * directive added with the JVM's diagnostic command {@code Compiler.directives_add} and removed
 * when the goal ends.
 *
 * <p>Why: a build of a few thousand to a few tens of thousands of findings lasts seconds, and on a
 * small machine the optimising compiler (C2) spent a third of its CPU compiling code the build
 * then hardly used (measured on 10,000 findings, 2 cores: 5.8 s instead of 7.2 s for {@code mvn
 * site-gen:build}). For larger sites the optimised code pays off, so {@link #stop()} can end the
 * directive early. Other plugins running at the same time in this JVM (with {@code -T}) are
 * compiled the same way meanwhile; results never change, only speed. On a JVM without the
 * diagnostic command (not HotSpot) nothing happens. Users turn it off with {@code
 * -DsiteGen.quickCompilation=false}.
 */
final class QuickCompilation implements AutoCloseable {
    /** Sites with at least this many findings keep the optimising compiler for rendering. */
    static final int LARGE_SITE = 30_000;

    private static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";
    private static final String[] SIGNATURE = {String[].class.getName()};

    private final Log log;
    private boolean active;

    private QuickCompilation(Log log, boolean active) {
        this.log = log;
        this.active = active;
    }

    /** Does nothing: for a goal run with {@code quickCompilation} off. */
    static QuickCompilation off(Log log) {
        return new QuickCompilation(log, false);
    }

    /** Adds the directive; never fails the build (a JVM that refuses it is logged at debug level). */
    static QuickCompilation start(Log log) {
        Path file = null;
        try {
            file = Files.createTempFile("site-gen-compiler-directive", ".json");
            Files.writeString(file, DIRECTIVE);
            invoke("compilerDirectivesAdd", file.toString());
            log.debug("site-gen: compiling with C1 only while the goal runs (siteGen.quickCompilation)");
            return new QuickCompilation(log, true);
        } catch (IOException | JMException | RuntimeException e) {
            log.debug("site-gen: the JVM does not take compiler directives; compiling as usual (" + e + ")");
            return new QuickCompilation(log, false);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.debug("site-gen: could not delete " + file + ": " + e);
                }
            }
        }
    }

    /** Ends the directive now, e.g. once a large site is loaded; later calls do nothing. */
    void stop() {
        if (!active) {
            return;
        }
        active = false;
        try {
            invoke("compilerDirectivesRemove");
        } catch (JMException | RuntimeException e) {
            log.warn("site-gen: could not remove its compiler directive (" + e + "); the rest of this Maven run"
                    + " may be compiled more slowly. Set -DsiteGen.quickCompilation=false to avoid it.");
        }
    }

    /** Ends the directive for a site of this many findings, if it is a large one. */
    void stopForLargeSite(int findings) {
        if (findings >= LARGE_SITE) {
            stop();
        }
    }

    boolean active() {
        return active;
    }

    @Override
    public void close() {
        stop();
    }

    private static void invoke(String operation, String... arguments) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {arguments}, SIGNATURE);
    }
}
