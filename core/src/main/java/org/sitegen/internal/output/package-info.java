/**
 * Writing a site: a staging folder beside the output, path containment, the final swap; or, for a
 * live build, bytes held in memory ({@link org.sitegen.internal.output.MemoryOutput}). Not API.
 */
package org.sitegen.internal.output;
