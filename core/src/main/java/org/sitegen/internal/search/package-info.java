/**
 * The client-side search: folds and tokenises the findings' text into a split index of character
 * bigrams and single characters, written as script files under {@code assets/search/} that
 * the search script ({@code assets/search-*.js}, {@code assets/search.js}) loads on demand. Not API.
 */
package org.sitegen.internal.search;
