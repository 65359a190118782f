package org.sitegen.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitegen.internal.Message;
import org.sitegen.internal.load.ProblemList.Pos;

/**
 * The files a notice lists as attachments (附件), under {@code attachments:} in its front matter:
 *
 * <pre>
 * attachments:
 *   - assets/2023/整改台账.xlsx
 *   - {file: assets/2023/整改报告.pdf, title: 整改情况报告}
 * </pre>
 *
 * A path is relative to the source folder and names a file under {@code assets/}, of a type a
 * reader can open: PDF or OFD, Word, Excel, WPS, or an image. Whether the file is there is checked
 * once all records are read ({@link RecordTargets}).
 */
final class Attachments {
    static final Set<String> KEYS = Fields.keys("file", "title");
    /** The types an attachment may have, by extension, as the page names them. */
    static final Map<String, String> TYPES = Map.ofEntries(Map.entry("pdf", "PDF"), Map.entry("ofd", "OFD"),
            Map.entry("doc", "DOC"), Map.entry("docx", "DOCX"), Map.entry("wps", "WPS"), Map.entry("xls", "XLS"),
            Map.entry("xlsx", "XLSX"), Map.entry("et", "ET"), Map.entry("png", "PNG"), Map.entry("jpg", "JPG"),
            Map.entry("jpeg", "JPEG"), Map.entry("gif", "GIF"), Map.entry("webp", "WEBP"));
    private static final Message ENTRY = Message.of("where.attachment");
    private static final String EXAMPLE = "attachments:\n  - {file: assets/整改台账.xlsx, title: 整改台账}";

    private Attachments() {}

    /**
     * An attachment as listed.
     *
     * @param path the file relative to the source folder, {@code assets/…}
     * @param title the title to show: as given, else the file name without its extension
     * @param type the type, e.g. {@code PDF}
     * @param pos where the path is written
     */
    record Listed(String path, String title, String type, Pos pos) {}

    /** The attachments of a notice's front matter; a wrong entry is reported and left out. */
    static List<Listed> read(Fields f, ProblemList problems) {
        if (!f.has("attachments")) {
            return List.of();
        }
        List<Listed> out = new ArrayList<>();
        for (Fields entry : f.mappingsOrTexts("attachments", "file", ENTRY, EXAMPLE)) {
            entry.rejectUnknownKeys(KEYS);
            String file = entry.text("file", true);
            String title = entry.text("title", false);
            if (file == null) {
                continue;
            }
            Pos pos = entry.valuePos("file");
            String path = file.replace('\\', '/');
            while (path.startsWith("./")) {
                path = path.substring(2);
            }
            if (!path.startsWith("assets/") || path.endsWith("/") || ("/" + path + "/").contains("/../")
                    || path.contains("//")) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                problems.error(pos, Message.of("attachment.notUnderAssets", "file", file),
                        Message.of("attachment.notUnderAssets.hint", "example", "assets/" + (name.isEmpty() ? "整改台账.xlsx" : name)));
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (type == null) {
                problems.error(pos, "attachment.type", "file", file,
                        "types", TYPES.keySet().stream().sorted().map(e -> "." + e).toList());
                continue;
            }
            out.add(new Listed(path, title != null ? title : name.substring(0, dot), type, pos));
        }
        return out;
    }
}
