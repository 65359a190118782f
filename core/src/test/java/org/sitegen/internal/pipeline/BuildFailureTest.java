package org.sitegen.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.BuildResult;
import org.sitegen.RenderReport;
import org.sitegen.SiteFiles;
import org.sitegen.SiteGenerator;
import org.sitegen.internal.pages.TemplateFailure;
import org.sitegen.internal.output.OutputSink;
import org.sitegen.model.Site;
import org.sitegen.testing.FolderState;

/**
 * A build that fails at any point leaves the previous site exactly as it was: every file's bytes,
 * the file list, and nothing left beside the folder. Each test injects one failure into a build of
 * the example site over an output folder that holds the previous build.
 */
class BuildFailureTest {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");

    @TempDir static Path shared;
    static Site site;
    static Pipeline.Written previous;
    static Path pristine;

    @TempDir Path tmp;
    Path out;
    FolderState before;

    @BeforeAll
    static void buildThePreviousSiteOnce() throws IOException {
        site = SiteFiles.load(EXAMPLE);
        pristine = shared.resolve("site");
        previous = renderer(UnaryOperator.identity()).run(site, pristine);
    }

    @BeforeEach
    void putThePreviousSiteInPlace() throws IOException {
        out = SiteFiles.copy(pristine, tmp.resolve("www").resolve("site"));
        Files.copy(shared.resolve(".site.lock"), tmp.resolve("www").resolve(".site.lock"));
        before = FolderState.of(out);
        assertEquals(previous.files() + 1, before.files(), "the files and the marker");
    }

    static Pipeline renderer(UnaryOperator<OutputSink> filter) {
        return new Pipeline(null, line -> {}, List.of(), null, filter);
    }

    @Test
    void aBadRecordWritesNothing() throws IOException {
        Path source = SiteFiles.copy(EXAMPLE, tmp.resolve("src"));
        SiteFiles.write(source, Map.of("findings/07.md", """
                ---
                number: 7
                category: funds
                title: 状态写错的问题
                status: 快完成了
                ---
                一是措施。
                """));
        BuildResult result = SiteGenerator.builder().build().build(source, out);
        assertTrue(result.render().isEmpty());
        assertTrue(result.load().errors().get(0).message().contains("快完成了"), result.load().errors().toString());
        before.assertUnchanged(out, "a bad record");
    }

    @Test
    void aTemplateThatFailsOnOnePageLeavesThePreviousSite() throws IOException {
        Path source = SiteFiles.copy(EXAMPLE, tmp.resolve("src"));
        // only findings that list documents reach the misspelt name; the others render fine
        SiteFiles.write(source, Map.of("templates/finding.mustache", """
                {{> header}}
                <h1>{{title}}</h1>
                {{#hasDocuments}}{{documentz}}{{/hasDocuments}}
                {{> footer}}
                """));
        Site broken = SiteFiles.load(source);
        TemplateFailure e = assertThrows(TemplateFailure.class, () -> renderer(UnaryOperator.identity()).run(broken, out));
        assertTrue(e.getMessage().contains("documentz"), e.getMessage());
        before.assertUnchanged(out, "a template error");
    }

    /** Fails after {@code n} files as a full disk would, leaving the file being written cut short. */
    @ParameterizedTest(name = "disk full after {0} files")
    @ValueSource(ints = {0, 1, 20, 44, -1})
    void aFullDiskAtAnyPointLeavesThePreviousSite(int n) {
        int after = n >= 0 ? n : previous.files() - 1;
        FaultySink.Fault fault = (path, index) -> index >= after ? new IOException("No space left on device") : null;
        IOException e = assertThrows(IOException.class, () -> renderer(sink -> new FaultySink(sink, fault)).run(site, out));
        assertEquals("No space left on device", e.getMessage());
        before.assertUnchanged(out, "a full disk after " + after + " files");
    }

    @ParameterizedTest(name = "I/O error on {0}")
    @ValueSource(strings = {"index.html", "findings/leased-public-assets.html", "assets/site.css", "data/findings.csv",
            "feed.xml"})
    void anIoErrorOnAnyFileLeavesThePreviousSite(String failing) {
        FaultySink.Fault fault = (path, index) -> path.equals(failing) ? new IOException("Input/output error") : null;
        IOException e = assertThrows(IOException.class, () -> renderer(sink -> new FaultySink(sink, fault)).run(site, out));
        assertEquals("Input/output error", e.getMessage());
        before.assertUnchanged(out, "an I/O error on " + failing);
    }

    @Test
    void anUnexpectedErrorInAStageLeavesThePreviousSite() {
        FaultySink.Fault fault = (path, index) -> index == 30 ? new UncheckedIOException(new IOException("stale file handle")) : null;
        assertThrows(UncheckedIOException.class, () -> renderer(sink -> new FaultySink(sink, fault)).run(site, out));
        before.assertUnchanged(out, "an unchecked error");
    }

    @Test
    void theNextBuildAfterAFailureSucceeds() throws IOException {
        FaultySink.Fault fault = (path, index) -> index == 5 ? new IOException("No space left on device") : null;
        assertThrows(IOException.class, () -> renderer(sink -> new FaultySink(sink, fault)).run(site, out));
        Pipeline.Written again = renderer(UnaryOperator.identity()).run(site, out);
        assertEquals(previous.files(), again.files());
        before.assertUnchanged(out, "a good build after a failed one (the output is reproducible)");
    }

    /** Passes writes through until its fault says otherwise, then writes half the file and throws. */
    static final class FaultySink implements OutputSink {
        /** The failure for the index-th file written (from 0), or null to let it through. */
        interface Fault {
            Exception at(String path, int index);
        }

        private final OutputSink delegate;
        private final Fault fault;
        private final AtomicInteger count = new AtomicInteger();

        FaultySink(OutputSink delegate, Fault fault) {
            this.delegate = delegate;
            this.fault = fault;
        }

        @Override
        public void write(String path, byte[] content) throws IOException {
            Exception e = fault.at(path, count.getAndIncrement());
            if (e != null) {
                delegate.write(path, java.util.Arrays.copyOf(content, content.length / 2));
                throwIt(e);
            }
            delegate.write(path, content);
        }

        @Override
        public void write(String path, List<ByteBuffer> parts) throws IOException {
            Exception e = fault.at(path, count.getAndIncrement());
            if (e != null) {
                delegate.write(path, parts.isEmpty() ? List.of() : parts.subList(0, parts.size() / 2));
                throwIt(e);
            }
            delegate.write(path, parts);
        }

        @Override
        public void copy(String path, Path source) throws IOException {
            Exception e = fault.at(path, count.getAndIncrement());
            if (e != null) {
                delegate.write(path, new byte[0]);
                throwIt(e);
            }
            delegate.copy(path, source);
        }

        private static void throwIt(Exception e) throws IOException {
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
    }

    @Test
    void theFaultySinkReallyFailsWhereItIsTold() throws IOException {
        AtomicInteger seen = new AtomicInteger();
        OutputSink counting = new OutputSink() {
            @Override
            public void write(String path, byte[] content) {
                seen.incrementAndGet();
            }

            @Override
            public void copy(String path, Path source) {
                seen.incrementAndGet();
            }
        };
        FaultySink sink = new FaultySink(counting, (path, index) -> index == 2 ? new IOException("full") : null);
        sink.write("a", new byte[4]);
        sink.write("b", new byte[4]);
        assertEquals("full", assertThrows(IOException.class, () -> sink.write("c", new byte[4])).getMessage());
        assertEquals(3, seen.get(), "the failing file is started, cut short");
        assertFalse(seen.get() > 3);
    }
}
