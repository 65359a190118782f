package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.model.Attachment;
import org.sitegen.model.Problem;
import org.sitegen.testing.SourceTree;

/**
 * A notice lists files under assets/ as its attachments (issue 15): its page lists each with its
 * type and size and links to the published file; a missing file, a file outside assets/ and a
 * type a reader cannot open are errors at their line.
 */
class NoticeAttachmentsTest {
    @TempDir Path dir;

    private SourceTree site(String attachments) {
        return SourceTree.minimal(dir.resolve("src"))
                .file("findings/01.md", SourceTree.finding(1))
                .file("notices/2023-12-26.md", "---\ntitle: 通报\ndate: 2023-12-26\n" + attachments + "---\n正文。\n")
                .bytes("assets/2023/整改台账.xlsx", new byte[2048])
                .bytes("assets/report.pdf", new byte[500])
                .bytes("assets/photo.JPG", new byte[3 * 1024 * 1024 / 2]);
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void theNoticePageListsEachAttachmentWithItsTypeAndSize() throws IOException {
        SourceTree tree = site("""
                attachments:
                  - assets/2023/整改台账.xlsx
                  - {file: assets/report.pdf, title: 整改情况报告}
                  - {file: ./assets/photo.JPG, title: 现场照片}
                """);
        Path out = dir.resolve("site");
        BuildResult r = SiteGenerator.builder().build().build(tree.root(), out);
        assertTrue(r.render().isPresent(), () -> r.load().problems().toString());
        assertEquals(List.of(new Attachment("assets/2023/整改台账.xlsx", "整改台账", "XLSX", 2048),
                new Attachment("assets/report.pdf", "整改情况报告", "PDF", 500),
                new Attachment("assets/photo.JPG", "现场照片", "JPG", 3 * 1024 * 1024 / 2)),
                r.load().site().orElseThrow().notices().get(0).attachments());
        Document page = Jsoup.parse(Files.readString(out.resolve("notices/2023-12-26.html")));
        assertEquals("附件", page.selectFirst("#attachments-heading").text());
        assertEquals(List.of(
                "../assets/2023/%E6%95%B4%E6%94%B9%E5%8F%B0%E8%B4%A6.xlsx 整改台账 （XLSX，2 KB）",
                "../assets/report.pdf 整改情况报告 （PDF，500 B）",
                "../assets/photo.JPG 现场照片 （JPG，1.5 MB）"),
                page.select(".attachments li").stream().map(li -> li.selectFirst("a").attr("href") + " " + li.text()).toList());
        assertTrue(Files.isRegularFile(out.resolve("assets/2023/整改台账.xlsx")));
    }

    @Test
    void aNoticeWithoutAttachmentsHasNoAttachmentList() throws IOException {
        Path out = dir.resolve("site");
        SiteGenerator.builder().build().build(site("").root(), out);
        assertTrue(Jsoup.parse(Files.readString(out.resolve("notices/2023-12-26.html"))).select(".attachments").isEmpty());
    }

    @Test
    void aMissingFileIsAnErrorAtItsLine() {
        LoadResult r = SiteGenerator.builder().build().load(site("attachments: [assets/2023/报告.pdf]\n").root());
        assertEquals(List.of("notices/2023-12-26.md:4:15: 附件 assets/2023/报告.pdf 不存在"
                + "（请把文件放到这个位置，或更正路径；路径从来源文件夹算起，例如 assets/2023/整改台账.xlsx）"), lines(r.problems()));
    }

    @Test
    void aFileOutsideAssetsOrOfAnotherTypeIsAnError() {
        LoadResult r = SiteGenerator.builder().messageLocale(Locale.ENGLISH).build().load(site("""
                attachments:
                  - ../assets/report.pdf
                  - {file: assets/tool.exe}
                  - {file: docs/a.pdf, titel: A}
                """).root());
        assertEquals(List.of(
                "notices/2023-12-26.md:5:5: the attachment '../assets/report.pdf' is not under assets/"
                        + " (put attachments in the source folder's assets/ and write their path from the source folder,"
                        + " e.g. file: assets/report.pdf)",
                "notices/2023-12-26.md:6:12: the attachment 'assets/tool.exe' is not of a type the site offers for"
                        + " download (an attachment may be: .doc, .docx, .et, .gif, .jpeg, .jpg, .ofd, .pdf, .png, .webp,"
                        + " .wps, .xls, .xlsx; save other files as PDF)",
                "notices/2023-12-26.md:7:12: the attachment 'docs/a.pdf' is not under assets/"
                        + " (put attachments in the source folder's assets/ and write their path from the source folder,"
                        + " e.g. file: assets/a.pdf)",
                "notices/2023-12-26.md:7:24: unknown key 'titel' in this entry of attachments (did you mean 'title'?)"),
                lines(r.problems()));
    }
}
