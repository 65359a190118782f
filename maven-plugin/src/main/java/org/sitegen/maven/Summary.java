package org.sitegen.maven;

import java.util.Locale;
import org.sitegen.RenderReport;
import org.sitegen.model.Site;

/** The one-line summaries the goals log on success. */
final class Summary {
    private Summary() {}

    /** E.g. {@code site-gen: 23 findings in 9 categories → 41 pages, 63 files (1.2 MiB) in target/site-gen (0.9 s)}. */
    static String built(Site site, RenderReport report, String folder, int warnings, long nanos) {
        return "site-gen: " + records(site) + " → " + count(report.pages(), "page") + ", "
                + count(report.files(), "file") + " (" + size(report.bytes()) + ") in " + folder
                + " (" + seconds(nanos) + ")" + warnings(warnings);
    }

    /** E.g. {@code site-gen: 23 findings in 9 categories checked in src/site-gen, no errors (0.2 s)}. */
    static String checked(Site site, String folder, int warnings, long nanos) {
        return "site-gen: " + records(site) + " checked in " + folder + ", no errors (" + seconds(nanos) + ")"
                + warnings(warnings);
    }

    private static String records(Site site) {
        return count(site.findings().size(), "finding") + " in " + count(site.categories().size(), "category");
    }

    private static String warnings(int warnings) {
        return warnings == 0 ? "" : ", " + count(warnings, "warning") + ":";
    }

    /** E.g. {@code 1 error}, {@code 3 errors}, {@code 9 categories}. */
    static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    /** E.g. {@code 512 B}, {@code 14.2 KiB}, {@code 1.2 MiB}. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** E.g. {@code 0.9 s}. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
