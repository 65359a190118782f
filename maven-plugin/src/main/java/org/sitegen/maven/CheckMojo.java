package org.sitegen.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.model.ExternalLink;
import org.sitegen.model.Site;

/**
 * Validates the records without writing anything, e.g. as a merge gate: {@code mvn site-gen:check}
 * fails when a record has an error, listing each as {@code path:line:column: message}. When the
 * records pass, it lists their links to other sites, one per line as {@code path:line:column:
 * url}, for someone to review: the build never fetches them.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractSiteGenMojo {
    /**
     * The absolute URL the site will be published at; checked to be an absolute http or https URL,
     * as the {@code build} goal requires.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.baseUrl")
    private String baseUrl;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        SiteGenerator generator = generator(baseUrl);
        Path source = requireSourceDirectory(generator);
        LoadResult loaded = generator.load(source);
        Site site = requireSite(loaded);
        getLog().info(Summary.checked(site, display(source), loaded.warnings().size(), System.nanoTime() - start));
        warn(loaded.warnings());
        if (!loaded.externalLinks().isEmpty()) {
            getLog().info("site-gen: " + Summary.count(loaded.externalLinks().size(), "link")
                    + " to other sites, not fetched; please review where they lead:");
            for (ExternalLink link : loaded.externalLinks()) {
                getLog().info(format(link));
            }
        }
    }

    /** A link as {@code path:line:column: url}, the path relative to the project, as problems are shown. */
    private String format(ExternalLink link) {
        Path file = sourceDirectory().resolve(link.file()).toAbsolutePath().normalize();
        String shown;
        try {
            shown = basedir().relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            shown = file.toString(); // another drive
        }
        return shown + ":" + link.line() + ":" + link.column() + ": " + link.url();
    }
}
