/**
 * Imports a published rectification notice (plain text, such as the file in {@code seeds/}) into
 * a source tree of records: {@link org.sitegen.importer.NoticeImporter}.
 */
package org.sitegen.importer;
