/**
 * site-gen: turns a folder of Markdown finding records into a static, searchable disclosure site.
 *
 * <p>Start at {@link org.sitegen.SiteGenerator}: {@code load} validates a source folder into a
 * {@link org.sitegen.model.Site} or a list of {@link org.sitegen.model.Problem problems}; {@code render}
 * writes a site's pages, search index and open data into a folder, atomically; {@code build} does
 * both. {@link org.sitegen.LiveSite} keeps a site loaded and rendered in memory and updates it
 * file by file, for a preview or an editor. The model lives in {@link org.sitegen.model}. Packages under {@code org.sitegen.internal}
 * are not API and may change without notice.
 */
package org.sitegen;
