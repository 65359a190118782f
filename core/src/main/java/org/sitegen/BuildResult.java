package org.sitegen;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SiteGenerator#build} did.
 *
 * @param load the load's result, with every problem found
 * @param render the render's report; empty when the load had errors and nothing was written
 */
public record BuildResult(LoadResult load, Optional<RenderReport> render) {
    /**
     * Checks the result.
     *
     * @param load the load's result, with every problem found
     * @param render the render's report; empty when the load had errors and nothing was
     *     written
     * @throws NullPointerException if the load or the render is null
     */
    public BuildResult {
        Objects.requireNonNull(load, "load must not be null");
        Objects.requireNonNull(render, "render must not be null");
    }
}
