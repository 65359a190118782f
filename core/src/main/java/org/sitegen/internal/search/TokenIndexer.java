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
 * (in parallel, in batches) into its distinct n-grams, each with its positions; the batches are
 * then appended in reading order to per-token encoded buffers (in parallel, each thread owning the
 * tokens that hash to it), so postings are never held as boxed integers.
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
        int shards = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        List<Shard> shardList = IntStream.range(0, shards).mapToObj(i -> new Shard()).toList();
        for (int start = 0; start < documents.size(); start += BATCH) {
            int from = start;
            int to = Math.min(documents.size(), start + BATCH);
            DocTokens[] batch = IntStream.range(from, to)
                    .parallel()
                    .mapToObj(d -> tokens(documents.get(d)))
                    .toArray(DocTokens[]::new);
            // each shard appends, in reading order, the tokens that hash to it: every token's
            // postings are written by one thread, in document order, so the result is deterministic
            IntStream.range(0, shards).parallel().forEach(s -> {
                Shard shard = shardList.get(s);
                for (int d = from; d < to; d++) {
                    shard.append(d, documents.get(d).status(), batch[d - from], s, shards, statusBits);
                }
            });
        }
        List<Postings> postings = new ArrayList<>();
        for (Shard shard : shardList) {
            postings.addAll(shard.postings);
        }
        postings.sort((a, b) -> Long.compare(a.key, b.key));
        int universe = documents.size();
        return postings.parallelStream().map(p -> p.entry(universe)).toList();
    }

    /**
     * A document's n-grams, grouped: n-gram {@code g} is {@code grams[g]} ({@code cp1 << 42 | cp2 <<
     * 21 | cp3}, later code points 0 for shorter ones), and occurs at {@code at[start[g]]} to {@code
     * at[start[g + 1] - 1]}, ascending, each {@code position << 1 | title}.
     */
    record DocTokens(long[] grams, int[] start, int[] at) {}

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
        // local ids in order of first occurrence, then a counting sort by local id (stable, so
        // each n-gram's positions stay ascending)
        int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        long[] slots = new long[capacity];
        int[] slotIds = new int[capacity];
        long[] grams = new long[Math.max(1, n)];
        int[] local = new int[n];
        int distinct = 0;
        int mask = capacity - 1;
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            int slot = LongIntMap.slot(key, mask);
            while (slots[slot] != 0 && slots[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) {
                slots[slot] = key;
                slotIds[slot] = distinct;
                grams[distinct++] = key;
            }
            local[i] = slotIds[slot];
        }
        int[] start = new int[distinct + 1];
        for (int i = 0; i < n; i++) {
            start[local[i] + 1]++;
        }
        for (int g = 0; g < distinct; g++) {
            start[g + 1] += start[g];
        }
        int[] fill = Arrays.copyOf(start, distinct);
        int[] grouped = new int[n];
        for (int i = 0; i < n; i++) {
            grouped[fill[local[i]]++] = at[i];
        }
        return new DocTokens(Arrays.copyOf(grams, distinct), start, grouped);
    }

    /** The postings of the tokens that hash to one shard. */
    private static final class Shard {
        final LongIntMap ids = new LongIntMap();
        final List<Postings> postings = new ArrayList<>();

        void append(int doc, int status, DocTokens tokens, int shard, int shards, int statusBits) {
            long[] grams = tokens.grams();
            for (int g = 0; g < grams.length; g++) {
                long key = grams[g];
                if (shards > 1 && Math.floorMod(LongIntMap.mix(key), shards) != shard) {
                    continue;
                }
                int id = ids.get(key);
                if (id < 0) {
                    id = postings.size();
                    ids.put(key, id);
                    postings.add(new Postings(key, statusBits));
                }
                postings.get(id).add(doc, status, tokens.at(), tokens.start()[g], tokens.start()[g + 1]);
            }
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

        void add(int doc, int status, int[] at, int from, int to) {
            docs.add(doc);
            statuses.add(status);
            boolean inTitle = false;
            for (int k = from; k < to; k++) {
                inTitle |= (at[k] & 1) != 0;
            }
            if (inTitle) {
                titles.add(doc);
            }
            if (positions != null) {
                positions.varint(to - from);
                int last = -1;
                for (int k = from; k < to; k++) {
                    int v = at[k];
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

        static int slot(long key, int mask) {
            return mix(key) & mask;
        }

        static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 29 ^ h >>> 47);
        }
    }
}
