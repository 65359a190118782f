/**
 * The open data of a site: {@code data/findings.json}, {@code data/findings.csv}, the Atom feed
 * {@code feed.xml}, {@code sitemap.xml} and {@code robots.txt}. See {@link
 * org.sitegen.internal.export.ExportStage}. Not API.
 */
package org.sitegen.internal.export;
