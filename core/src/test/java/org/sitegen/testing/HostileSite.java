package org.sitegen.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A source tree whose every text is an attack: each payload of {@code xss-payloads.txt} goes into
 * every field a record can carry (site.yaml's title, issuer, contact and inspection; status labels
 * and aliases; category titles and introductions; finding titles, units, documents, history notes
 * and measures; notice and page titles and bodies), and the Markdown bodies also carry raw HTML
 * blocks, inline HTML, links and images with script schemes, link references and mustache text.
 * The tree loads without errors: the attacks are all valid content.
 */
public final class HostileSite {
    /** The base URL of the site: valid for the loader, hostile for whoever writes it into markup. */
    public static final String BASE_URL = "https://example.gov.cn/xszg/\"><script>alert(1)</script>'onmouseover=alert(1)/";

    /** Attacks that only mean something in Markdown. */
    static final String MARKDOWN_ATTACKS = """
            [x](javascript:alert(1)) [x](JaVaScRiPt:alert(1)) [x](java&#x09;script:alert(1)) [x](&#106;avascript:alert(1))
            [x](data:text/html,<script>alert(1)</script>) [x](vbscript:msgbox(1)) [x]( javascript:alert(1) "t")
            [x](<javascript:alert(1)>) <javascript:alert(1)> <https://example.gov.cn/"onmouseover="alert(1)>

            ![x](javascript:alert(1)) ![x](data:image/svg+xml,<svg/onload=alert(1)>) ![x](//evil.example/x.png)
            ![x](https://evil.example/x.png "t") ![x"onerror="alert(1)](../assets/x.png)

            [ref link][ref] and ![ref image][ref]

            [ref]: javascript:alert(1)

            行内 <span onclick="alert(1)">HTML</span> <img src=x onerror=alert(1)> <svg onload=alert(1)>
            <a href="&#106;avascript:alert(1)">x</a> <a href="java&#x09;script:alert(1)">y</a>

            <div onmouseover="alert(1)"><p>block <b>HTML</b></p><script>alert(1)</script></div>

            <iframe src="javascript:alert(1)"></iframe>

            <object data="javascript:alert(1)"></object>

            <form action="javascript:alert(1)"><input autofocus onfocus=alert(1)><button>x</button></form>

            <meta http-equiv="refresh" content="0;url=javascript:alert(1)">

            <base href="javascript:alert(1)//">

            <style>@import 'data:text/css,body{}';</style>

            <table><tr><td background="javascript:alert(1)">x</td></tr></table>

            | 列 <script>alert(1)</script> | b |
            |---|---|
            | <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |

            `<script>alert(1)</script>` and

                <script>alert(1)</script>

            {{#x}}{{/x}} {{{x}}} {{> header}} \u202Egnp.exe

            # 一级标题 <script>alert(1)</script>
            """;

    private final List<String> payloads;

    private HostileSite(List<String> payloads) {
        this.payloads = payloads;
    }

    /** The payloads of {@code xss-payloads.txt}, in order. */
    public static List<String> payloads() {
        try (InputStream in = HostileSite.class.getResourceAsStream("/xss-payloads.txt")) {
            if (in == null) {
                throw new IllegalStateException("xss-payloads.txt is not on the test class path");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the hostile tree into root and returns root. */
    public static Path write(Path root) {
        return new HostileSite(payloads()).writeTree(root);
    }

    /** The n-th payload, round the list. */
    private String p(int n) {
        return payloads.get(Math.floorMod(n, payloads.size()));
    }

    /** A YAML double-quoted scalar holding the text exactly. */
    static String q(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }

    private Path writeTree(Path root) {
        SourceTree tree = SourceTree.minimal(root);
        int n = payloads.size();
        tree.file("site.yaml", """
                title: %s
                issuer: %s
                locale: zh-CN
                baseUrl: %s
                asOf: 2024-03-01
                contact: {phone: %s, address: %s, postcode: %s, email: %s}
                statuses:
                  - {code: completed, label: %s, aliases: [%s, 完成], closed: true}
                  - {code: phased, label: %s, aliases: [阶段性完成], closed: false}
                  - {code: not-completed, label: %s, closed: false}
                inspections:
                  - {id: 2023-special, title: %s, inspector: %s, kind: %s,
                     start: 2023-03-11, end: 2023-05-10, feedback: 2023-07-20}
                """.formatted(q(p(0)), q(p(1)), q(BASE_URL), q(p(2)), q(p(3)), q(p(4)), q(p(5)), q(p(6)), q(p(7)),
                q(p(8)), q(p(9)), q(p(10)), q(p(11)), q(p(12))));
        int categories = 6;
        tree.file("categories/01-funds.md", "");
        for (int c = 0; c < categories; c++) {
            StringBuilder intro = new StringBuilder();
            for (int k = c; k < n; k += categories) {
                intro.append(p(k)).append("\n\n");
            }
            tree.file("categories/%02d.md".formatted(c), """
                    ---
                    id: c%d
                    order: %d
                    title: %s
                    ---
                    %s
                    %s""".formatted(c, c + 1, q(p(20 + c)), intro, c == 0 ? MARKDOWN_ATTACKS : ""));
        }
        if (!root.resolve("categories/01-funds.md").toFile().delete()) {
            throw new IllegalStateException("cannot replace the minimal category");
        }
        List<String> statuses = List.of(q(p(6)), "phased", q(p(9)), q(p(7)), "完成");
        for (int i = 0; i < n; i++) {
            // each payload is a title once, and passes through every other field of some finding
            String status = statuses.get(i % statuses.size());
            String history = status.equals("phased") ? """
                      - {date: 2023-12-26, status: phased, note: %s}
                    """.formatted(q(p(i + 4))) : """
                      - {date: 2023-10-01, status: phased, note: %s}
                      - {date: 2023-12-26, status: %s, note: %s}
                    """.formatted(q(p(i + 4)), status, q(p(i + 5)));
            tree.file("findings/f%03d.md".formatted(i), """
                    ---
                    id: f%03d
                    number: %d
                    category: c%d
                    title: %s
                    status: %s
                    units: [%s, %s]
                    deadline: %s
                    documents: [%s]
                    history:
                    %s---
                    一是%s。二是[链接](javascript:alert(1))和<img src=x onerror=alert(1)>处理。三是%s
                    """.formatted(i, i + 1, i % categories, q(p(i)), status, q(p(i + 1)), q(p(i + 2)),
                    i % 2 == 0 ? "2023-12-31" : "2025-12-31", q(p(i + 3)), history, p(i + 6), p(i + 7)));
        }
        StringBuilder all = new StringBuilder();
        for (String payload : payloads) {
            all.append(payload).append("\n\n");
        }
        for (int k = 0; k < 3; k++) {
            tree.file("notices/2023-12-2%d.md".formatted(k), """
                    ---
                    title: %s
                    date: 2023-12-2%d
                    issuer: %s
                    ---
                    %s
                    %s""".formatted(q(p(30 + k)), k, q(p(33 + k)), k == 0 ? MARKDOWN_ATTACKS : "", all));
        }
        tree.file("pages/about.md", """
                ---
                title: %s
                ---
                %s
                """.formatted(q(p(40)), MARKDOWN_ATTACKS));
        tree.file("pages/help.md", """
                ---
                title: %s
                order: 2
                ---
                %s
                """.formatted(q(p(41)), all));
        // the image the Markdown attacks show under an alt text that tries to break out: a link to
        // a file must lead to one (issue 15)
        tree.bytes("assets/x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        return root;
    }
}
