/**
 * Rendering a site: the stages that write pages, search index, open data and assets. Not API.
 *
 * <p>The pages: {@link org.sitegen.internal.pages.PageStage} builds one {@link
 * org.sitegen.internal.pages.View view} record per page with {@link
 * org.sitegen.internal.pages.ViewFactory} and the factories beside it (the ledger's, the status
 * pages', the inspections', each page's facts), in the site's language ({@link
 * org.sitegen.internal.pages.PageBundle}), and runs it through the compiled {@link
 * org.sitegen.internal.pages.TemplateSet} (built-in mustache templates, replaced by name by the
 * site's {@code templates/}). Record text becomes HTML through {@link
 * org.sitegen.internal.pages.Markdown}, whose links obey {@link
 * org.sitegen.internal.pages.UrlPolicy}; charts are inline SVG from {@link
 * org.sitegen.internal.pages.Charts}, coloured by {@link org.sitegen.internal.pages.Tone}.
 */
package org.sitegen.internal.pages;
