package org.sitegen.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Site;

/**
 * The parameters and behaviour shared by the site-gen goals: the source folder, {@code skip}, and
 * reporting the records' problems through Maven's log.
 *
 * <p>A goal extends this class and implements {@link #run()}; {@link #execute()} has already
 * handled {@code skip}. The helpers turn content problems into {@link MojoFailureException}
 * (BUILD FAILURE) with every problem listed as {@code path:line:column: message}, and I/O or
 * unexpected errors into {@link MojoExecutionException}. Mojo instances are not shared between
 * threads; {@link SiteGenerator} is thread-safe, so the goals are too.
 *
 * @since 0.1.0
 */
public abstract class AbstractSiteGenMojo extends AbstractMojo {
    /**
     * The folder holding the records: {@code site.yaml}, {@code categories/}, {@code findings/},
     * {@code notices/} and {@code pages/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.sourceDirectory", defaultValue = "${project.basedir}/src/site-gen", required = true)
    private File sourceDirectory;

    /**
     * Skips the goal, e.g. {@code -DsiteGen.skip} on the command line.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Compiles with the JVM's quick compiler only while the goal runs, which makes builds of up to
     * tens of thousands of findings markedly faster on small machines; see the README. Has no
     * effect on the output.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.quickCompilation", defaultValue = "true")
    private boolean quickCompilation;

    /**
     * The language the problems of the records (and of an imported notice) are written in: {@code
     * zh-CN} (Simplified Chinese) or {@code en} (English). By default the site's language, the
     * {@code locale} of {@code site.yaml} (Chinese when it sets none; {@code import}: Chinese),
     * e.g. {@code -DsiteGen.messageLocale=en} for English messages on a Chinese site. Maven's own
     * lines and the plugin's summary stay in English.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.messageLocale")
    private String messageLocale;

    private QuickCompilation compilation;

    /** The project's base folder: problem paths are shown relative to it, and no output may replace it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** The folder Maven was started in: the summary shows folders relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRootDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the execution.");
            return;
        }
        try (QuickCompilation c = quickCompilation ? QuickCompilation.start(getLog()) : QuickCompilation.off(getLog())) {
            compilation = c;
            run();
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("site-gen could not read or write a file: " + e.getCause().getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("site-gen failed unexpectedly: " + e
                    + ". Please report this with the output of mvn -e.", e);
        }
    }

    /**
     * Does the goal's work; called by {@link #execute()} unless {@code skip} is set.
     *
     * @throws MojoFailureException for problems the user must fix in the records or configuration
     * @throws MojoExecutionException for I/O and unexpected errors
     */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * Tells the compiler policy how large the loaded site is: a large one is rendered with the
     * optimising compiler.
     */
    protected final void siteLoaded(Site site) {
        if (compilation != null) {
            compilation.stopForLargeSite(site.findings().size());
        }
    }

    /** The source folder, absolute. */
    protected final Path sourceDirectory() {
        return sourceDirectory.toPath().toAbsolutePath().normalize();
    }

    /** The project's base folder, absolute. */
    protected final Path basedir() {
        return basedir.toPath().toAbsolutePath().normalize();
    }

    /**
     * The source folder, after checking that it exists. When it does not, the generator's load says
     * so as the problem of the folder, in the clerk's language (the one chosen with {@code
     * messageLocale}, else Chinese: there is no site.yaml to tell), naming the parameter to set.
     *
     * @throws MojoFailureException naming the folder and how to fix it, when it is missing
     */
    protected final Path requireSourceDirectory(SiteGenerator generator) throws MojoFailureException {
        Path source = sourceDirectory();
        if (!Files.isDirectory(source)) {
            requireSite(generator.load(source), "site-gen cannot read the source folder " + display(source) + ":");
        }
        return source;
    }

    /**
     * A generator for this project: it never replaces the project's base folder.
     *
     * @param baseUrl the URL the site is published at, overriding {@code site.yaml}; null or blank for none
     * @throws MojoFailureException when the URL is not an absolute http or https URL
     */
    protected final SiteGenerator generator(String baseUrl) throws MojoFailureException {
        try {
            return SiteGenerator.builder()
                    .protect(basedir())
                    .baseUrl(baseUrl)
                    .messageLocale(messageLocale())
                    .progress(line -> getLog().debug("site-gen: " + line))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /**
     * The language chosen with {@code messageLocale}, or null for the site's.
     *
     * @throws MojoFailureException when it is neither zh-CN nor en
     */
    protected final Locale messageLocale() throws MojoFailureException {
        if (messageLocale == null || messageLocale.isBlank()) {
            return null;
        }
        String tag = messageLocale.strip().replace('_', '-');
        Locale locale = Locale.forLanguageTag(tag);
        if (!tag.matches("(?i)zh(-[a-z]+)*|en(-[a-z]+)*")) {
            throw new MojoFailureException("messageLocale '" + messageLocale + "' must be zh-CN or en"
                    + " (-DsiteGen.messageLocale=zh-CN or -DsiteGen.messageLocale=en).");
        }
        return locale;
    }

    /**
     * Logs every problem of a load, one per line, then returns its site.
     *
     * @return the site, when the records have no error
     * @throws MojoFailureException listing every error and their count, when there is one
     */
    protected final Site requireSite(LoadResult loaded) throws MojoFailureException {
        return requireSite(loaded, "site-gen found errors in the records:");
    }

    private Site requireSite(LoadResult loaded, String headline) throws MojoFailureException {
        if (!loaded.hasErrors()) {
            return loaded.site().orElseThrow();
        }
        for (Problem p : loaded.problems()) {
            if (p.isError()) {
                getLog().error(format(p));
            } else {
                getLog().warn(format(p));
            }
        }
        List<Problem> errors = loaded.errors();
        String count = Summary.count(errors.size(), "error");
        getLog().error(count);
        StringBuilder message = new StringBuilder(headline);
        for (Problem p : errors) {
            message.append(System.lineSeparator()).append(format(p));
        }
        message.append(System.lineSeparator()).append(count);
        throw new MojoFailureException(message.toString());
    }

    /** Logs each warning on its own line. */
    protected final void warn(List<Problem> warnings) {
        for (Problem p : warnings) {
            getLog().warn(format(p));
        }
    }

    /** A problem as {@code path:line:column: message}, the path relative to the project. */
    protected final String format(Problem problem) {
        return problem.format(sourceDirectory(), basedir());
    }

    /** A folder as the user would type it: relative to where Maven was started if inside it, else absolute. */
    protected final String display(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        Path root = executionRootDirectory != null ? executionRootDirectory.toPath().toAbsolutePath().normalize() : basedir();
        if (abs.startsWith(root) && !abs.equals(root)) {
            return root.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }
}
