package org.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.testing.Corpus;

/**
 * The live build on a site large enough for its ledger to have several pages and its categories
 * many findings: the plan hands out the previous plan's keys for what lists the same findings
 * (pages of a category, a ledger page, a status page) and dates pages from the findings that
 * changed, so each edit here is one those shortcuts could get wrong; a finding links to another
 * throughout, so the pages that may link depend on where every record's page is. After each, every
 * file reads as a full build writes it.
 */
class LiveSiteManyPagesTest {
    @TempDir
    Path dir;

    @Test
    void editsAcrossLedgerPagesReadAsAFullBuild() throws IOException {
        Path source = Corpus.write(dir.resolve("src"), 2_300, 7);
        SiteGenerator generator = SiteGenerator.builder().progress(s -> { }).build();
        LiveSite live = generator.live(source);
        live.update(List.of());
        assertTrue(readAll(live).containsKey("ledger.p3.html"), "the ledger has three pages");

        // a finding links to another: from now on its pages depend on where every record's page is
        step(generator, live, source, "findings/f000100.md", t -> t.stripTrailing() + "见[问题2100](f002100.md)。\n");
        // a finding of the ledger's second page is retitled
        step(generator, live, source, "findings/f001500.md", t -> t.replaceFirst("(?m)^title: .*$", "title: 改了标题的问题"));
        // one of its first page goes: every later row moves up a place, across pages
        Files.delete(source.resolve("findings/f000010.md"));
        check(generator, live, source, "findings/f000010.md", "deleted");
        // a new one takes its number, and its place
        Files.writeString(source.resolve("findings/a-new.md"), """
                ---
                id: a-new
                number: 10
                category: c001
                title: 新增的问题
                status: 未完成
                history:
                  - {date: 2023-12-26, status: 未完成}
                ---
                一是新增措施。
                """, StandardCharsets.UTF_8);
        check(generator, live, source, "findings/a-new.md", "added");
        // the newest history date of the site, then taken back: the pages' dates follow
        step(generator, live, source, "findings/f002000.md",
                t -> t.replaceFirst("(?m)^history:\\n", "history:\n  - {date: 2022-01-01, status: 未完成}\n")
                        .replaceFirst("(?m)^status: .*$", "status: 完成")
                        + "");
        step(generator, live, source, "findings/a-new.md",
                t -> t.replace("  - {date: 2023-12-26, status: 未完成}\n",
                        "  - {date: 2023-12-26, status: 未完成}\n  - {date: 2026-11-30, status: 完成}\n")
                        .replace("status: 未完成\nhistory", "status: 完成\nhistory"));
        step(generator, live, source, "findings/a-new.md",
                t -> t.replace("  - {date: 2026-11-30, status: 完成}\n", "").replace("status: 完成\nhistory", "status: 未完成\nhistory"));
        // the finding linked to takes another id: its page moves, and the link with it
        step(generator, live, source, "findings/f002100.md", t -> t.replaceFirst("(?m)^id: .*$", "id: renamed-2100"));
        // a finding moves to another category, and so to another place in every list
        step(generator, live, source, "findings/f000020.md", t -> t.replaceFirst("(?m)^category: .*$", "category: c050"));
    }

    private void step(SiteGenerator generator, LiveSite live, Path source, String file,
            java.util.function.UnaryOperator<String> edit) throws IOException {
        Path p = source.resolve(file);
        Files.writeString(p, edit.apply(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        check(generator, live, source, file, "edited");
    }

    private void check(SiteGenerator generator, LiveSite live, Path source, String file, String what)
            throws IOException {
        LiveUpdate u = live.update(List.of(Path.of(file)));
        assertTrue(!u.hasErrors(), () -> file + " " + what + ": " + u.load().errors());
        Map<String, byte[]> after = readAll(live);
        Path out = dir.resolve("out");
        BuildResult full = generator.build(source, out);
        assertTrue(full.render().isPresent(), () -> "the full build failed: " + full.load().errors());
        Map<String, byte[]> expected = SiteFiles.snapshot(out);
        expected.remove(".site-gen");
        assertEquals(expected.keySet(), after.keySet(), "the paths, after " + file + " " + what);
        for (String path : expected.keySet()) {
            if (!java.util.Arrays.equals(expected.get(path), after.get(path))) {
                assertEquals(new String(expected.get(path), StandardCharsets.UTF_8),
                        new String(after.get(path), StandardCharsets.UTF_8), path + ", after " + file + " " + what);
            }
        }
    }

    private static Map<String, byte[]> readAll(LiveSite live) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : live.paths()) {
            files.put(path, live.read(path).orElseThrow());
        }
        return files;
    }
}
