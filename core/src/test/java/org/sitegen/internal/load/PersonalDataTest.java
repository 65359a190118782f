package org.sitegen.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.LoadResult;
import org.sitegen.SiteGenerator;
import org.sitegen.model.Problem;
import org.sitegen.testing.SourceTree;

/**
 * A citizen's number in any text that would be published stops the build, at its file, line and
 * column, named and masked; a number a record clears under {@code reviewed:} is a warning instead.
 */
class PersonalDataTest {
    @TempDir Path dir;

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    private LoadResult load(SourceTree tree) {
        return SiteGenerator.builder().build().load(tree.root());
    }

    @Test
    void aMobileNumberInTheBodyIsAnErrorAtItsPlaceShownMasked() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md",
                SourceTree.finding(1).replace("一是第一条措施。", "一是约谈当事人（电话13907301234）。")));
        assertEquals(List.of("findings/01.md:7:11: 这里有一个手机号码 139****1234：公开的内容中不能出现公民的个人信息"
                + "（请删去这个号码，或只保留打码后的 139****1234；如果它经过审核可以公开（例如单位对外公布的电话），"
                + "请在前置信息中加上 reviewed: [{number: \"…\", reason: 审核意见}]，number 填这个号码）"),
                lines(r.problems()));
    }

    @Test
    void anIdCardNumberInAFieldIsNamedAndMaskedInEnglishToo() {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(SourceTree.minimal(dir)
                .file("findings/01.md", SourceTree.finding(1).replace("title: 第1项问题", "title: 张某（11010519491231002X）违规领取补贴"))
                .root());
        assertEquals(1, r.errors().size(), r.problems()::toString);
        Problem p = r.errors().get(0);
        assertEquals(4, p.line());
        assertEquals(11, p.column());
        assertEquals("this is a citizen's ID-card number, 110105********002X: published text must not hold personal data",
                p.message());
    }

    @Test
    void fullWidthDigitsCount() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md",
                SourceTree.finding(1).replace("二是第二条措施。", "二是退还卡号６２２２０２１２３４５６７８９１２３３的款项。")));
        assertEquals(1, r.errors().size(), r.problems()::toString);
        assertTrue(r.errors().get(0).message().startsWith("这里有一个银行卡号 6222***********1233"),
                r.errors().get(0)::toString);
    }

    @Test
    void anOfficeNumberWithItsAreaCodeIsNoProblem() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md",
                SourceTree.finding(1).replace("一是第一条措施。", "一是设立举报电话0730-8720988。")));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aYamlCommentIsNotPublishedSoNotChecked() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1)
                .replace("status: 完成", "status: 完成   # 经办人电话 13907301234")));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aNumberThatOnlyEscapesMakeIsFoundAtItsValue() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1)
                .replace("title: 第1项问题", "title: \"电话\\u00313907301234\"")));
        assertEquals(1, r.errors().size(), r.problems()::toString);
        assertEquals(4, r.errors().get(0).line());
        assertEquals(8, r.errors().get(0).column());
        assertTrue(r.errors().get(0).message().contains("139****1234"), r.errors().get(0)::toString);
    }

    @Test
    void aReviewedNumberIsAWarningThatSaysHowOftenAndWhy() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md", """
                ---
                number: 1
                category: funds
                title: 值班电话13907301234无人接听
                status: 完成
                reviewed:
                  - {number: "139 0730 1234", reason: 区政务服务中心对外公布的值班电话}
                ---
                一是安排专人接听13907301234。
                """));
        assertEquals(List.of("findings/01.md:7:5: 警告：号码 139****1234 已注明经过审核可以公开，在这份文件中出现 2 次；"
                + "理由：区政务服务中心对外公布的值班电话（发布前请再确认一次；不再需要公开时，请删去这一项）"),
                lines(r.problems()));
        assertTrue(r.site().isPresent());
    }

    @Test
    void aReviewedNumberTheTextNoLongerHoldsIsAWarning() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1)
                .replace("status: 完成", "status: 完成\nreviewed: [{number: \"13907301234\", reason: 公开电话}]")));
        assertEquals(List.of("findings/01.md:6:12: 警告：reviewed 中的号码 139****1234 在这份文件中没有出现"
                + "（如果号码已经删去，请把这一项也删去）"), lines(r.problems()));
    }

    @Test
    void aReviewedEntryNeedsANumberAndAReason() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1)
                .replace("status: 完成", "status: 完成\nreviewed:\n  - {number: 见正文}\n  - {reason: 公开电话}")));
        assertEquals(List.of(
                "findings/01.md:7:5: reviewed 中的这一项中缺少 reason（请加一行 reason: …）",
                "findings/01.md:8:5: reviewed 中的这一项中缺少 number（请加一行 number: …）"), lines(r.problems()));
    }

    @Test
    void aWithheldRecordIsNotChecked() {
        LoadResult r = load(SourceTree.minimal(dir)
                .file("findings/01.md", SourceTree.finding(1))
                .file("findings/02.md", SourceTree.finding(2).replace("status: 完成", "status: 完成\npublic: false")
                        .replace("一是第一条措施。", "一是约谈张某（11010519491231002X，电话13907301234）。")));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aFindingOfAWithheldCategoryIsNotChecked() {
        LoadResult r = load(SourceTree.minimal(dir)
                .file("categories/02-secret.md", "---\nid: secret\norder: 2\ntitle: 涉密问题\npublic: false\n---\n")
                .file("findings/01.md", SourceTree.finding(1))
                .file("findings/02.md", SourceTree.finding(2).replace("category: funds", "category: secret")
                        .replace("一是第一条措施。", "一是约谈张某（电话13907301234）。")));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aMobileNumberInSiteYamlIsAnErrorThere() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1)).file("site.yaml",
                SourceTree.SITE_YAML + "contact: {phone: 13907301234}\n"));
        assertEquals(List.of("site.yaml:6:18: 这里有一个手机号码 139****1234：公开的内容中不能出现公民的个人信息"
                + "（请删去这个号码，或只保留打码后的 139****1234；如果它经过审核可以公开（例如单位对外公布的电话），"
                + "请在 site.yaml 中加上 reviewed: [{number: \"…\", reason: 审核意见}]，number 填这个号码）"),
                lines(r.problems()));
    }

    @Test
    void siteYamlMayClearANumberToo() {
        LoadResult r = load(SourceTree.minimal(dir).file("findings/01.md", SourceTree.finding(1)).file("site.yaml", SourceTree.SITE_YAML
                + "contact: {phone: 13907301234}\nreviewed: [{number: \"13907301234\", reason: 信访举报专线}]\n"));
        assertEquals(1, r.warnings().size(), r.problems()::toString);
        assertEquals(List.of(), r.errors());
    }

    @Test
    void everyKindIsNamedInBothLanguages() {
        for (PersonalNumbers.Kind kind : PersonalNumbers.Kind.values()) {
            for (String tag : List.of("zh-CN", "en")) {
                assertTrue(org.sitegen.internal.ProblemBundle.read(tag).containsKey("personal.kind." + kind.key),
                        kind + " in " + tag);
            }
        }
    }

    // ---- wherever it stands

    /** A text that would be published, in one file of a small site; § marks where the number goes. */
    record Place(String file, String text) {
        @Override
        public String toString() {
            return file + " " + text.lines().filter(l -> l.contains("§")).findFirst().orElse("");
        }
    }

    private static final String FINDING = """
            ---
            id: leased-assets
            number: 6
            category: funds
            title: %s
            status: 完成
            units: [区财政局, %s]
            documents: [%s]
            deadline: 2023-12-31
            history:
              - {date: 2023-06-30, status: 阶段性完成, note: %s}
              - {date: 2023-12-26, status: 完成}
            ---
            %s
            """;

    @Provide
    Arbitrary<Place> places() {
        String[] slots = {"平台公司融资", "区国资办", "《融资管理办法》", "已制定方案", "一是整改。二是核查。"};
        Arbitrary<Place> finding = Arbitraries.integers().between(0, slots.length - 1).flatMap(slot ->
                Arbitraries.integers().between(0, slots[slot].length()).map(at -> {
                    String[] filled = slots.clone();
                    filled[slot] = slots[slot].substring(0, at) + "§" + slots[slot].substring(at);
                    return new Place("findings/06.md", FINDING.formatted((Object[]) filled));
                }));
        Arbitrary<Place> others = Arbitraries.of(
                new Place("categories/01-funds.md", SourceTree.CATEGORY.replace("资金安全风险较高", "资金§安全")),
                new Place("categories/01-funds.md", SourceTree.CATEGORY + "本类问题§涉及资金。\n"),
                new Place("notices/2023-12-26.md", "---\ntitle: 关于§的通报\ndate: 2023-12-26\n---\n正文。\n"),
                new Place("notices/2023-12-26.md", "---\ntitle: 通报\ndate: 2023-12-26\n---\n# 一、总体情况\n\n正文§。\n"),
                new Place("pages/about.md", "---\ntitle: 关于\n---\n- 联系人§\n- 地址\n"),
                new Place("site.yaml", SourceTree.SITE_YAML + "contact: {address: 某某路§号}\n"),
                new Place("site.yaml", SourceTree.SITE_YAML.replace("测试单位", "测试单位§")));
        return Arbitraries.oneOf(finding, others);
    }

    @Provide
    Arbitrary<String> numbers() {
        PersonalNumbersTest gen = new PersonalNumbersTest();
        return Arbitraries.oneOf(gen.idCard18(), gen.idCard15(), gen.mobile(), gen.bankCard());
    }

    @Property(tries = 150)
    void aValidNumberIsFoundInEveryFieldAndPosition(@ForAll("places") Place place, @ForAll("numbers") String number,
            @ForAll boolean fullWidth) throws IOException {
        String written = fullWidth ? number.chars().mapToObj(c -> String.valueOf(
                c == 'X' ? '\uFF38' : (char) (c - '0' + '\uFF10'))).reduce("", String::concat) : number;
        String text = place.text().replace("§", written);
        int offset = place.text().indexOf('§');
        String before = place.text().substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        Path root = Files.createTempDirectory("personal");
        try {
            SourceTree tree = SourceTree.minimal(root).file("findings/06.md", FINDING.formatted(
                    "平台公司融资", "区国资办", "《融资管理办法》", "已制定方案", "一是整改。"));
            tree.file(place.file(), text);
            LoadResult r = SiteGenerator.builder().build().load(root);
            assertEquals(1, r.errors().size(), () -> text + "\n" + r.problems());
            Problem p = r.errors().get(0);
            assertEquals(Path.of(place.file()), p.file());
            assertEquals(line, p.line(), p::toString);
            assertEquals(column, p.column(), p::toString);
            String digits = PersonalNumbers.normalise(number);
            assertTrue(p.message().contains(PersonalNumbers.mask(PersonalNumbers.find(digits).get(0).kind(), digits)),
                    p::toString);
            assertTrue(!p.toString().contains(digits), () -> "the number is shown masked only: " + p);
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
