package org.sitegen.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order a {@link Site} keeps its records in: categories by inspection, then order; findings by
 * category, then number; notices by date; pages by order. Each method returns a sorted copy.
 */
final class ReadingOrder {
    private ReadingOrder() {}

    /**
     * An inspection's categories together, in the order of {@code site.yaml}; within one
     * inspection by order, then id.
     */
    static List<Category> categories(List<Inspection> inspections, List<Category> categories) {
        Map<Inspection, Integer> inspectionRank = new HashMap<>();
        for (int i = 0; i < inspections.size(); i++) {
            inspectionRank.put(inspections.get(i), i);
        }
        List<Category> cats = new ArrayList<>(categories);
        cats.sort(Comparator.<Category>comparingInt(c -> inspectionRank.getOrDefault(c.inspection(), Integer.MAX_VALUE))
                .thenComparingInt(Category::order).thenComparing(Category::id));
        return List.copyOf(cats);
    }

    /** Findings by their category's place among the sorted categories, then number, then id. */
    static List<Finding> findings(List<Category> sortedCategories, List<Finding> findings) {
        Map<Category, Integer> categoryRank = new HashMap<>();
        // by identity first: a finding holds its site's category object, and a category's hash reads
        // every field of it and of its inspection
        Map<Category, Integer> sameObject = new IdentityHashMap<>();
        for (int i = 0; i < sortedCategories.size(); i++) {
            categoryRank.put(sortedCategories.get(i), i);
        }
        for (Category c : sortedCategories) {
            sameObject.put(c, categoryRank.get(c));
        }
        // each finding's category rank is looked up once, not at each of the sort's comparisons: a
        // category's hash reads every field of it and its inspection, and 100,000 findings take
        // about 1.7 million comparisons
        record Ranked(int rank, Finding finding) {}
        List<Ranked> ranked = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Integer rank = sameObject.get(f.category());
            ranked.add(new Ranked(rank != null ? rank : categoryRank.getOrDefault(f.category(), Integer.MAX_VALUE), f));
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparingInt(r -> r.finding().number())
                .thenComparing(r -> r.finding().id()));
        List<Finding> fs = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            fs.add(r.finding());
        }
        return List.copyOf(fs);
    }

    /**
     * The site's categories and its withheld ones together, by order, then id: the order its
     * notices number them in.
     */
    static List<Category> withWithheld(List<Category> categories, List<Category> withheldCategories) {
        List<Category> all = new ArrayList<>(categories);
        all.addAll(withheldCategories);
        all.sort(Comparator.comparingInt(Category::order).thenComparing(Category::id));
        return all;
    }

    /** Notices oldest first, then by id. */
    static List<Notice> notices(List<Notice> notices) {
        List<Notice> ns = new ArrayList<>(notices);
        ns.sort(Comparator.comparing(Notice::date).thenComparing(Notice::id));
        return List.copyOf(ns);
    }

    /** Free pages by order, then id. */
    static List<Page> pages(List<Page> pages) {
        List<Page> ps = new ArrayList<>(pages);
        ps.sort(Comparator.comparingInt(Page::order).thenComparing(Page::id));
        return List.copyOf(ps);
    }
}
