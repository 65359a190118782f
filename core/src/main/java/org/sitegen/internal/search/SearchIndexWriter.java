package org.sitegen.internal.search;

import org.sitegen.internal.text.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Lays the index out in parts, each a small script file under {@code assets/search/}, so that a
 * query loads only what it needs:
 *
 * <ul>
 *   <li>{@code meta}: counts and sizes below, the statuses, categories (with the first document of
 *       each: documents are in reading order, so a category is a range) and inspections: {@code
 *       [id, title]}, or {@code [id, title, {code: label}]} for one that names statuses otherwise
 *       (an audit's 已整改), with those labels.
 *   <li>{@code b/<i>}: bucket {@code i} of the token dictionary; a token is in bucket {@link
 *       #hash}{@code (token) mod buckets}. An entry is {@code [count, [docs, titles, statuses],
 *       positions]} (positions for trigrams only; see {@link TokenEntry}); a part of an entry
 *       longer than {@link #EXTERNAL} characters is replaced by the number {@code k} of its own
 *       file {@code t/<k>} (docs, titles and statuses) or {@code p/<k>} (positions), so buckets
 *       stay a few KB and a frequent token costs only its own postings.
 *   <li>{@code d/<i>}: the records of a few consecutive documents (number, title, status, category,
 *       id, measures, units, documents), for the results shown and their snippets.
 * </ul>
 */
final class SearchIndexWriter {
    /** The format version in {@code meta}. */
    static final int VERSION = 1;
    /** Parts of an entry longer than this many characters get a file of their own. */
    static final int EXTERNAL = 4096;
    /** The size buckets aim at, in characters. */
    static final int BUCKET_TARGET = 8192;
    /** The size record chunks aim at, in UTF-8 bytes. */
    static final int RECORD_CHUNK_TARGET = 6144;

    /** Receives the parts; called from several threads. */
    @FunctionalInterface
    interface PartSink {
        /** Writes {@code assets/search/<name>.js}. */
        void write(String name, byte[] script) throws IOException;
    }

    /** A category as the search sees it: its id, title, first document and inspection's index. */
    record CategoryRange(String id, String title, int start, int inspection) {}

    /** A status or inspection: its code or id, and its label or title. */
    record Named(String id, String label) {}

    /**
     * An inspection: its id, title, and the labels of the statuses it names otherwise than the
     * site (an audit's 已整改), by code in vocabulary order; empty when it names none so.
     */
    record InspectionNames(String id, String title, Map<String, String> statusLabels) {
        InspectionNames {
            statusLabels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statusLabels));
        }
    }

    /** A token entry and the numbers of the files its parts have of their own, or null when inline. */
    private record Placed(TokenEntry entry, Integer docsFile, Integer positionsFile) {}

    private final List<Named> statuses;
    private final List<CategoryRange> categories;
    private final List<InspectionNames> inspections;

    SearchIndexWriter(List<Named> statuses, List<CategoryRange> categories, List<InspectionNames> inspections) {
        this.statuses = List.copyOf(statuses);
        this.categories = List.copyOf(categories);
        this.inspections = List.copyOf(inspections);
    }

    /** FNV-1a over the UTF-16 code units, as {@code search-codec.js} computes it. */
    static int hash(String token) {
        int h = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            h ^= token.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** The bucket of a token. */
    static int bucket(String token, int buckets) {
        return Integer.remainderUnsigned(hash(token), buckets);
    }

    /** Writes every part. */
    void write(List<SearchDocument> documents, List<TokenEntry> entries, PartSink sink) throws IOException {
        int perChunk = recordsPerChunk(documents);
        int bits = statusBits(statuses.size());

        // the token dictionary: decide which parts go to files of their own, then size the buckets
        List<Placed> layout = new ArrayList<>(entries.size());
        long inline = 0;
        int external = 0;
        for (TokenEntry e : entries) {
            int docsLength = e.docs().length() + e.titles().length() + e.statuses().length();
            Integer docsFile = docsLength > EXTERNAL ? external++ : null;
            Integer positionsFile = e.positions() != null && e.positions().length() > EXTERNAL ? external++ : null;
            inline += e.token().length() * 3L + 16 + (docsFile == null ? docsLength : 0)
                    + (e.positions() == null || positionsFile != null ? 0 : e.positions().length());
            layout.add(new Placed(e, docsFile, positionsFile));
        }
        int buckets = (int) Math.max(1, (inline + BUCKET_TARGET - 1) / BUCKET_TARGET);
        List<List<Placed>> byBucket = new ArrayList<>(buckets);
        for (int i = 0; i < buckets; i++) {
            byBucket.add(new ArrayList<>());
        }
        for (Placed l : layout) {
            byBucket.get(bucket(l.entry().token(), buckets)).add(l);
        }

        write(sink, "meta", meta(documents.size(), buckets, perChunk, bits));
        run(IntStream.range(0, buckets), i -> write(sink, "b/" + i, bucketJson(byBucket.get(i))));
        run(layout.stream(), l -> {
            TokenEntry e = l.entry();
            if (l.docsFile() != null) {
                write(sink, "t/" + l.docsFile(), docsJson(new StringBuilder(), e));
            }
            if (l.positionsFile() != null) {
                write(sink, "p/" + l.positionsFile(), Json.string(new StringBuilder(e.positions().length() + 2), e.positions()));
            }
        });
        int chunks = (documents.size() + perChunk - 1) / perChunk;
        run(IntStream.range(0, chunks), c -> {
            StringBuilder sb = new StringBuilder(RECORD_CHUNK_TARGET * 2).append('[');
            for (int d = c * perChunk; d < Math.min(documents.size(), (c + 1) * perChunk); d++) {
                if (d > c * perChunk) {
                    sb.append(',');
                }
                sb.append(record(documents.get(d)));
            }
            write(sink, "d/" + c, sb.append(']'));
        });
    }

    /**
     * How many records go in a part: enough for about {@link #RECORD_CHUNK_TARGET} bytes, judged
     * from up to 1,000 records spread over the site, 1 to 64.
     */
    static int recordsPerChunk(List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return 1;
        }
        int step = Math.max(1, documents.size() / 1000);
        long bytes = 0;
        int sampled = 0;
        for (int d = 0; d < documents.size(); d += step) {
            bytes += record(documents.get(d)).getBytes(StandardCharsets.UTF_8).length;
            sampled++;
        }
        return (int) Math.max(1, Math.min(64, Math.round(RECORD_CHUNK_TARGET / ((double) bytes / sampled))));
    }

    /** Bits per status: enough for the vocabulary, at most 6 (one character per posting). */
    static int statusBits(int count) {
        if (count > 64) {
            throw new IllegalArgumentException("a status vocabulary of " + count + " statuses is more than the 64 the search supports");
        }
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1)));
    }

    private static StringBuilder docsJson(StringBuilder sb, TokenEntry e) {
        sb.append('[');
        Json.string(sb, e.docs()).append(',');
        Json.string(sb, e.titles()).append(',');
        return Json.string(sb, e.statuses()).append(']');
    }

    private String meta(int count, int buckets, int perChunk, int bits) {
        StringBuilder sb = new StringBuilder(256 + categories.size() * 64);
        sb.append("{\"v\":").append(VERSION)
                .append(",\"n\":").append(count)
                .append(",\"buckets\":").append(buckets)
                .append(",\"chunk\":").append(perChunk)
                .append(",\"statusBits\":").append(bits)
                .append(",\"statuses\":[");
        for (int i = 0; i < statuses.size(); i++) {
            sb.append(i > 0 ? "," : "");
            Json.strings(sb, List.of(statuses.get(i).id(), statuses.get(i).label()));
        }
        sb.append("],\"categories\":[");
        for (int i = 0; i < categories.size(); i++) {
            CategoryRange c = categories.get(i);
            sb.append(i > 0 ? ",[" : "[");
            Json.string(sb, c.id()).append(',');
            Json.string(sb, c.title()).append(',').append(c.start()).append(',').append(c.inspection()).append(']');
        }
        sb.append("],\"inspections\":[");
        for (int i = 0; i < inspections.size(); i++) {
            InspectionNames in = inspections.get(i);
            sb.append(i > 0 ? ",[" : "[");
            Json.string(sb, in.id()).append(',');
            Json.string(sb, in.title());
            if (!in.statusLabels().isEmpty()) {
                sb.append(",{");
                boolean first = true;
                for (Map.Entry<String, String> e : in.statusLabels().entrySet()) {
                    sb.append(first ? "" : ",");
                    Json.string(sb, e.getKey()).append(':');
                    Json.string(sb, e.getValue());
                    first = false;
                }
                sb.append('}');
            }
            sb.append(']');
        }
        return sb.append("]}").toString();
    }

    private static String bucketJson(List<Placed> entries) {
        StringBuilder sb = new StringBuilder(BUCKET_TARGET + 256).append('{');
        for (int i = 0; i < entries.size(); i++) {
            Placed l = entries.get(i);
            TokenEntry e = l.entry();
            if (i > 0) {
                sb.append(',');
            }
            Json.string(sb, e.token()).append(":[").append(e.count()).append(',');
            if (l.docsFile() != null) {
                sb.append(l.docsFile());
            } else {
                docsJson(sb, e);
            }
            if (e.positions() != null) {
                sb.append(',');
                if (l.positionsFile() != null) {
                    sb.append(l.positionsFile());
                } else {
                    Json.string(sb, e.positions());
                }
            }
            sb.append(']');
        }
        return sb.append('}').toString();
    }

    private static String record(SearchDocument d) {
        StringBuilder sb = new StringBuilder(256).append('[').append(d.number()).append(',');
        Json.string(sb, d.title()).append(',').append(d.status()).append(',').append(d.category()).append(',');
        Json.string(sb, d.id()).append(',');
        Json.strings(sb, d.measures()).append(',');
        Json.strings(sb, d.units()).append(',');
        Json.strings(sb, d.documents());
        return sb.append(']').toString();
    }

    private static void write(PartSink sink, String name, CharSequence json) throws IOException {
        sink.write(name, IndexParts.part(name, json).getBytes(StandardCharsets.UTF_8));
    }

    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    private interface IoIntConsumer {
        void accept(int i) throws IOException;
    }

    private static <T> void run(java.util.stream.Stream<T> items, IoConsumer<T> action) throws IOException {
        try {
            items.parallel().forEach(t -> {
                try {
                    action.accept(t);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void run(IntStream items, IoIntConsumer action) throws IOException {
        run(items.boxed(), action::accept);
    }
}
