package org.sitegen.internal.render;

import java.io.IOException;
import org.sitegen.internal.output.OutputSink;

/** One stage of a render, e.g. the pages, the search index or the open data. */
public interface RenderStage {
    /** A short name for reports and progress lines, e.g. "pages". */
    String name();

    /** Writes this stage's files. May write from several threads. */
    void run(RenderContext context, OutputSink out) throws IOException;
}
