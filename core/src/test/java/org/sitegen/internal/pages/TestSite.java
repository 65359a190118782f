package org.sitegen.internal.pages;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitegen.SiteFiles;

/** A small source tree for render tests, written with text blocks; extra files may be added. */
final class TestSite {
    private final Map<String, String> files = new LinkedHashMap<>();

    private TestSite() {}

    /** Two categories, three findings (one overdue), a notice and a page, in the given locale. */
    static TestSite standard(String locale) {
        TestSite t = new TestSite();
        t.files.put("site.yaml", SiteFiles.siteYaml("测试公示", "locale: " + locale, "asOf: 2024-03-01",
                "contact: {phone: 0730-1234567, email: test@example.gov.cn}"));
        t.files.put("categories/01-a.md", """
                ---
                id: alpha
                order: 1
                title: 第一类问题
                ---
                本类的**说明**。
                """);
        t.files.put("categories/02-b.md", """
                ---
                id: beta
                order: 2
                title: 第二类问题
                ---
                """);
        t.files.put("findings/1.md", """
                ---
                id: one
                number: 1
                category: alpha
                title: 第一个问题
                status: 完成
                units: [区财政局, 区国资办]
                deadline: 2023-12-31
                documents: [《管理办法》]
                history:
                  - {date: 2023-10-01, status: 阶段性完成, note: 已制定方案}
                  - {date: 2023-12-26, status: 完成}
                ---
                一是建立制度。二是**完成**清理。
                """);
        t.files.put("findings/2.md", """
                ---
                id: two
                number: 2
                category: alpha
                title: 第二个问题
                status: 阶段性完成
                deadline: 2024-01-31
                ---
                - 列表一
                - 列表二
                """);
        t.files.put("findings/3.md", """
                ---
                id: three
                number: 3
                category: beta
                title: 第三个问题
                status: 长期整改
                deadline: 2025-06-30
                ---
                持续推进。
                """);
        t.files.put("notices/2024-03-01.md", """
                ---
                title: 第一次通报
                date: 2024-03-01
                ---
                ## 一、总体情况

                通报正文。
                """);
        t.files.put("pages/about.md", """
                ---
                title: 关于
                ---
                关于本站。
                """);
        return t;
    }

    TestSite with(String path, String text) {
        files.put(path, text);
        return this;
    }

    Path write(Path dir) {
        return SiteFiles.write(dir, files);
    }
}
