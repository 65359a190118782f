/** Reading a source folder: discovery, decoding, front matter, validation into the model. Not API. */
package org.sitegen.internal.load;
