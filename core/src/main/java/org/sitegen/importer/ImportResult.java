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
 * @param sourceDirectory the folder the records were written into
 * @param written the files written, relative to {@code sourceDirectory}, in writing order;
 *     empty when the import was refused or the notice could not be read
 * @param problems what could not be read or placed, in the notice's line order, then problems
 *     with the source tree
 * @param charset the encoding a text notice was read in; empty for a Word or PDF file, and when the
 *     notice could not be read
 * @param categories how many categories (groups of problems) were read
 * @param findings how many findings (numbered problems) were read
 */
public record ImportResult(
        Path sourceDirectory,
        List<Path> written,
        List<Problem> problems,
        Optional<Charset> charset,
        int categories,
        int findings) {
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
     * @throws NullPointerException if the source folder, a list or the charset is null
     */
    public ImportResult {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory must not be null");
        Objects.requireNonNull(charset, "charset must not be null");
        written = List.copyOf(written);
        problems = List.copyOf(problems);
    }

    /** {@return whether the records were written} */
    public boolean imported() {
        return !written.isEmpty();
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
