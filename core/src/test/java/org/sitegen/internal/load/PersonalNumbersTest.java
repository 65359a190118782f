package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sitegen.internal.load.PersonalNumbers.Hit;
import org.sitegen.internal.load.PersonalNumbers.Kind;

/**
 * The personal-number scanner: every number generated valid (an ID card with its check character,
 * a mobile, a bank card passing Luhn) is found wherever it stands in text, in ASCII or full-width
 * digits; a number failing its check is not; nor is a run of digits of another length, an office
 * number with its area code, a date or a decimal.
 */
class PersonalNumbersTest {

    // ---- generators

    /** Text around a number: Chinese, punctuation, spaces and line ends, but no digit and no Latin letter. */
    @Provide
    Arbitrary<String> context() {
        return Arbitraries.strings().withChars("整改情况联系电话号码身份证，。：；（）、 \n“”-—/").ofMaxLength(12);
    }

    /** 17 digits, the first not 0, then the ISO 7064 MOD 11-2 check character. */
    @Provide
    Arbitrary<String> idCard18() {
        return Arbitraries.strings().numeric().ofLength(16).map(s -> {
            String first17 = "4" + s;
            return first17 + PersonalNumbers.idCheck(first17);
        });
    }

    /** An ID card of the first generation: area code, YYMMDD, three digits. */
    @Provide
    Arbitrary<String> idCard15() {
        Arbitrary<String> area = Arbitraries.integers().between(110000, 829999).map(String::valueOf);
        Arbitrary<String> date = Arbitraries.integers().between(0, 99).flatMap(y -> Arbitraries.integers()
                .between(1, 12).flatMap(m -> Arbitraries.integers().between(1, 28)
                        .map(d -> "%02d%02d%02d".formatted(y, m, d))));
        Arbitrary<String> serial = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(area, date, serial).as((a, d, s) -> a + d + s);
    }

    @Provide
    Arbitrary<String> mobile() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> "1" + second + rest);
    }

    /** 15–18 digits and the Luhn check digit that completes them: 16–19 digits. */
    @Provide
    Arbitrary<String> bankCard() {
        return Arbitraries.integers().between(15, 18).flatMap(n -> Arbitraries.strings().numeric().ofLength(n - 1)
                .map(s -> withLuhn("6" + s)));
    }

    private static String withLuhn(String body) {
        for (char c = '0'; c <= '9'; c++) {
            if (PersonalNumbers.isLuhn((body + c).toCharArray())) {
                return body + c;
            }
        }
        throw new AssertionError("no Luhn digit for " + body);
    }

    /** The number with some digits (chosen by the mask's bits) written full-width, and a final X as x or Ｘ. */
    private static String widen(String number, long mask) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            boolean wide = (mask >> (i % 63) & 1) == 1;
            if (c == 'X') {
                sb.append(wide ? '\uFF38' : (mask & 1) == 0 ? 'X' : 'x');
            } else {
                sb.append(wide ? (char) (c - '0' + '\uFF10') : c);
            }
        }
        return sb.toString();
    }

    private static void assertFoundAlone(String before, String number, String after, Kind kind) {
        String text = before + number + after;
        List<Hit> hits = PersonalNumbers.find(text);
        assertEquals(1, hits.size(), () -> "in «" + text + "»: " + hits);
        Hit hit = hits.get(0);
        assertEquals(kind, hit.kind(), text);
        assertEquals(before.length(), hit.start(), text);
        assertEquals(before.length() + number.length(), hit.end(), text);
        assertEquals(PersonalNumbers.normalise(number), hit.digits(), text);
    }

    // ---- valid numbers are found

    @Property
    void aValidIdCardIsFoundWhereverItStands(@ForAll("context") String before, @ForAll("idCard18") String id,
            @ForAll("context") String after, @ForAll long wide) {
        assertFoundAlone(before, widen(id, wide), after, Kind.ID_CARD);
    }

    @Property
    void aFirstGenerationIdCardIsFound(@ForAll("context") String before, @ForAll("idCard15") String id,
            @ForAll("context") String after, @ForAll long wide) {
        assertFoundAlone(before, widen(id, wide), after, Kind.ID_CARD);
    }

    @Property
    void aMobileNumberIsFound(@ForAll("context") String before, @ForAll("mobile") String mobile,
            @ForAll("context") String after, @ForAll long wide) {
        assertFoundAlone(before, widen(mobile, wide), after, Kind.MOBILE);
    }

    @Property
    void aBankCardNumberIsFound(@ForAll("context") String before, @ForAll("bankCard") String card,
            @ForAll("context") String after, @ForAll long wide) {
        // eighteen digits may also be a valid ID card: found all the same, as the graver kind
        Kind kind = card.length() == 18 && PersonalNumbers.isIdCard18(card.toCharArray()) ? Kind.ID_CARD
                : Kind.BANK_CARD;
        assertFoundAlone(before, widen(card, wide), after, kind);
    }

    @Property
    void everyNumberOfATextIsFoundInOrder(@ForAll("idCard18") String id, @ForAll("mobile") String mobile,
            @ForAll("context") String between) {
        String text = "身份证号" + id + between + "，电话" + mobile + "。";
        List<Hit> hits = PersonalNumbers.find(text);
        assertEquals(List.of(Kind.ID_CARD, Kind.MOBILE), hits.stream().map(Hit::kind).toList(), text);
    }

    // ---- numbers that fail their check are not

    @Property
    void anIdCardWithAWrongCheckCharacterIsNoIdCard(@ForAll("idCard18") String id, @ForAll @IntRange(min = 1, max = 10) int shift) {
        String checks = "10X98765432";
        char wrong = checks.charAt((checks.indexOf(id.charAt(17)) + shift) % 11);
        String number = id.substring(0, 17) + wrong;
        List<Hit> hits = PersonalNumbers.find("号码" + number + "。");
        assertTrue(hits.stream().noneMatch(h -> h.kind() == Kind.ID_CARD), () -> number + ": " + hits);
        if (wrong == 'X' || !PersonalNumbers.isLuhn(number.toCharArray())) {
            assertEquals(List.of(), hits, number);
        }
    }

    @Property
    void aCardNumberFailingLuhnIsNoBankCard(@ForAll("bankCard") String card, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char last = card.charAt(card.length() - 1);
        String number = card.substring(0, card.length() - 1) + (char) ('0' + (last - '0' + shift) % 10);
        List<Hit> hits = PersonalNumbers.find("卡号" + number + "。");
        assertTrue(hits.stream().noneMatch(h -> h.kind() == Kind.BANK_CARD), () -> number + ": " + hits);
        if (number.length() != 18 || !PersonalNumbers.isIdCard18(number.toCharArray())) {
            assertEquals(List.of(), hits, number);
        }
    }

    @Property
    void aMobileInsideALongerNumberIsNotFound(@ForAll("mobile") String mobile, @ForAll @IntRange(min = 0, max = 9) int digit,
            @ForAll boolean before) {
        String number = before ? digit + mobile : mobile + digit;
        assertEquals(List.of(), PersonalNumbers.find("编号" + number + "。"), number);
    }

    @Property
    void elevenDigitsNotStartingThirteenToNineteenAreNoMobile(@ForAll @IntRange(min = 0, max = 12) int head,
            @ForAll("nineDigits") String rest) {
        String number = "%02d".formatted(head) + rest;
        assertEquals(List.of(), PersonalNumbers.find("金额" + number + "元"), number);
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    // ---- what is no citizen's number

    @Example
    void officeNumbersWithAnAreaCodeDatesAndDecimalsAreNotFound() {
        for (String text : List.of("联系电话：0730-8720988", "电话 0730－87209881", "（0730）8720988", "2023-12-26",
                "2023年12月26日", "邮政编码 414000", "金额 13800138000.50 元", "比例 0.13800138000", "12345",
                "79076117@qq.com", "0730 8720 988")) {
            assertEquals(List.of(), PersonalNumbers.find(text), text);
        }
    }

    @Example
    void anIdCardEndingInXIsFoundWithItsX() {
        String id = "11010519491231002X";
        List<Hit> hits = PersonalNumbers.find("身份证：" + id + "，");
        assertEquals(1, hits.size());
        assertEquals("110105********002X", hits.get(0).masked());
        assertEquals(22, hits.get(0).end());
    }

    @Example
    void masksKeepTheEnds() {
        assertEquals("139****1234", PersonalNumbers.mask(Kind.MOBILE, "13907301234"));
        assertEquals("6222***********1234", PersonalNumbers.mask(Kind.BANK_CARD, "6222021234567891234"));
        assertEquals("110105*****1234", PersonalNumbers.mask(Kind.ID_CARD, "110105491231234"));
        assertEquals("139****1234", PersonalNumbers.mask("13907301234"));
    }
}
