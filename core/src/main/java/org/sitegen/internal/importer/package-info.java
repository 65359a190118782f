/**
 * How {@link org.sitegen.importer.NoticeImporter} reads a published notice: decoding, line
 * clean-up, structure recognition and the writing of the source tree. Not public API.
 */
package org.sitegen.internal.importer;
