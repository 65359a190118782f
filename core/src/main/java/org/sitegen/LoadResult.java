package org.sitegen;

import org.sitegen.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitegen.model.Site;

/**
 * What {@link SiteGenerator#load(Path)} found: the site when the records have no error, and every
 * problem, errors and warnings, in file order.
 *
 * @param sourceDirectory the folder that was loaded; problem paths are relative to it
 * @param site the site; empty when there is an error
 * @param problems every problem found, sorted by {@link Problem#ORDER}
 */
public record LoadResult(Path sourceDirectory, Optional<Site> site, List<Problem> problems) {
    public LoadResult {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory must not be null");
        Objects.requireNonNull(site, "site must not be null");
        problems = problems.stream().sorted(Problem.ORDER).toList();
        if (site.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a load with errors must not have a site");
        }
    }

    /** Whether any problem is an error; then there is no site. */
    public boolean hasErrors() {
        return site.isEmpty();
    }

    /** The errors, in file order. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The warnings, in file order. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
