package org.sitegen.internal.load;

import java.util.Set;
import java.util.regex.Pattern;
import org.sitegen.model.SiteIdentity;

/**
 * The {@code identity:} mapping of site.yaml: how the site identifies itself as a government
 * website (the identity footer and the meta set). Every item is optional; one in the wrong form is
 * an error at its value and is left out.
 */
final class Identity {
    static final Set<String> KEYS = Fields.keys("sponsor", "organizer", "siteCode", "icp", "publicSecurity",
            "domain", "conac", "errorReport", "keywords", "description");

    /** 网站标识码: ten digits, or bm and eight digits for a department's site. */
    static final Pattern SITE_CODE = Pattern.compile("[0-9]{10}|bm[0-9]{8}");
    /** ICP备案号: the province, ICP备, the number, 号, and a site's serial after a dash. */
    static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP备[0-9]{4,12}号(-[0-9]{1,4})?");
    /** 公安机关备案号: the province, 公网安备, fourteen digits, 号. */
    static final Pattern PUBLIC_SECURITY = Pattern.compile("\\p{IsHan}公网安备\\s?[0-9]{14}号");
    /** A host name with at least one dot, in lower case. */
    static final Pattern DOMAIN =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");
    static final Pattern URL = Pattern.compile("(?i)https?://[^\\s/]+(/\\S*)?");

    private Identity() {}

    /** The identity of a mapping; {@link SiteIdentity#NONE} when there is none. */
    static SiteIdentity read(Fields f, ProblemList problems) {
        if (f == null) {
            return SiteIdentity.NONE;
        }
        f.rejectUnknownKeys(KEYS);
        SiteIdentity.Builder b = SiteIdentity.builder()
                .sponsor(f.text("sponsor", false))
                .organizer(f.text("organizer", false))
                .siteCode(checked(f, "siteCode", SITE_CODE, "identity.siteCode.invalid", problems))
                .icp(checked(f, "icp", ICP, "identity.icp.invalid", problems))
                .publicSecurity(checked(f, "publicSecurity", PUBLIC_SECURITY, "identity.publicSecurity.invalid",
                        problems))
                .domain(checked(f, "domain", DOMAIN, "identity.domain.invalid", problems))
                .conacUrl(url(f, "conac", "https://bszs.conac.cn/sitename?method=show&id=…", problems))
                .errorReportUrl(url(f, "errorReport", "https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo/…",
                        problems))
                .keywords(f.textList("keywords"))
                .description(f.text("description", false));
        return b.build();
    }

    private static String checked(Fields f, String key, Pattern form, String problem, ProblemList problems) {
        String value = f.text(key, false);
        if (value != null && !form.matcher(value).matches()) {
            problems.error(f.valuePos(key), problem, "value", value);
            return null;
        }
        return value;
    }

    private static String url(Fields f, String key, String example, ProblemList problems) {
        String value = f.text(key, false);
        if (value != null && !URL.matcher(value).matches()) {
            problems.error(f.valuePos(key), "identity.url.invalid", "key", key, "value", value, "example", example);
            return null;
        }
        return value;
    }
}
