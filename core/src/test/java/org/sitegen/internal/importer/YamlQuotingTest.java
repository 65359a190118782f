package org.sitegen.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Every scalar the importer writes reads back as the same text. */
class YamlQuotingTest {
    static final List<String> TRICKY = List.of(
            "主导产业培育不足", "“四风”问题表现凸显", "《融资管理办法》", "a: b", "a #b", "a:", "#x", "- x", "? x",
            "[x]", "{x}", "*x", "&x", "!x", "|x", ">x", "'x'", "\"x\"", "%x", "@x", "`x`", "true", "No", "null", "~",
            "0730-8720988", "414000", "2023-12-26", "1e3", ".5", "+1", "0x1F", "a, b", "a]b", "a}b", "a\\b",
            "tab\there", "line\nbreak", "\u2028sep", "bom\ufeff", "bell\u0007", " lead", "trail ", "79076117@qq.com",
            "2023-special", "2023-e1", "12-a", "Ⅱ类", "—", "…", "中文: 冒号");

    @Test
    void blockScalarsReadBackUnchanged() {
        Load load = new Load(LoadSettings.builder().build());
        for (String value : TRICKY) {
            Object read = ((Map<?, ?>) load.loadFromString("k: " + YamlQuoting.scalar(value) + "\n")).get("k");
            assertEquals(value, read, () -> "written as " + YamlQuoting.scalar(value));
        }
    }

    @Test
    void flowScalarsReadBackUnchanged() {
        Load load = new Load(LoadSettings.builder().build());
        Object read = ((Map<?, ?>) load.loadFromString("k: " + YamlQuoting.flowList(TRICKY) + "\n")).get("k");
        assertEquals(TRICKY, read);
        for (String value : TRICKY) {
            Object mapping = ((Map<?, ?>) load.loadFromString("k: {s: " + YamlQuoting.flowScalar(value) + "}\n")).get("k");
            assertEquals(Map.of("s", value), mapping, () -> "written as " + YamlQuoting.flowScalar(value));
        }
    }

    @Test
    void plainWordsStayPlain() {
        assertEquals("主导产业培育不足", YamlQuoting.scalar("主导产业培育不足"));
        assertEquals("阶段性完成", YamlQuoting.flowScalar("阶段性完成"));
        assertEquals("\"《融资管理办法》\"", YamlQuoting.flowScalar("《融资管理办法》"));
        assertEquals("2023-special", YamlQuoting.scalar("2023-special"));
        assertEquals("\"2023-12-26\"", YamlQuoting.scalar("2023-12-26"));
    }

    @Test
    void commentsStayOnOneLine() {
        assertEquals("a b c", YamlQuoting.comment("a\nb\rc"));
    }
}
