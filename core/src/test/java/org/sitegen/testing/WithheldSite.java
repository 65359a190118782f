package org.sitegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A site with a record of every kind withheld ({@code public: false}), each holding a canary — a
 * word found nowhere else — in every field it has, its id and its file name; and the scan that
 * proves none of it reached a built site. The public records link to each other and to a public
 * asset; the withheld ones link to public records and to an asset only they name.
 */
public final class WithheldSite {
    /** In every text of the withheld records. */
    public static final String CANARY = "金丝雀";
    /** In every id and file name of the withheld records, and in the asset only they name. */
    public static final String CANARY_ID = "canary";
    /** The dates of the withheld records: no public record has them. */
    public static final List<String> CANARY_DATES = List.of("2031-07-18", "2031-07-19", "2031-07-20");

    private WithheldSite() {}

    /** Writes the site's records under root; returns root. */
    public static Path write(Path root) {
        SourceTree tree = SourceTree.minimal(root)
                .file("site.yaml", SourceTree.SITE_YAML + "baseUrl: https://www.example.gov.cn/xszg/\n");
        tree.file("findings/01.md", """
                ---
                number: 1
                category: funds
                title: 平台公司以公益性资产作为租赁物融资
                status: 完成
                ---
                一是变更租赁物。二是见[问题2](02.md)和[附件](../assets/public.pdf)。
                """);
        tree.file("findings/02.md", SourceTree.finding(2));
        // a withheld finding of a public category: a canary in every field
        tree.file("findings/canary-finding.md", """
                ---
                id: canary-finding
                number: 3
                category: funds
                title: 金丝雀标题
                status: 阶段性完成
                units: [金丝雀单位]
                deadline: 2031-07-19
                documents: [《金丝雀办法》]
                history:
                  - {date: 2031-07-18, status: 阶段性完成, note: 金丝雀备注}
                public: false
                reviewed: [{number: "13907301234", reason: 金丝雀理由}]
                ---
                一是金丝雀措施，见[问题1](01.md)和[报告](../assets/canary-only.pdf)。二是金丝雀联系13907301234。
                """);
        // a withheld category withholds its findings, which need not say so
        tree.file("categories/09-canary.md", """
                ---
                id: canary-category
                order: 9
                title: 金丝雀类别
                public: false
                ---
                金丝雀类别介绍。
                """);
        tree.file("findings/canary-in-category.md", """
                ---
                id: canary-in-category
                number: 4
                category: canary-category
                title: 金丝雀类别中的问题
                status: 完成
                history:
                  - {date: 2031-07-20, status: 完成, note: 金丝雀类别备注}
                ---
                一是金丝雀类别措施。
                """);
        tree.file("notices/canary-notice.md", """
                ---
                id: canary-notice
                title: 金丝雀通报
                date: 2031-07-20
                issuer: 金丝雀发布单位
                public: false
                attachments:
                  - {file: assets/canary-attachment.pdf, title: 金丝雀附件}
                ---
                金丝雀通报正文，见[问题1](../findings/01.md)。
                """);
        tree.file("notices/2023-12-26.md", """
                ---
                title: 关于巡视整改进展情况的通报
                date: 2023-12-26
                attachments: [assets/public.pdf]
                ---
                见[问题1](../findings/01.md)。
                """);
        tree.file("pages/canary-page.md", """
                ---
                id: canary-page
                title: 金丝雀页面
                public: false
                ---
                金丝雀页面正文。
                """);
        tree.file("pages/about.md", "---\ntitle: 关于本站\n---\n本站公布整改情况。\n");
        tree.bytes("assets/public.pdf", "%PDF-1.4 public".getBytes(StandardCharsets.US_ASCII));
        tree.bytes("assets/canary-only.pdf", ("%PDF-1.4 " + CANARY_ID).getBytes(StandardCharsets.US_ASCII));
        tree.bytes("assets/canary-attachment.pdf", ("%PDF-1.4 " + CANARY_ID).getBytes(StandardCharsets.US_ASCII));
        return root;
    }

    /**
     * Every place of a built site where a canary stands: {@code path: what}, sorted; empty when
     * none does. Every file name and every byte is searched, for the canary as UTF-8, as a JSON or
     * JavaScript escape, percent-encoded and as HTML character references, and for the canary id
     * and dates.
     */
    public static List<String> leaks(Path site) {
        Map<String, byte[]> needles = new TreeMap<>();
        for (String word : List.of(CANARY, CANARY_ID)) {
            needles.put(word, word.getBytes(StandardCharsets.UTF_8));
            needles.put(word + " (percent-encoded)", percent(word).getBytes(StandardCharsets.US_ASCII));
            StringBuilder json = new StringBuilder();
            StringBuilder hexRef = new StringBuilder();
            StringBuilder decRef = new StringBuilder();
            word.chars().forEach(c -> {
                json.append(String.format(Locale.ROOT, "\\u%04x", c));
                hexRef.append(String.format(Locale.ROOT, "&#x%x;", c));
                decRef.append("&#").append(c).append(';');
            });
            needles.put(word + " (JSON escape)", json.toString().getBytes(StandardCharsets.US_ASCII));
            needles.put(word + " (hex reference)", hexRef.toString().getBytes(StandardCharsets.US_ASCII));
            needles.put(word + " (decimal reference)", decRef.toString().getBytes(StandardCharsets.US_ASCII));
        }
        for (String date : CANARY_DATES) {
            needles.put(date, date.getBytes(StandardCharsets.US_ASCII));
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = site.relativize(p).toString().replace('\\', '/');
                if (name.toLowerCase(Locale.ROOT).contains(CANARY_ID)) {
                    found.add(name + ": its name");
                }
                byte[] bytes = Files.readAllBytes(p);
                byte[] lower = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                        .getBytes(StandardCharsets.ISO_8859_1);
                for (Map.Entry<String, byte[]> n : needles.entrySet()) {
                    byte[] needle = new String(n.getValue(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                            .getBytes(StandardCharsets.ISO_8859_1);
                    if (indexOf(lower, needle) >= 0) {
                        found.add(name + ": " + n.getKey());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String percent(String word) {
        StringBuilder sb = new StringBuilder();
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
        }
        return sb.toString();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
