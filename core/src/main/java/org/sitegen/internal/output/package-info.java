/** Writing a site: a staging folder beside the output, path containment, the final swap. Not API. */
package org.sitegen.internal.output;
