package org.sitegen.internal.build;

import java.io.IOException;
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
}
