/**
 * Reading a source folder: discovery, decoding, front matter, validation into the model; and, for a
 * live build, what one load keeps for the next ({@link org.sitegen.internal.load.RecordCache}). Not
 * API.
 */
package org.sitegen.internal.load;
