package org.sitegen.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers queries from {@link TokenEntry}s the way {@code search.js} does, so the index can be
 * tested in Java: terms of up to three characters from their own entry, longer ones from covering
 * trigrams at the right distances; all terms must match; title matches first, then reading order.
 * Also answers them by brute force over the documents' folded text, to compare.
 */
final class IndexQuery {
    /** A hit: the document and how many terms its title contains. */
    record Hit(int doc, int titleTerms, int status) {}

    private final Folding folding = new Folding();
    private final Map<String, TokenEntry> entries = new HashMap<>();
    private final List<SearchDocument> documents;
    private final int statusBits;

    IndexQuery(List<TokenEntry> entries, List<SearchDocument> documents, int statusBits) {
        for (TokenEntry e : entries) {
            this.entries.put(e.token(), e);
        }
        this.documents = documents;
        this.statusBits = statusBits;
    }

    /** The hits of a query, ranked. */
    List<Hit> search(String query) {
        List<String> terms = folding.terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<Integer, int[]> hits = null;
        for (String term : terms) {
            Map<Integer, int[]> found = term(term);
            if (hits == null) {
                hits = found;
            } else {
                Map<Integer, int[]> both = new HashMap<>();
                for (Map.Entry<Integer, int[]> h : hits.entrySet()) {
                    int[] other = found.get(h.getKey());
                    if (other != null) {
                        both.put(h.getKey(), new int[] {h.getValue()[0] + other[0], h.getValue()[1]});
                    }
                }
                hits = both;
            }
        }
        List<Hit> out = new ArrayList<>();
        hits.forEach((doc, v) -> out.add(new Hit(doc, v[0], v[1])));
        out.sort(Comparator.comparingInt((Hit h) -> -h.titleTerms()).thenComparingInt(Hit::doc));
        return out;
    }

    /** doc -> {1 if in the title, status}. */
    private Map<Integer, int[]> term(String term) {
        int[] cps = term.codePoints().toArray();
        Map<Integer, int[]> out = new HashMap<>();
        if (cps.length <= 3) {
            TokenEntry e = entries.get(term);
            if (e == null) {
                return out;
            }
            int[] docs = IntCodec.decode(e.docs());
            Set<Integer> titles = set(IntCodec.decode(e.titles()));
            int[] statuses = IntCodec.unpack(e.statuses(), statusBits, docs.length);
            for (int i = 0; i < docs.length; i++) {
                out.put(docs[i], new int[] {titles.contains(docs[i]) ? 1 : 0, statuses[i]});
            }
            return out;
        }
        List<Integer> offsets = new ArrayList<>();
        for (int o = 0; o + 3 < cps.length; o += 3) {
            offsets.add(o);
        }
        offsets.add(cps.length - 3);
        List<Map<Integer, int[]>> positions = new ArrayList<>();
        Map<Integer, Integer> statusOf = new HashMap<>();
        for (int k = 0; k < offsets.size(); k++) {
            TokenEntry e = entries.get(new String(cps, offsets.get(k), 3));
            if (e == null) {
                return out;
            }
            int[] docs = IntCodec.decode(e.docs());
            int[] values = IntCodec.varints(e.positions());
            Map<Integer, int[]> byDoc = new HashMap<>();
            int at = 0;
            for (int doc : docs) {
                int n = values[at++];
                int[] list = new int[n];
                for (int m = 0; m < n; m++) {
                    list[m] = m == 0 ? values[at + m] : list[m - 1] + values[at + m] + 1;
                }
                at += n;
                byDoc.put(doc, list);
            }
            positions.add(byDoc);
            if (k == 0) {
                int[] statuses = IntCodec.unpack(e.statuses(), statusBits, docs.length);
                for (int i = 0; i < docs.length; i++) {
                    statusOf.put(docs[i], statuses[i]);
                }
            }
        }
        for (Map.Entry<Integer, int[]> first : positions.get(0).entrySet()) {
            int doc = first.getKey();
            boolean found = false;
            boolean inTitle = false;
            for (int v : first.getValue()) {
                boolean ok = true;
                for (int k = 1; k < offsets.size() && ok; k++) {
                    int[] other = positions.get(k).get(doc);
                    int want = (v >> 1) + offsets.get(k);
                    ok = other != null && Arrays.stream(other).anyMatch(x -> x >> 1 == want);
                }
                if (ok) {
                    found = true;
                    inTitle |= (v & 1) == 1;
                }
            }
            if (found) {
                out.put(doc, new int[] {inTitle ? 1 : 0, statusOf.get(doc)});
            }
        }
        return out;
    }

    /** The same query by brute force: every document whose folded fields contain every term. */
    List<Hit> bruteForce(String query) {
        List<String> terms = folding.terms(query);
        List<Hit> out = new ArrayList<>();
        if (terms.isEmpty()) {
            return out;
        }
        for (int d = 0; d < documents.size(); d++) {
            SearchDocument doc = documents.get(d);
            List<String> fields = doc.fields().stream().map(folding::foldToString).toList();
            int titleTerms = 0;
            boolean all = true;
            for (String t : terms) {
                all &= fields.stream().anyMatch(f -> f.contains(t));
                titleTerms += fields.get(0).contains(t) ? 1 : 0;
            }
            if (all) {
                out.add(new Hit(d, titleTerms, doc.status()));
            }
        }
        out.sort(Comparator.comparingInt((Hit h) -> -h.titleTerms()).thenComparingInt(Hit::doc));
        return out;
    }

    private static Set<Integer> set(int[] ids) {
        Set<Integer> s = new HashSet<>();
        for (int id : ids) {
            s.add(id);
        }
        return s;
    }
}
