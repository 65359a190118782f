package org.sitegen.internal.search;

import java.util.Objects;

/**
 * One token of the index and its postings, encoded with {@link IntCodec}.
 *
 * @param token one, two or three adjacent folded word characters
 * @param count how many documents contain it
 * @param docs the documents that contain it: a doc list or bitmap
 * @param titles the documents whose title contains it: a doc list or bitmap
 * @param statuses the status of each document of {@code docs}, in that order, packed by {@link
 *     IntCodec.Packed}, so filter counts need no status table of the whole site
 * @param positions for a trigram, where it occurs in each document of {@code docs}, in that order:
 *     a varint count, then the count's values {@code 2*position + (1 if in the title)}, the first
 *     as is and the others as the gap to the previous minus one; {@code null} for one or two
 *     characters, whose positions no query needs
 */
record TokenEntry(String token, int count, String docs, String titles, String statuses, String positions) {
    TokenEntry {
        Objects.requireNonNull(token, "token must not be null");
        Objects.requireNonNull(docs, "docs must not be null");
        Objects.requireNonNull(titles, "titles must not be null");
        Objects.requireNonNull(statuses, "statuses must not be null");
    }

    /** The length of the token in code points. */
    int length() {
        return token.codePointCount(0, token.length());
    }
}
