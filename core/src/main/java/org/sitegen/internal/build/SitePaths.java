package org.sitegen.internal.build;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.sitegen.model.Category;
import org.sitegen.model.Finding;
import org.sitegen.model.Inspection;
import org.sitegen.model.Notice;
import org.sitegen.model.Page;
import org.sitegen.model.Status;

/**
 * The output layout (DESIGN.md, "Output layout"): where every page and file of a site goes, from
 * the output folder's root; how a base URL is checked and normalised; and how text is
 * percent-encoded to stand in a URL. Every stage takes its paths from here, so a page and the
 * links, sitemap entries and feed entries that point at it cannot disagree.
 *
 * <p>A status with many findings is split into pages of {@link #STATUS_PAGE_SIZE}: page 1 is
 * {@code status/<code>.html}, page n {@code status/<code>.p<n>.html} (codes have no dot, so no
 * code's first page can clash).
 */
public final class SitePaths {
    /** The home page. */
    public static final String INDEX = "index.html";
    /** The list of notices. */
    public static final String NOTICES = "notices.html";
    /** The search page. */
    public static final String SEARCH = "search.html";
    /** The site's 整改台账 (page 1): every finding in one table. */
    public static final String LEDGER = "ledger.html";
    /** The script of the 关怀版 reading options, which every page loads in its head. */
    public static final String CARE_SCRIPT = "assets/care.js";
    /** The page a server shows for a missing address. */
    public static final String NOT_FOUND = "404.html";
    /** The prefix that leads from a page in a sub-folder (findings/, categories/…) back to the root. */
    public static final String UP = "../";
    /** The prefix of links from a page in the root folder. */
    public static final String TOP = "";

    /** Findings per status page. */
    public static final int STATUS_PAGE_SIZE = 1000;
    /** Rows per ledger page. */
    public static final int LEDGER_PAGE_SIZE = 1000;

    private static final Pattern BASE_URL = Pattern.compile("(?i)https?://[^\\s/]+(/\\S*)?");
    private static final String ESCAPED = "\"'<>\\^`{|}[]";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SitePaths() {}

    public static String finding(Finding f) {
        return finding(f.id());
    }

    public static String finding(String id) {
        return "findings/" + id + ".html";
    }

    public static String category(Category c) {
        return category(c.id());
    }

    public static String category(String id) {
        return "categories/" + id + ".html";
    }

    /** Page 1 of the findings with a status. */
    public static String status(Status s) {
        return status(s, 1);
    }

    /** Page {@code page} (1-based) of the findings with a status. */
    public static String status(Status s, int page) {
        return "status/" + statusStem(s, page) + ".html";
    }

    /** The file name of a status page without {@code .html}: {@code phased}, {@code phased.p2}. */
    public static String statusStem(Status s, int page) {
        return stem(s.code(), page);
    }

    /** The number of pages for a status with this many findings: at least one. */
    public static int statusPageCount(int findings) {
        return Math.max(1, (findings + STATUS_PAGE_SIZE - 1) / STATUS_PAGE_SIZE);
    }

    public static String notice(Notice n) {
        return notice(n.id());
    }

    public static String notice(String id) {
        return "notices/" + id + ".html";
    }

    /**
     * Page {@code page} (1-based) of the site's ledger: {@code ledger.html}, {@code ledger.p2.html}…
     */
    public static String ledger(int page) {
        return stem("ledger", page) + ".html";
    }

    /**
     * Page {@code page} (1-based) of an inspection's ledger: {@code ledger/<id>.html}, {@code
     * ledger/<id>.p2.html}… (ids have no dot, so no id's first page can clash).
     */
    public static String ledger(Inspection i, int page) {
        return "ledger/" + stem(i.id(), page) + ".html";
    }

    /** The number of pages of a ledger with this many rows: at least one. */
    public static int ledgerPageCount(int rows) {
        return Math.max(1, (rows + LEDGER_PAGE_SIZE - 1) / LEDGER_PAGE_SIZE);
    }

    private static String stem(String name, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page " + page + " must be >= 1");
        }
        return page == 1 ? name : name + ".p" + page;
    }

    /**
     * A built-in image of the identity footer under {@code assets/gov/}: {@code conac} (党政机关网站标识),
     * {@code jiucuo} (我为政府网站找错) or {@code gongan} (公安机关备案), with its file extension.
     */
    public static String identityImage(String name, String extension) {
        return "assets/gov/" + name + "." + extension;
    }

    public static String page(Page p) {
        return page(p.id());
    }

    public static String page(String id) {
        return "pages/" + id + ".html";
    }

    /**
     * A file of the site's own {@code assets/} folder, published at the same path.
     *
     * @param sourcePath the file relative to the source folder, {@code assets/…}
     */
    public static String asset(String sourcePath) {
        if (!sourcePath.startsWith("assets/")) {
            throw new IllegalArgumentException("asset '" + sourcePath + "' must be under assets/");
        }
        return sourcePath;
    }

    /**
     * The relative link from a page to another path of the site: {@code ../categories/funds.html}
     * from {@code findings/06.html}, {@code 18.html} from {@code findings/06.html}.
     *
     * @param fromPage the path of the page the link stands on
     * @param to the path it leads to
     */
    public static String relative(String fromPage, String to) {
        String[] from = fromPage.split("/");
        String[] target = to.split("/");
        int common = 0;
        while (common < from.length - 1 && common < target.length - 1 && from[common].equals(target[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            sb.append(UP);
        }
        for (int i = common; i < target.length; i++) {
            sb.append(target[i]);
            if (i < target.length - 1) {
                sb.append('/');
            }
        }
        return sb.toString();
    }

    // ---- the base URL

    /** Whether a text is a base URL a site may be published at: an absolute http or https URL. */
    public static boolean isBaseUrl(String url) {
        return url != null && BASE_URL.matcher(url).matches();
    }

    /**
     * A base URL as the build uses it: stripped, ending in '/'; null for null or blank.
     *
     * @throws IllegalArgumentException if it is not an absolute http or https URL
     */
    public static String baseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (!isBaseUrl(u)) {
            throw new IllegalArgumentException(
                    "baseUrl '" + url + "' must be an absolute http or https URL, e.g. https://www.example.gov.cn/xszg/");
        }
        return u.endsWith("/") ? u : u + "/";
    }

    /**
     * The path of a base URL, percent-encoded, for {@code <base href>}: {@code /xszg/}; null without
     * a base URL. By hand, not {@link java.net.URI}: a base URL may hold any non-blank characters
     * after the host, and URI threw on the first quote or bracket.
     */
    public static String basePath(String baseUrl) {
        if (baseUrl == null) {
            return null;
        }
        int hostStart = baseUrl.indexOf("://");
        int slash = hostStart < 0 ? -1 : baseUrl.indexOf('/', hostStart + 3);
        String path = slash < 0 ? "/" : baseUrl.substring(slash).replaceAll("[?#].*$", "");
        path = encode(path);
        return path.endsWith("/") ? path : path + "/";
    }

    /**
     * Percent-encodes, as UTF-8, what may not stand in a URL as it is: controls, spaces, non-ASCII,
     * quotes, angle brackets, {@code \^`{|}[]}, and a {@code %} that does not start an escape; so
     * the URL is also inert in markup. Everything else, escapes already made included, is kept.
     */
    public static String encode(String text) {
        byte[] utf8 = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c <= 0x20 || c >= 0x7F || ESCAPED.indexOf(c) >= 0) {
                utf8 = text.getBytes(StandardCharsets.UTF_8);
                break;
            }
        }
        if (utf8 == null) {
            return text;
        }
        StringBuilder sb = new StringBuilder(utf8.length + 16);
        for (int i = 0; i < utf8.length; i++) {
            int c = utf8[i] & 0xFF;
            boolean lonePercent = c == '%' && !(i + 2 < utf8.length && isHex(utf8[i + 1]) && isHex(utf8[i + 2]));
            if (c > 0x20 && c < 0x7F && ESCAPED.indexOf(c) < 0 && !lonePercent) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
