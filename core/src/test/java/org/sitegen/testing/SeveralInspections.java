package org.sitegen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitegen.SiteFiles;
import org.sitegen.importer.ImportResult;
import org.sitegen.importer.NoticeImporter;

/**
 * Issue 13's site that lives for years: the example site, then a later notice of its 巡视 (the
 * follow-up of 2024-06-30), a 区委巡察 and an 审计 added as a clerk adds them — by importing their
 * notices, which changes no existing file (each inspection is a file of its own under
 * {@code inspections/}) — and outcome figures on the audit and two of its findings. The notices are the importer's test notices.
 */
public final class SeveralInspections {
    static final Path EXAMPLE = Path.of("..", "example-site", "src", "site-gen");
    static final Path NOTICES = Path.of("src", "test", "resources", "org", "sitegen", "importer");

    private SeveralInspections() {}

    /** Writes the source tree into {@code dir} (which must not exist); returns it. */
    public static Path write(Path dir) throws IOException {
        SiteFiles.copy(EXAMPLE, dir);
        for (String notice : List.of("followup-2024-06-30.txt", "xuncha-2025-03-20.txt", "audit-2025-06-30.txt")) {
            ImportResult r = NoticeImporter.builder().build().importNotice(NOTICES.resolve(notice), dir);
            if (!r.imported()) {
                throw new AssertionError(notice + " was not imported: " + r.problems());
            }
        }
        // the audit was added as a file of its own, inspections/2024-audit.md: its figures go there
        Path audit = dir.resolve("inspections/2024-audit.md");
        String text = Files.readString(audit);
        int end = text.lastIndexOf("---\n");
        Files.writeString(audit, text.substring(0, end) + """
                outcomes:
                  accountable: 3
                  collected: 860.5
                  rules: 2
                """ + text.substring(end));
        Path two = dir.resolve("findings/2024-audit/02.md");
        Files.writeString(two, Files.readString(two).replace("\nhistory:", "\noutcomes: {collected: 860.50, rules: 1}\nhistory:"));
        Path three = dir.resolve("findings/2024-audit/03.md");
        Files.writeString(three, Files.readString(three).replace("\nhistory:", "\noutcomes: {disciplined: 1}\nhistory:"));
        return dir;
    }
}
