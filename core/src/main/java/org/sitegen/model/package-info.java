/**
 * The domain of a disclosure site, as immutable values: the {@link org.sitegen.model.Site} with
 * its {@link org.sitegen.model.Inspection inspections}, {@link org.sitegen.model.Category
 * categories}, {@link org.sitegen.model.Finding findings}, {@link org.sitegen.model.Notice
 * notices} and {@link org.sitegen.model.Page pages}, and the {@link
 * org.sitegen.model.StatusVocabulary status vocabulary} their progress is measured in; and the
 * {@link org.sitegen.model.Problem problems} found in the records that describe them, each at its
 * file, line and column.
 *
 * <p>Every type here is immutable and safe to share between threads. Values come from {@link
 * org.sitegen.SiteGenerator#load(java.nio.file.Path)}, which has validated them: references
 * resolve, ids are unique and well formed, and dates are real dates. Optional values are {@code
 * null} where the record leaves them out, as each accessor documents; lists are never null.
 */
package org.sitegen.model;
