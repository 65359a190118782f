package org.sitegen.internal.search;

import java.util.List;
import java.util.Objects;

/**
 * What the search knows of one finding: its plain-text fields, and the positions of its status and
 * category in the site's lists. The searchable fields are the title, the measures, the units, the
 * documents and the category's title, in that order.
 *
 * @param id the finding's id; its page is {@code findings/<id>.html}
 * @param number the finding's number
 * @param title the title
 * @param status the index of its status in the site's vocabulary
 * @param category the index of its category in the site's categories
 * @param measures the measures as plain text, without their ordinals
 * @param units the responsible units
 * @param documents the documents issued
 * @param categoryTitle the title of its category
 */
record SearchDocument(
        String id,
        int number,
        String title,
        int status,
        int category,
        List<String> measures,
        List<String> units,
        List<String> documents,
        String categoryTitle) {
    SearchDocument {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(categoryTitle, "categoryTitle must not be null");
        measures = List.copyOf(measures);
        units = List.copyOf(units);
        documents = List.copyOf(documents);
    }

    /** The searchable fields in index order; the title is first. */
    List<String> fields() {
        List<String> all = new java.util.ArrayList<>(2 + measures.size() + units.size() + documents.size());
        all.add(title);
        all.addAll(measures);
        all.addAll(units);
        all.addAll(documents);
        all.add(categoryTitle);
        return all;
    }
}
