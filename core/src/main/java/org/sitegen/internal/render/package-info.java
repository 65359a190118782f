/** Rendering a site: the stages that write pages, search index, open data and assets. Not API. */
package org.sitegen.internal.render;
