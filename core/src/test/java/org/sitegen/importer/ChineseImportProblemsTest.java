package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sitegen.importer.NoticeImporterTest.GROUP_1;
import static org.sitegen.importer.NoticeImporterTest.HEAD;
import static org.sitegen.importer.NoticeImporterTest.TAIL;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Problem;

/** The importer reports in Chinese by default, the language of the notices it reads. */
class ChineseImportProblemsTest {
    @TempDir Path dir;

    private ImportResult importNotice(byte[] bytes, NoticeImporter importer) throws IOException {
        Path notice = dir.resolve("notice.txt");
        Files.write(notice, bytes);
        return importer.importNotice(notice, dir.resolve("src"));
    }

    private ImportResult importNotice(String text) throws IOException {
        return importNotice(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), NoticeImporter.builder().build());
    }

    @Test
    void anUnknownStatusWordIsAnErrorInChinese() throws IOException {
        ImportResult r = importNotice(HEAD + GROUP_1.replace("整改结果：阶段性完成", "整改结果：正在整改") + TAIL);
        Problem p = r.errors().get(0);
        assertEquals(9, p.line());
        assertEquals(6, p.column());
        assertEquals("问题 1 的整改结果“正在整改”不在状态列表中，已按原文写入", p.message());
        assertEquals("请在 findings/01.md 中把 status: 改为以下之一：完成、基本完成、阶段性完成、未完成、长期整改", p.hint());
        assertEquals(Locale.SIMPLIFIED_CHINESE, p.locale());
    }

    @Test
    void aStatusReadAsAnotherIsAWarningInChinese() throws IOException {
        ImportResult r = importNotice(HEAD + GROUP_1.replace("整改结果：阶段性完成", "整改结果：已整改") + TAIL);
        Problem p = r.warnings().get(0);
        assertEquals("警告：整改结果“已整改”已按“完成”读取（两者意思相同；记录中写的是“完成”）",
                p.toString().substring(p.toString().indexOf(": ") + 2));
    }

    @Test
    void gbkIsReadAndSaidInChinese() throws IOException {
        ImportResult r = importNotice((HEAD + GROUP_1 + TAIL).getBytes(Charset.forName("GBK")), NoticeImporter.builder().build());
        Problem p = r.warnings().get(0);
        assertEquals("通报不是 UTF-8 编码，已按 GBK 读取，这是中文 Windows 常用的编码", p.message());
        assertEquals("请抽查几行导入的记录；如有乱码，请把通报另存为 UTF-8 后重新导入", p.hint());
    }

    @Test
    void existingFilesAreListedInChinese() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("findings"));
        Files.writeString(src.resolve("findings/01.md"), "已有\n");
        ImportResult r = importNotice(HEAD + GROUP_1 + TAIL);
        assertEquals(List.of(".: 来源文件夹中已经有 1 个要导入的文件；没有导入任何内容"
                        + "（请导入到一个空文件夹，或允许覆盖：mvn 命令加上 -DsiteGen.overwrite=true）",
                "findings/01.md: 这个文件已经存在"), r.errors().stream().map(Problem::toString).toList());
    }

    @Test
    void englishOnRequest() throws IOException {
        ImportResult r = importNotice((HEAD + GROUP_1 + TAIL).getBytes(Charset.forName("GBK")),
                NoticeImporter.builder().messageLocale(Locale.ENGLISH).build());
        assertEquals("the notice is not UTF-8; it was read as GBK (the Chinese Windows encoding)",
                r.warnings().get(0).message());
        assertThrows(IllegalArgumentException.class, () -> NoticeImporter.builder().messageLocale(Locale.GERMAN));
    }
}
