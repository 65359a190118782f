package org.sitegen.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.LoadResult;
import org.sitegen.model.Problem;
import org.sitegen.importer.ImportResult;
import org.sitegen.importer.ImportUpdate;
import org.sitegen.importer.NoticeImporter;
import org.sitegen.model.Site;

/**
 * Turns a published rectification notice into records in the source folder: {@code mvn
 * site-gen:import -DsiteGen.notice=通报.docx}. The notice may be the Word file itself ({@code .docx}
 * or {@code .doc}), a PDF with a text layer, or plain text (UTF-8 or GBK). Existing records are
 * never replaced unless {@code -DsiteGen.overwrite=true}. What the notice does not say clearly (an
 * unknown status word, problems without status) is written for the clerk to fill in and fails
 * the goal, listed as {@code notice.txt:line:column: message (what to change in which record)}
 * (for a Word or PDF file, the line is the paragraph's number); the records are then checked as
 * {@code site-gen:check} would. A publication that is not a rectification notice is said so, and
 * nothing is written.
 *
 * <p>Into a source folder that has a {@code site.yaml}, a later notice of an inspection it holds
 * updates the records the notice reports on (a dated history entry and the status each), and a
 * notice of another inspection adds that inspection with its records; nothing else changes, and a
 * notice imported twice changes nothing. The goal prints a summary to check against the notice;
 * {@code -DsiteGen.dryRun} prints it and writes nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "import", threadSafe = true, requiresProject = true)
public class ImportMojo extends AbstractSiteGenMojo {
    /** The failure message lists this many errors at most; the log lists them all. */
    private static final int MAX_LISTED = 10;

    /**
     * The notice to import: a Word file ({@code .docx}, {@code .doc}), a PDF with a text layer or a
     * plain-text file, relative to the project's folder or absolute. Problems of the notice name it
     * as given here.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.notice")
    private String notice;

    /**
     * Whether records that exist already in the source folder may be replaced. Without it the
     * import is refused before anything is written, and each existing file is listed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.overwrite", defaultValue = "false")
    private boolean overwrite;

    /**
     * Whether to work the import out and print what it would do, writing nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * The id of the inspection of the source folder that a later notice reports on, for a notice
     * whose opening does not say (by default the inspection is recognised from the notice's
     * inspector and dates).
     *
     * @since 0.1.0
     */
    @Parameter(property = "siteGen.inspection")
    private String inspection;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        if (notice == null || notice.isBlank()) {
            throw new MojoFailureException("Say which notice to import, e.g."
                    + " mvn site-gen:import -DsiteGen.notice=通报.docx (a Word file, .docx or .doc, a PDF with a text layer,"
                    + " or plain text).");
        }
        String given = notice.strip();
        Path file = basedir().resolve(given).normalize();
        Path source = sourceDirectory();
        ImportResult result;
        try {
            result = NoticeImporter.builder().overwrite(overwrite).dryRun(dryRun).inspection(inspection)
                    .messageLocale(messageLocale()).build().importNotice(file, source);
        } catch (IOException e) {
            throw new MojoExecutionException("site-gen could not import " + given + " into "
                    + display(source) + ": " + e, e);
        }
        if (!result.imported()) {
            throw failure(result.problems(), file, given, "site-gen did not import the notice " + given + ":");
        }
        if (result.update().isPresent()) {
            updated(result, result.update().get(), file, given, source, start);
            return;
        }
        if (dryRun) {
            for (Problem p : result.problems()) {
                log(p, file, given);
            }
            getLog().info("site-gen: dry run, nothing written: the import would write "
                    + Summary.count(result.written().size(), "file") + " into " + display(source) + " ("
                    + Summary.count(result.findings(), "finding") + " in "
                    + Summary.count(result.categories(), "category") + ")");
            return;
        }
        if (!result.errors().isEmpty()) {
            throw failure(result.problems(), file, given, "site-gen imported the notice " + given + " into "
                    + display(source) + ", but the records need completing before the site builds"
                    + " (fix what is listed, then run mvn site-gen:check):");
        }
        LoadResult loaded = generator(null).load(source);
        Site site = requireSite(loaded);
        List<Problem> warnings = new ArrayList<>(result.warnings());
        warnings.addAll(loaded.warnings());
        getLog().info("site-gen: imported " + Summary.count(site.findings().size(), "finding") + " in "
                + Summary.count(site.categories().size(), "category") + " from " + given + " into "
                + display(source) + " (" + Summary.count(result.written().size(), "file") + ", "
                + result.charset().map(Object::toString).orElse(kind(file)) + ", " + Summary.seconds(System.nanoTime() - start)
                + ")" + (warnings.isEmpty() ? "" : ", " + Summary.count(warnings.size(), "warning") + ":"));
        for (Problem p : warnings) {
            getLog().warn(format(p, file, given));
        }
    }

    /**
     * Reports an import into a tree that had records: the summary, each record changed, the ones
     * the notice does not mention; then fails for errors, or checks the tree as {@code check} would.
     */
    private void updated(ImportResult result, ImportUpdate update, Path file, String given, Path source, long start)
            throws MojoFailureException {
        String what = update.inspectionAdded() ? "added inspection " + update.inspection()
                : "updated inspection " + update.inspection();
        String files = Summary.count(result.written().size(), "file") + (dryRun ? " to write" : " written");
        getLog().info("site-gen: " + (dryRun ? "dry run, nothing written: would have " : "") + what + " from "
                + given + " in " + display(source) + " (" + files + ", "
                + result.charset().map(Object::toString).orElse(kind(file)) + ", "
                + Summary.seconds(System.nanoTime() - start) + ")");
        getLog().info("site-gen: " + update.summary());
        for (ImportUpdate.Change c : update.changes()) {
            String change = switch (c.kind()) {
                case CHANGED -> c.from().label() + " → " + c.to().label();
                case CONFIRMED -> c.to().label() + " (unchanged)";
                case EARLIER -> "earlier progress added, status stays " + c.to().label();
                case ADDED -> "new record" + (c.to() == null ? "" : ", " + c.to().label());
                default -> null;
            };
            if (change != null) {
                getLog().info("site-gen:   " + c.number() + ". " + c.file().toString().replace('\\', '/') + ": " + change);
            }
        }
        List<ImportUpdate.Change> left = update.changes(ImportUpdate.Kind.UNMENTIONED);
        if (!left.isEmpty()) {
            getLog().info("site-gen: not in the notice, left as they are: "
                    + String.join(", ", left.stream().map(c -> String.valueOf(c.number())).toList()));
        }
        if (!result.errors().isEmpty()) {
            throw failure(result.problems(), file, given, "site-gen " + (dryRun ? "would update" : "updated")
                    + " the records of " + display(source) + " from the notice " + given
                    + ", but some of the notice's problems need the clerk (fix what is listed, then import again"
                    + " or run mvn site-gen:check):");
        }
        for (Problem p : result.warnings()) {
            log(p, file, given);
        }
        if (!dryRun) {
            LoadResult loaded = generator(null).load(source);
            requireSite(loaded);
            for (Problem p : loaded.warnings()) {
                log(p, file, given);
            }
        }
    }

    private void log(Problem p, Path file, String given) {
        if (p.isError()) {
            getLog().error(format(p, file, given));
        } else {
            getLog().warn(format(p, file, given));
        }
    }

    /**
     * A problem as {@code path:line:column: message}; a problem of the notice names it as the user
     * gave it ({@code /data/通报.txt}, not {@code ../../../data/通报.txt}).
     */
    private String format(Problem p, Path file, String given) {
        String line = format(p);
        Path abs = sourceDirectory().resolve(p.file()).toAbsolutePath().normalize();
        if (!abs.equals(file)) {
            return line;
        }
        String shown = basedir().relativize(abs).toString().replace('\\', '/');
        return line.startsWith(shown + (p.line() > 0 ? ":" : ": ")) ? given + line.substring(shown.length()) : line;
    }

    /** What a notice that is not text was read as, by its name: docx, doc, pdf. */
    private static String kind(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "?" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Logs every problem, then makes the failure that repeats the first errors and their count. */
    private MojoFailureException failure(List<Problem> problems, Path file, String given, String headline) {
        for (Problem p : problems) {
            if (p.isError()) {
                getLog().error(format(p, file, given));
            } else {
                getLog().warn(format(p, file, given));
            }
        }
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        String count = Summary.count(errors.size(), "error");
        getLog().error(count);
        StringBuilder message = new StringBuilder(headline);
        for (Problem p : errors.subList(0, Math.min(errors.size(), MAX_LISTED))) {
            message.append(System.lineSeparator()).append(format(p, file, given));
        }
        if (errors.size() > MAX_LISTED) {
            message.append(System.lineSeparator()).append("… and ").append(errors.size() - MAX_LISTED)
                    .append(" more, listed above");
        }
        message.append(System.lineSeparator()).append(count);
        return new MojoFailureException(message.toString());
    }
}
