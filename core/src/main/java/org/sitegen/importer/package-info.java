/**
 * Imports a published rectification notice (a Word file, a PDF, or plain text such as the file in
 * {@code seeds/}) into a source tree of records: {@link org.sitegen.importer.NoticeImporter}.
 */
package org.sitegen.importer;
