package org.sitegen.internal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitegen.internal.Message;
import org.sitegen.internal.load.RawRecords.Head;
import org.sitegen.internal.markdown.RecordLinks;
import org.sitegen.model.Attachment;
import org.sitegen.model.ExternalLink;

/**
 * What records point at in the source folder, checked once every record is read (issue 15): the
 * links of their bodies, to other records by their files or to files under {@code assets/}, and
 * the attachments of notices. A link that leads to nothing, out of the source folder, or from a
 * published record to a withheld one is an error at the link; a missing attachment is an error at
 * its line. Links to other sites are collected for review. A file under {@code assets/} that only
 * withheld records name is itself withheld.
 *
 * <p>A link to a record file that could not be read is not reported: that file's own problem is
 * the one to fix.
 */
final class RecordTargets {
    private final Path root;
    /** Every record file found, read or not, relative to the source folder. */
    private final Collection<Path> recordFiles;
    /** The same, by path with '/': made when a link first needs it (most loads have no link to check). */
    private Set<String> recordPaths;
    /** Each record read, in order, and whether it is published. */
    private final List<Head> heads;
    private final List<Boolean> published;
    /** The same, by path with '/': made when a link first needs it. */
    private Map<String, Boolean> records;
    private final Set<String> publicAssets = new HashSet<>();
    private final Set<String> namedByWithheld = new TreeSet<>();
    private final List<ExternalLink> external = new ArrayList<>();

    /**
     * @param recordFiles every record file found, relative to the source folder
     */
    RecordTargets(Path root, Collection<Path> recordFiles) {
        this.root = root;
        this.recordFiles = recordFiles;
        this.heads = new ArrayList<>(recordFiles.size());
        this.published = new ArrayList<>(recordFiles.size());
    }

    /** Notes a record read, and whether it is published; before any link is checked. */
    void add(Head head, boolean published) {
        heads.add(head);
        this.published.add(published);
    }

    /**
     * Whether the record of a path is published, found by halving the records in the order they
     * were added, which is that of their paths (categories/, findings/, notices/, pages/, each in
     * file order); null when not found so, and then looked up in {@link #records()}: a link to a
     * record costs no map of every record (a site of 100,000 findings with one link, at every
     * edit of a preview).
     */
    private Boolean find(String path) {
        int low = 0;
        int high = heads.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = slashes(heads.get(mid).file()).compareTo(path);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return published.get(mid);
            }
        }
        return null;
    }

    private Map<String, Boolean> records() {
        if (records == null) {
            Map<String, Boolean> map = new HashMap<>(heads.size() * 4 / 3 + 16);
            for (int i = 0; i < heads.size(); i++) {
                map.put(slashes(heads.get(i).file()), published.get(i));
            }
            records = map;
        }
        return records;
    }

    private Set<String> recordPaths() {
        if (recordPaths == null) {
            Set<String> set = new HashSet<>(recordFiles.size() * 4 / 3 + 16);
            for (Path p : recordFiles) {
                set.add(slashes(p));
            }
            recordPaths = set;
        }
        return recordPaths;
    }

    /** Checks the links of a record's body; every record must have been {@link #add added} first. */
    void checkLinks(Head head, boolean published, ProblemList problems) {
        if (head.links().isEmpty()) {
            return;
        }
        String file = slashes(head.file());
        for (BodyLinks.Link link : head.links()) {
            RecordLinks.Target t = RecordLinks.resolve(file, link.destination());
            if (link.raw() && t.kind() != RecordLinks.Kind.EXTERNAL && t.kind() != RecordLinks.Kind.LOCAL) {
                continue; // raw HTML is no Markdown link: only what it would publish is checked
            }
            switch (t.kind()) {
                case EXTERNAL -> {
                    if (published) {
                        external.add(new ExternalLink(head.file(), link.pos().line(), link.pos().column(),
                                link.destination().strip()));
                    }
                }
                case ROOTED -> problems.error(link.pos(), Message.of("link.rooted", "target", link.destination()),
                        Message.of("link.rooted.hint", "example", relativeExample(file, t.path())));
                case OUTSIDE -> problems.error(link.pos(), "link.leavesFolder", "target", link.destination());
                case LOCAL -> checkLocal(file, link, t.path(), published, problems);
                case OTHER -> {
                    // a place on the page, or mailto: nothing to check
                }
            }
        }
    }

    private void checkLocal(String file, BodyLinks.Link link, String path, boolean published, ProblemList problems) {
        Boolean target = find(path);
        if (target == null) {
            target = records().get(path);
        }
        if (target != null) {
            if (published && !target) {
                problems.error(link.pos(), "link.withheld", "target", link.destination());
            }
            return;
        }
        if (link.raw()) {
            // raw HTML (<img src=x>) need not lead anywhere; what it names under assets/ is published
            if (path.startsWith("assets/") && isFile(path)) {
                asset(path, published);
            }
            return;
        }
        if (recordPaths().contains(path)) {
            return; // a record that could not be read: its own problem is reported
        }
        if (path.startsWith("assets/") && isFile(path)) {
            asset(path, published);
            return;
        }
        problems.error(link.pos(), Message.of("link.broken", "target", link.destination()), hint(file, path));
    }

    /** The hint for a link that leads to nothing: a file of the same name, else how links are written. */
    private Message hint(String file, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<String> candidates = new ArrayList<>();
        for (String r : records().keySet()) {
            if (r.substring(r.lastIndexOf('/') + 1).equals(name)) {
                candidates.add(r);
            }
        }
        candidates.sort(String::compareTo);
        if (!candidates.isEmpty()) {
            return Message.of("link.broken.sameName", "example", relativeExample(file, candidates.get(0)));
        }
        int assets = path.indexOf("assets/");
        if (assets > 0 && path.charAt(assets - 1) == '/' && isFile(path.substring(assets))) {
            // assets/… written as if from the source folder
            return Message.of("link.broken.sameName", "example", relativeExample(file, path.substring(assets)));
        }
        return Message.of("link.broken.hint");
    }

    /**
     * The attachments of a notice, with their sizes; a missing file is reported and left out.
     *
     * @param published whether the notice is published: else its files are withheld with it
     */
    List<Attachment> attachments(List<Attachments.Listed> listed, boolean published, ProblemList problems) {
        List<Attachment> out = new ArrayList<>(listed.size());
        for (Attachments.Listed a : listed) {
            Path p = root.resolve(a.path());
            long size;
            try {
                if (!Files.isRegularFile(p)) {
                    problems.error(a.pos(), "attachment.missing", "file", a.path());
                    continue;
                }
                size = Files.size(p);
            } catch (IOException e) {
                problems.error(a.pos(), "file.unreadable", "reason", String.valueOf(e.getMessage()));
                continue;
            }
            asset(a.path(), published);
            out.add(new Attachment(a.path(), a.title(), a.type(), size));
        }
        return out;
    }

    private void asset(String path, boolean published) {
        if (published) {
            publicAssets.add(path);
        } else {
            namedByWithheld.add(path);
        }
    }

    /** The files under assets/ that only withheld records name, sorted. */
    Set<String> withheldAssets() {
        Set<String> out = new TreeSet<>(namedByWithheld);
        out.removeAll(publicAssets);
        return out;
    }

    /** The links of published records to other sites, in the order checked. */
    List<ExternalLink> external() {
        return external;
    }

    private boolean isFile(String path) {
        return Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS)
                || Files.isSymbolicLink(root.resolve(path)) && Files.isRegularFile(root.resolve(path));
    }

    /** How a record writes a link to a path: relative to its own folder. */
    private static String relativeExample(String fromFile, String to) {
        String target = to.startsWith("/") ? to.substring(1) : to;
        int depth = fromFile.isEmpty() ? 0 : fromFile.split("/").length - 1;
        return "../".repeat(depth) + target;
    }

    private static String slashes(Path p) {
        String s = p.toString();
        return java.io.File.separatorChar == '/' ? s : s.replace('\\', '/');
    }
}
