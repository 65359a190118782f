package org.sitegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source folder written by a test: a valid one-inspection site to start from, and methods to add
 * or replace files, so each test states only what it breaks.
 */
public final class SourceTree {
    public static final String SITE_YAML = """
            title: 测试公示
            issuer: 测试单位
            inspections:
              - {id: 2023-special, title: 省委第七巡视组专项巡视, inspector: 省委第七巡视组, kind: 专项巡视,
                 start: 2023-03-11, end: 2023-05-10, feedback: 2023-07-20}
            """;
    public static final String CATEGORY = """
            ---
            id: funds
            order: 1
            title: 资金安全风险较高
            ---
            """;

    private final Path root;

    private SourceTree(Path root) {
        this.root = root;
    }

    /** A site.yaml and one category, no findings. */
    public static SourceTree minimal(Path root) {
        return new SourceTree(root).file("site.yaml", SITE_YAML).file("categories/01-funds.md", CATEGORY);
    }

    /** A finding record of category funds with the given number, status 完成. */
    public static String finding(int number) {
        return """
                ---
                number: %d
                category: funds
                title: 第%d项问题
                status: 完成
                ---
                一是第一条措施。二是第二条措施。
                """.formatted(number, number);
    }

    public Path root() {
        return root;
    }

    public SourceTree file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public SourceTree bytes(String path, byte[] content) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
