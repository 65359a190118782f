/**
 * Rendering a site: the stages that write pages, search index, open data and assets. Not API.
 *
 * <p>The pages: {@link org.sitegen.internal.render.PageStage} builds one {@link
 * org.sitegen.internal.render.View view} record per page with {@link
 * org.sitegen.internal.render.ViewFactory}, in the site's language ({@link
 * org.sitegen.internal.render.Messages}), and runs it through the compiled {@link
 * org.sitegen.internal.render.TemplateSet} (built-in mustache templates, replaced by name by the
 * site's {@code templates/}). Record text becomes HTML through {@link
 * org.sitegen.internal.render.Markdown}, whose links obey {@link
 * org.sitegen.internal.render.UrlPolicy}; charts are inline SVG from {@link
 * org.sitegen.internal.render.Charts}, coloured by {@link org.sitegen.internal.render.Tone}.
 */
package org.sitegen.internal.render;
