package org.sitegen.internal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenIndexerTest {
    private final TokenIndexer indexer = new TokenIndexer(new Folding(), 3);

    private Map<String, TokenEntry> index(SearchDocument... docs) {
        return indexer.index(List.of(docs)).stream().collect(Collectors.toMap(TokenEntry::token, Function.identity()));
    }

    private static Set<String> tokens(Map<String, TokenEntry> index) {
        return index.keySet();
    }

    @Test
    void tokenisesChineseIntoEveryRunOfOneTwoAndThreeCharacters() {
        Map<String, TokenEntry> index = index(new SearchDocument("a", 1, "招投标", 0, 0, List.of(), List.of(), List.of(), ""));
        assertEquals(Set.of("招", "投", "标", "招投", "投标", "招投标"), tokens(index));
    }

    @Test
    void tokensDoNotCrossPunctuationOrSpaces() {
        Map<String, TokenEntry> index = index(new SearchDocument("a", 1, "招投，标 违建", 0, 0, List.of(), List.of(), List.of(), ""));
        assertTrue(tokens(index).contains("招投"));
        assertFalse(tokens(index).contains("投标"));
        assertFalse(tokens(index).contains("标违"));
        assertFalse(tokens(index).stream().anyMatch(t -> t.contains("，") || t.contains(" ")));
    }

    @Test
    void tokensDoNotCrossFields() {
        Map<String, TokenEntry> index = index(new SearchDocument("a", 1, "违", 0, 0, List.of("建"), List.of(), List.of(), ""));
        assertFalse(tokens(index).contains("违建"));
    }

    @Test
    void tokenisesLatinFoldedToLowerCaseAndFullWidthToHalfWidth() {
        Map<String, TokenEntry> index = index(Docs.doc("ＩＳＯ Audit"));
        assertTrue(tokens(index).containsAll(Set.of("iso", "is", "so", "aud", "dit", "a", "t")));
        assertFalse(tokens(index).stream().anyMatch(t -> !t.equals(t.toLowerCase(java.util.Locale.ROOT))));
        assertFalse(tokens(index).contains("oa"));
    }

    @Test
    void tokenisesDigitsAndMixedText() {
        Map<String, TokenEntry> index = index(Docs.doc("区２０２３年招投标"));
        assertTrue(tokens(index).containsAll(Set.of("2023".substring(0, 3), "023", "23年", "3年招", "年招投", "2", "0")));
        assertFalse(tokens(index).contains("区2023"), "n-grams are at most three characters");
    }

    @Test
    void recordsDocumentsTitlesAndStatusesOfEachToken() {
        Map<String, TokenEntry> index = index(
                Docs.doc(2, "违建别墅", "拆除"),
                Docs.doc(0, "其他问题", "违建房屋分类处置"),
                Docs.doc(4, "无关", "无关"));
        TokenEntry e = index.get("违建");
        assertEquals(2, e.count());
        assertArrayEquals(new int[] {0, 1}, IntCodec.decode(e.docs()));
        assertArrayEquals(new int[] {0}, IntCodec.decode(e.titles()));
        assertArrayEquals(new int[] {2, 0}, IntCodec.unpack(e.statuses(), 3, 2));
        assertNull(e.positions(), "bigrams need no positions");
    }

    @Test
    void keepsTrigramPositionsWithTheTitleBit() {
        // title 招投标 (positions 0-2), measure starts at 4 (one position between fields)
        Map<String, TokenEntry> index = index(Docs.doc("招投标", "加强招投标监管"));
        TokenEntry e = index.get("招投标");
        // one doc, two occurrences: 2*0+1 = 1 (title), 2*6+0 = 12 (measure at 4, offset 2)
        assertArrayEquals(new int[] {2, 1, 12 - 1 - 1}, IntCodec.varints(e.positions()));
    }

    @Test
    void longTermNeedsItsTrigramsAtTheRightDistance() {
        // contains 消防隐 and 防隐患, but not 消防隐患
        List<SearchDocument> docs = List.of(
                Docs.doc("消防隐蔽工程", "预防隐患"),
                Docs.doc("排查消防隐患"));
        IndexQuery query = new IndexQuery(indexer.index(docs), docs, 3);
        assertEquals(List.of(1), query.search("消防隐患").stream().map(IndexQuery.Hit::doc).toList());
        assertEquals(query.bruteForce("消防隐患"), query.search("消防隐患"));
    }

    @Test
    void titleMatchesComeBeforeOthersThenReadingOrder() {
        List<SearchDocument> docs = List.of(
                Docs.doc("资金问题", "加强招投标监管"),
                Docs.doc("其他问题", "招投标"),
                Docs.doc("招投标监管不到位", "加强督查"),
                Docs.doc("规范招投标", "无"));
        IndexQuery query = new IndexQuery(indexer.index(docs), docs, 3);
        assertEquals(List.of(2, 3, 0, 1), query.search("招投标").stream().map(IndexQuery.Hit::doc).toList());
        assertEquals(List.of(2, 0), query.search("招投标监").stream().map(IndexQuery.Hit::doc).toList());
    }

    @Test
    void mixedQueryNeedsEveryTerm() {
        List<SearchDocument> docs = List.of(
                Docs.doc("招投标监管", "2023年专项治理"),
                Docs.doc("招投标问题", "2022年"),
                Docs.doc("其他", "2023年"));
        IndexQuery query = new IndexQuery(indexer.index(docs), docs, 3);
        assertEquals(List.of(0), query.search("2023 招投标").stream().map(IndexQuery.Hit::doc).toList());
        assertEquals(List.of(0), query.search("２０２３　招投标").stream().map(IndexQuery.Hit::doc).toList());
    }

    @Test
    void isTheSameForTheSameInput() {
        List<SearchDocument> docs = List.of(Docs.doc("招投标", "违建"), Docs.doc("干部", "化债"));
        assertEquals(indexer.index(docs), new TokenIndexer(new Folding(), 3).index(docs));
    }
}
