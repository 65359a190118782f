package org.sitegen.internal.build;

import java.io.IOException;
import java.util.List;
import org.sitegen.internal.output.OutputSink;

/**
 * One stage of a build, e.g. the pages, the search index or the open data. A stage reads the
 * {@link BuildContext} and writes its files to the sink; it knows no other stage and not the
 * {@link Pipeline} that runs it.
 */
public interface Stage {
    /** A short name for reports and progress lines, e.g. "pages". */
    String name();

    /** Writes this stage's files. May write from several threads. */
    void run(BuildContext context, OutputSink out) throws IOException;

    /**
     * The same files as {@link #run}, as parts that can be made one at a time, each with the key of
     * what it depends on (see {@link Part}); for the live build, which makes only the parts asked
     * for whose key changed. Making every part writes what {@link #run} writes, byte for byte.
     *
     * <p>A stage object may keep what does not change while the source folder's {@code site.yaml},
     * templates and assets do not (compiled templates): the live build makes new stage objects when
     * those change.
     */
    List<Part> plan(BuildContext context) throws IOException;
}
