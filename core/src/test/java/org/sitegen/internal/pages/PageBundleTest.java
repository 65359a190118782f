package org.sitegen.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitegen.model.Status;
import org.sitegen.model.StatusVocabulary;

class PageBundleTest {
    static final PageBundle ZH = PageBundle.load("zh-CN");
    static final PageBundle EN = PageBundle.load("en");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertEquals(new TreeSet<>(PageBundle.read("zh-CN").keySet()), new TreeSet<>(PageBundle.read("en").keySet()));
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersPerKey() {
        Pattern p = Pattern.compile("\\{[a-zA-Z]+\\}");
        for (String key : PageBundle.read("zh-CN").keySet()) {
            if (key.equals("dateFormat")) {
                continue; // each language picks from {year} {month} {monthName} {day}
            }
            assertEquals(placeholders(p, ZH.get(key)), placeholders(p, EN.get(key)), key);
        }
    }

    private static TreeSet<String> placeholders(Pattern p, String s) {
        TreeSet<String> set = new TreeSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            set.add(m.group());
        }
        return set;
    }

    @Test
    void everyKeyATemplateUsesIsInTheBundle() throws Exception {
        Pattern use = Pattern.compile("\\{\\{\\s*msg\\.([A-Za-z0-9_-]+)\\s*\\}\\}");
        for (String name : TemplateSet.NAMES) {
            try (var in = getClass().getResourceAsStream(TemplateSet.BUILT_IN + name + ".mustache")) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                Matcher m = use.matcher(text);
                while (m.find()) {
                    assertTrue(PageBundle.read("zh-CN").containsKey(m.group(1)), name + " uses msg." + m.group(1));
                }
            }
        }
    }

    @Test
    void writesDatesTheWayEachLanguageDoes() {
        LocalDate d = LocalDate.of(2023, 12, 26);
        assertEquals("2023年12月26日", ZH.date(d));
        assertEquals("26 December 2023", EN.date(d));
        assertEquals("2023年3月1日", ZH.date(LocalDate.of(2023, 3, 1)));
        assertEquals("1 March 2023", EN.date(LocalDate.of(2023, 3, 1)));
    }

    @Test
    void namesTheDefaultStatusesInEachLanguage() {
        List<Status> defaults = StatusVocabulary.defaults().statuses();
        assertEquals(List.of("完成", "基本完成", "阶段性完成", "未完成", "长期整改"),
                defaults.stream().map(ZH::statusLabel).toList());
        assertEquals(List.of("Completed", "Basically completed", "Phased completion", "Not completed", "Long-term"),
                defaults.stream().map(EN::statusLabel).toList());
        assertEquals(defaults.stream().map(Status::label).toList(), defaults.stream().map(ZH::statusLabel).toList());
    }

    @Test
    void aSitesOwnStatusesKeepTheirLabel() {
        Status own = new Status("completed", "已销号", List.of(), true);
        assertEquals("已销号", EN.statusLabel(own));
        assertEquals("已销号", ZH.statusLabel(own));
    }

    @Test
    void choosesTheBundleFromTheSitesLocaleNotTheMachines() {
        assertEquals("en", PageBundle.of(Locale.ENGLISH).lang());
        assertEquals("zh-CN", PageBundle.of(Locale.SIMPLIFIED_CHINESE).lang());
        assertEquals("zh-CN", PageBundle.of(Locale.forLanguageTag("zh-CN")).lang());
        assertEquals("en", PageBundle.of(Locale.UK).lang());
    }

    @Test
    void fillsPlaceholders() {
        assertEquals("共23项问题：完成4项", ZH.format("headline", "total", 23, "parts", "完成4项"));
        assertEquals("（二）资金安全风险较高", ZH.format("categoryHeading", "n", ZH.ordinal(2), "title", "资金安全风险较高"));
        assertEquals("2. Funds", EN.format("categoryHeading", "n", EN.ordinal(2), "title", "Funds"));
        assertEquals("十一", ZH.ordinal(11));
        assertThrows(IllegalArgumentException.class, () -> ZH.get("noSuchKey"));
        assertThrows(IllegalArgumentException.class, () -> PageBundle.load("fr"));
    }
}
