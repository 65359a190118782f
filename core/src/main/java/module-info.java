/**
 * site-gen's library: loads a folder of Markdown finding records into a typed model, reports the
 * problems it finds at their file, line and column, and renders the static disclosure site.
 *
 * <p>The API is {@link org.sitegen} (start at {@link org.sitegen.SiteGenerator}), {@link
 * org.sitegen.model} (the immutable model) and {@link org.sitegen.importer} (a published notice
 * turned into records). Everything under {@code org.sitegen.internal} is not API and is not
 * exported.
 */
module org.sitegen {
    exports org.sitegen;
    exports org.sitegen.model;
    exports org.sitegen.importer;

    // None of these libraries' types appear in the API, so none is required transitively.
    requires org.commonmark;
    requires org.commonmark.ext.autolink;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.heading.anchor;
    requires org.jsoup;
    requires org.snakeyaml.engine;
    // mustache.java's compiler has no module-info: this is the Automatic-Module-Name of its jar
    requires com.github.mustachejava;
    // the importer reads Word (.docx, .doc) and PDF notices
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.scratchpad;
    requires org.apache.pdfbox;

    // mustache.java reads the templates' values (the records in internal.pages.View) by reflection;
    // ModuleTest fails (InaccessibleObjectException inside mustache) if this names the wrong package.
    opens org.sitegen.internal.pages to com.github.mustachejava;
}
