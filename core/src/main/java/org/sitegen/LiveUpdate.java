package org.sitegen;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sitegen.model.Problem;

/**
 * What a {@link LiveSite#update} found and changed. Paths are output paths, '/'-separated, as
 * {@link LiveSite#read} takes them. The search index, whose file names depend on its content, is
 * named as a whole by its folder, {@code assets/search/} (ending in '/').
 *
 * <p>A path is in {@link #changed()} when something it shows changed (a title on a list, a count,
 * a neighbour's link…): its bytes may then differ, and almost always do. A path whose bytes differ
 * from the previous state is always named in one of the three sets. When the records have errors,
 * the output stays as it was: the sets are empty and {@link #load()} has the problems.
 *
 * @param load the load's result: the site, or the problems that keep it from being made
 * @param added paths the previous output did not have
 * @param changed paths whose content may have changed
 * @param removed paths the output no longer has
 * @param warnings the render's warnings (e.g. no {@code baseUrl}, so no sitemap); empty when the
 *     records have errors
 * @param elapsed the wall time of the update
 */
public record LiveUpdate(LoadResult load, SortedSet<String> added, SortedSet<String> changed,
        SortedSet<String> removed, List<Problem> warnings, Duration elapsed) {
    /**
     * Checks the update and copies its sets and list.
     *
     * @param load the load's result: the site, or the problems that keep it from being made
     * @param added paths the previous output did not have
     * @param changed paths whose content may have changed
     * @param removed paths the output no longer has
     * @param warnings the render's warnings; empty when the records have errors
     * @param elapsed the wall time of the update
     */
    public LiveUpdate {
        Objects.requireNonNull(load, "load must not be null");
        Objects.requireNonNull(elapsed, "elapsed must not be null");
        added = Collections.unmodifiableSortedSet(new TreeSet<>(added));
        changed = Collections.unmodifiableSortedSet(new TreeSet<>(changed));
        removed = Collections.unmodifiableSortedSet(new TreeSet<>(removed));
        warnings = List.copyOf(warnings);
    }

    /**
     * Whether the records have errors; then the output was left as it was.
     *
     * @return true when the last load found an error
     */
    public boolean hasErrors() {
        return load.hasErrors();
    }

    /**
     * Whether no output path was added, changed or removed.
     *
     * @return true when the output is as it was
     */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
