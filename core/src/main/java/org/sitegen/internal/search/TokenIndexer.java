package org.sitegen.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Inverts documents into {@link TokenEntry}s: every run of one, two and three adjacent word
 * characters of the folded fields (n-grams), with the documents where it occurs.
 *
 * <p>A query term of one to three characters is answered exactly by its own entry. A longer term
 * is answered by trigrams covering it, checked to sit at the right distances, so every hit really
 * contains the term; hence trigrams also keep their positions. Positions count folded code points
 * over the fields laid end to end, one position apart (so no run spans two fields); the title is
 * first.
 *
 * <p>Built for 100,000 findings in little memory: each document is folded and tokenised on its own
 * (in parallel, in batches) into its sorted distinct n-grams and one sorted {@code long[]} of
 * {@code n-gram << 21 | position << 1 | title}; the batches are then appended in reading order to
 * per-token encoded buffers, so postings are never held as boxed integers.
 */
final class TokenIndexer {
    /** Positions are kept in 19 bits; text beyond this many folded characters is not indexed. */
    static final int MAX_POSITION = (1 << 19) - 1;
    /** The longest n-gram indexed. */
    static final int MAX_GRAM = 3;
    private static final int BATCH = 2048;
    private static final int CP_BITS = 21;
    private static final long CP_MASK = (1L << CP_BITS) - 1;

    private final Folding folding;
    private final int statusBits;

    /**
     * @param folding the folding of the build
     * @param statusBits bits per status in {@link TokenEntry#statuses()}, 1 to 6
     */
    TokenIndexer(Folding folding, int statusBits) {
        this.folding = folding;
        this.statusBits = statusBits;
    }

    /** The entries of all tokens of the documents (ids are positions in the list), sorted by token. */
    List<TokenEntry> index(List<SearchDocument> documents) {
        LongIntMap ids = new LongIntMap();
        List<Postings> postings = new ArrayList<>();
        for (int start = 0; start < documents.size(); start += BATCH) {
            int from = start;
            int to = Math.min(documents.size(), start + BATCH);
            DocTokens[] batch = IntStream.range(from, to)
                    .parallel()
                    .mapToObj(d -> tokens(documents.get(d)))
                    .toArray(DocTokens[]::new);
            for (int d = from; d < to; d++) {
                append(d, documents.get(d).status(), batch[d - from], ids, postings);
            }
        }
        postings.sort((a, b) -> Long.compare(a.key, b.key));
        int universe = documents.size();
        return postings.parallelStream().map(p -> p.entry(universe)).toList();
    }

    /**
     * A document's n-grams: {@code grams} sorted and distinct, each {@code cp1 << 42 | cp2 << 21 |
     * cp3} (later code points 0 for shorter ones); {@code occurrences} sorted, each {@code index in
     * grams << 21 | position << 1 | title}.
     */
    record DocTokens(long[] grams, long[] occurrences) {}

    /** Tokenises one document. */
    DocTokens tokens(SearchDocument document) {
        long[] keys = new long[64];
        int[] at = new int[64];
        int n = 0;
        int position = 0;
        boolean title = true;
        for (String field : document.fields()) {
            int[] cps = folding.fold(field);
            for (int i = 0; i < cps.length && position <= MAX_POSITION; i++, position++) {
                long key = 0;
                for (int k = 0; k < MAX_GRAM && i + k < cps.length && Folding.isWordChar(cps[i + k]); k++) {
                    key |= (long) cps[i + k] << (CP_BITS * (MAX_GRAM - 1 - k));
                    if (n == keys.length) {
                        keys = Arrays.copyOf(keys, n * 2);
                        at = Arrays.copyOf(at, n * 2);
                    }
                    keys[n] = key;
                    at[n++] = position << 1 | (title ? 1 : 0);
                }
            }
            position++;
            title = false;
        }
        long[] grams = Arrays.copyOf(keys, n);
        Arrays.sort(grams);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || grams[i] != grams[i - 1]) {
                grams[distinct++] = grams[i];
            }
        }
        grams = Arrays.copyOf(grams, distinct);
        long[] occurrences = new long[n];
        for (int i = 0; i < n; i++) {
            occurrences[i] = (long) Arrays.binarySearch(grams, keys[i]) << 21 | at[i];
        }
        Arrays.sort(occurrences);
        return new DocTokens(grams, occurrences);
    }

    private void append(int doc, int status, DocTokens tokens, LongIntMap ids, List<Postings> postings) {
        long[] occurrences = tokens.occurrences();
        int i = 0;
        while (i < occurrences.length) {
            long local = occurrences[i] >>> 21;
            int j = i;
            while (j < occurrences.length && occurrences[j] >>> 21 == local) {
                j++;
            }
            long key = tokens.grams()[(int) local];
            int id = ids.get(key);
            if (id < 0) {
                id = postings.size();
                ids.put(key, id);
                postings.add(new Postings(key, statusBits));
            }
            postings.get(id).add(doc, status, occurrences, i, j);
            i = j;
        }
    }

    /** The number of code points of an n-gram key. */
    static int length(long key) {
        return (key & CP_MASK) != 0 ? 3 : (key >>> CP_BITS & CP_MASK) != 0 ? 2 : 1;
    }

    /** The growing postings of one token. */
    private static final class Postings {
        final long key;
        final IntCodec.DocList docs = new IntCodec.DocList();
        final IntCodec.DocList titles = new IntCodec.DocList();
        final IntCodec.Packed statuses;
        final IntCodec.Ascii positions;

        Postings(long key, int statusBits) {
            this.key = key;
            this.statuses = new IntCodec.Packed(statusBits);
            this.positions = length(key) == MAX_GRAM ? new IntCodec.Ascii() : null;
        }

        void add(int doc, int status, long[] occurrences, int from, int to) {
            docs.add(doc);
            statuses.add(status);
            boolean inTitle = false;
            for (int k = from; k < to; k++) {
                inTitle |= (occurrences[k] & 1) != 0;
            }
            if (inTitle) {
                titles.add(doc);
            }
            if (positions != null) {
                positions.varint(to - from);
                int last = -1;
                for (int k = from; k < to; k++) {
                    int v = (int) (occurrences[k] & 0x1FFFFF);
                    positions.varint(last < 0 ? v : v - last - 1);
                    last = v;
                }
            }
        }

        TokenEntry entry(int universe) {
            int n = length(key);
            int[] cps = new int[n];
            for (int k = 0; k < n; k++) {
                cps[k] = (int) (key >>> (CP_BITS * (MAX_GRAM - 1 - k)) & CP_MASK);
            }
            return new TokenEntry(new String(cps, 0, n), docs.count(), docs.encode(universe), titles.encode(universe),
                    statuses.toString(), positions == null ? null : positions.toString());
        }
    }

    /** An open-addressing map from non-zero longs to ints, for the token dictionary. */
    static final class LongIntMap {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
                if (keys[i] == 0) {
                    return -1;
                }
            }
        }

        void put(long key, int value) {
            if (key == 0) {
                throw new IllegalArgumentException("key must not be 0");
            }
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }
}
