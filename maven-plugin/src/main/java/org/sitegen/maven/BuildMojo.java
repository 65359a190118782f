package org.sitegen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.RenderReport;
import org.sitegen.SiteGenerator;
import org.sitegen.TemplateException;
import org.sitegen.model.Site;

/**
 * Validates the records and builds the site: HTML pages, search index, open data and assets, in
 * a folder of plain files to copy to any web server. Errors in the records fail the build, each
 * listed as {@code path:line:column: message}; the previous site is then left as it was.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class BuildMojo extends AbstractSiteGenMojo {
    /**
     * The folder the site is written to. It is replaced as a whole on every build, so it must be a
     * folder of its own: never the project's folder, the source folder or a folder holding other
     * files.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.outputDirectory", defaultValue = "${project.build.directory}/site-gen", required = true)
    private File outputDirectory;

    /**
     * The absolute URL the site will be published at, e.g. {@code https://www.example.gov.cn/xszg/};
     * overrides {@code baseUrl} of {@code site.yaml}. Used for the sitemap and the feed; pages link
     * relatively and work under any URL without it.
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
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        LoadResult loaded = generator.load(source);
        Site site = requireSite(loaded);
        siteLoaded(site);
        RenderReport report;
        try {
            report = generator.render(site, output);
        } catch (IOException e) {
            throw new MojoExecutionException("site-gen could not write the site to " + display(output) + ": " + e, e);
        } catch (TemplateException e) {
            throw new MojoFailureException("A template override in " + display(source.resolve("templates"))
                    + " is broken: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // an output folder that must not be replaced; the message says why and what to choose,
            // in the language of the site's problems
            throw new MojoFailureException(e.getMessage(), e);
        }
        List<Problem> warnings = new ArrayList<>(loaded.warnings());
        warnings.addAll(report.warnings());
        getLog().info(Summary.built(site, report, display(report.outputDirectory()), warnings.size(),
                System.nanoTime() - start));
        warn(warnings);
    }
}
