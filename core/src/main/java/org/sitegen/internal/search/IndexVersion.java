package org.sitegen.internal.search;

import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The version of a search index: a digest of every part's name and content and of the search
 * script's files, the same for the same index whatever order the parts were written in. search.html
 * loads each of the script's files as {@code search-….js?v=<version>}, and the script loads every
 * part with the same query, so a browser never mixes files it cached from an earlier build with
 * those of this one.
 *
 * <p>Not a cryptographic digest: it only has to change when the index does. Thread-safe.
 */
final class IndexVersion {
    private final AtomicLong sum = new AtomicLong();
    private final AtomicLong parts = new AtomicLong();

    /** Adds a part; parts may be added from several threads, in any order. */
    void add(String name, byte[] content) {
        sum.addAndGet(mix(name.hashCode() * 0x9E3779B97F4A7C15L ^ checksum(content)));
        parts.incrementAndGet();
    }

    /**
     * The version: 16 hexadecimal digits.
     *
     * @param scripts the content of the search script's files, in the order search.html loads them
     */
    String version(byte[]... scripts) {
        long s = parts.get();
        for (byte[] script : scripts) {
            s = mix(checksum(script) + s);
        }
        long v = mix(sum.get() ^ s);
        String hex = Long.toHexString(v);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** Two different checksums of the bytes, as one 64-bit value. */
    private static long checksum(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return c.getValue() << 32 | d.getValue();
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
