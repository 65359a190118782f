package org.sitegen;

import org.sitegen.model.ExternalLink;
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
 * @param externalLinks the links of published records to other sites, in file order; the build does
 *     not fetch them, {@code site-gen:check} lists them for review
 */
public record LoadResult(Path sourceDirectory, Optional<Site> site, List<Problem> problems,
        List<ExternalLink> externalLinks) {
    /**
     * Checks the result and sorts its problems by {@link Problem#ORDER}.
     *
     * @param sourceDirectory the folder that was loaded; problem paths are relative to it
     * @param site the site; empty when there is an error
     * @param problems every problem found, sorted by {@link Problem#ORDER}
     * @param externalLinks the links of published records to other sites, sorted by {@link
     *     ExternalLink#ORDER}
     * @throws NullPointerException if the source folder, the site, the problems or the links are null
     * @throws IllegalArgumentException if there is a site although a problem is an error
     */
    public LoadResult {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory must not be null");
        Objects.requireNonNull(site, "site must not be null");
        problems = problems.stream().sorted(Problem.ORDER).toList();
        externalLinks = externalLinks.stream().sorted(ExternalLink.ORDER).toList();
        if (site.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a load with errors must not have a site");
        }
    }

    /**
     * A result without external links.
     *
     * @param sourceDirectory the folder that was loaded; problem paths are relative to it
     * @param site the site; empty when there is an error
     * @param problems every problem found, sorted by {@link Problem#ORDER}
     * @throws NullPointerException if the source folder, the site or the problems are null
     * @throws IllegalArgumentException if there is a site although a problem is an error
     */
    public LoadResult(Path sourceDirectory, Optional<Site> site, List<Problem> problems) {
        this(sourceDirectory, site, problems, List.of());
    }

    /** {@return whether any problem is an error; then there is no site} */
    public boolean hasErrors() {
        return site.isEmpty();
    }

    /** {@return the errors, in file order} */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** {@return the warnings, in file order} */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
