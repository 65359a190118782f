package org.sitegen.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitegen.model.Problem;

/**
 * What {@link NoticeImporter#importNotice(Path, Path)} did.
 *
 * <p>Problems about the notice's text name the notice file (absolute) and the line of the notice
 * (of a Word or PDF file, the paragraph's number);
 * problems about files of the source tree (one that exists already, say) name the file relative
 * to the source folder, as the loader's do. {@link Problem#format(Path, Path)} with the source
 * folder shows both correctly. An error means a record needs the clerk before the site builds
 * (an unknown status, say) or, when {@link #written()} is empty, that nothing was imported.
 *
 * <p>Into a folder that has a {@code site.yaml} already, the import updates the tree ({@link
 * #update()}): then {@link #written()} holds only the files that changed, and is empty when the
 * notice was imported before.
 *
 * @param sourceDirectory the folder the records were written into
 * @param written the files written (in a dry run: that would be written), relative to {@code
 *     sourceDirectory}, in writing order; empty when the import was refused, the notice could not
 *     be read, or an update changes nothing
 * @param problems what could not be read or placed, in the notice's line order, then problems
 *     with the source tree
 * @param charset the encoding a text notice was read in; empty for a Word or PDF file, and when the
 *     notice could not be read
 * @param categories how many categories (groups of problems) were read
 * @param findings how many findings (numbered problems) were read
 * @param update what the import did to a tree that had records already; empty for a new tree and
 *     when the import was refused
 * @param dryRun whether nothing was written, as asked ({@link NoticeImporter.Builder#dryRun(boolean)})
 */
public record ImportResult(
        Path sourceDirectory,
        List<Path> written,
        List<Problem> problems,
        Optional<Charset> charset,
        int categories,
        int findings,
        Optional<ImportUpdate> update,
        boolean dryRun) {
    /**
     * Checks the result and copies its lists.
     *
     * @param sourceDirectory the folder the records were written into
     * @param written the files written, relative to {@code sourceDirectory}, in writing
     *     order; empty when the import was refused or the notice could not be read
     * @param problems what could not be read or placed, in the notice's line order, then
     *     problems with the source tree
     * @param charset the encoding the notice was read in; empty when it could not be read
     * @param categories how many categories (groups of problems) were read
     * @param findings how many findings (numbered problems) were read
     * @param update what the import did to a tree that had records already; empty for a new tree
     * @param dryRun whether nothing was written, as asked
     * @throws NullPointerException if the source folder, a list, the charset or the update is null
     */
    public ImportResult {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory must not be null");
        Objects.requireNonNull(charset, "charset must not be null");
        Objects.requireNonNull(update, "update must not be null");
        written = List.copyOf(written);
        problems = List.copyOf(problems);
    }

    /**
     * A result of a new tree, written.
     *
     * @param sourceDirectory the folder the records were written into
     * @param written the files written, relative to {@code sourceDirectory}, in writing order
     * @param problems what could not be read or placed
     * @param charset the encoding a text notice was read in
     * @param categories how many categories were read
     * @param findings how many findings were read
     */
    public ImportResult(Path sourceDirectory, List<Path> written, List<Problem> problems, Optional<Charset> charset,
            int categories, int findings) {
        this(sourceDirectory, written, problems, charset, categories, findings, Optional.empty(), false);
    }

    /**
     * {@return whether the notice was imported: its records written (or, in a dry run, worked out),
     * or the tree updated, even when an update changed nothing because the notice was imported
     * before}
     */
    public boolean imported() {
        return !written.isEmpty() || update.isPresent();
    }

    /** {@return the errors: records to fix before the site builds, or why nothing was written} */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** {@return the warnings: what was read in a way worth checking} */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
