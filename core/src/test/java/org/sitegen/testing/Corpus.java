package org.sitegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.sitegen.internal.load.Measures;

/**
 * Writes a synthetic source tree of n findings, deterministic for a seed, in the shape of
 * {@code shared/bench/gen-corpus.py}: the seed notice's vocabulary recombined, one category per
 * ~30 findings, histories, units and deadlines.
 */
public final class Corpus {
    private static final List<String> TITLES = List.of("主导产业培育不足", "存在化债压力", "招投标监管不到位",
            "平台公司以公益性资产作为租赁物融资", "存在安全隐患，太阳桥市场、中南市场等房屋违建、消防隐患等问题",
            "干部队伍结构不优", "存在违规发放津贴补助的问题", "征拆领域存在廉政风险");
    private static final List<String> MEASURES = List.of("加强对招投标工作督查督办。", "核查处理，加大问责力度。",
            "安排“三资”处置收入和基金收入征收。", "对相关消防隐患问题立行立改。", "对违建房屋分类处置。",
            "梳理干部任职时长管理台账，严格干部任职年限管理。", "修订文件，规范津贴补助发放。",
            "完善征拆领域相关制度文件，进一步规范征地拆迁工作。");
    private static final List<String> STATUSES = List.of("完成", "基本完成", "阶段性完成", "未完成", "长期整改");
    private static final List<String> UNITS = List.of("区发改局", "区财政局", "区纪工委监工委", "区党政办", "区自然资源局");

    private Corpus() {}

    /** Writes the tree into root (which should be empty) and returns root. */
    public static Path write(Path root, int findings, long seed) {
        Random rnd = new Random(seed);
        int categories = Math.max(9, Math.min(200, findings / 30));
        SourceTree tree = SourceTree.minimal(root);
        tree.file("categories/01-funds.md", "");
        try {
            Files.delete(root.resolve("categories/01-funds.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int c = 1; c <= categories; c++) {
            write(root.resolve("categories/c%03d.md".formatted(c)),
                    "---\nid: c%03d\norder: %d\ntitle: 反馈问题%d\n---\n".formatted(c, c, c));
        }
        for (int n = 1; n <= findings; n++) {
            int cat = 1 + (int) ((long) (n - 1) * categories / findings);
            String status = STATUSES.get(rnd.nextInt(STATUSES.size()));
            StringBuilder body = new StringBuilder();
            int k = 1 + rnd.nextInt(5);
            for (int i = 1; i <= k; i++) {
                body.append(Measures.ordinal(i)).append('是').append(MEASURES.get(rnd.nextInt(MEASURES.size())));
            }
            String history = "  - {date: 2023-12-26, status: 阶段性完成}\n";
            if (!status.equals("阶段性完成")) {
                history += "  - {date: 2024-%02d-15, status: %s}\n".formatted(1 + rnd.nextInt(12), status);
            }
            write(root.resolve("findings/f%06d.md".formatted(n)), """
                    ---
                    id: f%06d
                    number: %d
                    category: c%03d
                    title: %s（第%d项）
                    status: %s
                    units: [%s, %s]
                    deadline: 2025-06-30
                    history:
                    %s---
                    %s
                    """.formatted(n, n, cat, TITLES.get(rnd.nextInt(TITLES.size())), n, status,
                    UNITS.get(rnd.nextInt(UNITS.size())), UNITS.get(rnd.nextInt(UNITS.size())), history, body));
        }
        return root;
    }

    private static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
