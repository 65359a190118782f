package org.sitegen.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Site;

/**
 * Validates the records without writing anything, e.g. as a merge gate: {@code mvn site-gen:check}
 * fails when a record has an error, listing each as {@code path:line:column: message}.
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
    }
}
