package org.sitegen.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the site identifies itself as a government website (政府网站发展指引, 国办发〔2017〕47号): the
 * items of the identity footer and the {@code <meta>} set that crawlers of government websites
 * read. Every part is optional and {@code null} (a list: empty) where {@code site.yaml} leaves it
 * out; a page shows only what is given.
 *
 * @param sponsor 主办单位, the body that runs the site
 * @param organizer 承办单位, the office that maintains it; shown when it differs from the sponsor
 * @param siteCode 网站标识码, ten digits, or {@code bm} and eight digits for a department, e.g.
 *     {@code 4306000099}
 * @param icp ICP备案号, e.g. {@code 湘ICP备12345678号-1}; links to beian.miit.gov.cn
 * @param publicSecurity 公安机关备案号, e.g. {@code 湘公网安备 43060202000123号}; links to its record
 *     at www.beian.gov.cn
 * @param domain the site's domain for the {@code SiteDomain} meta, e.g. {@code www.example.gov.cn};
 *     when null, pages take the host of the base URL
 * @param conacUrl the address of the site's record behind the 党政机关网站标识 (bszs.conac.cn)
 * @param errorReportUrl the address of the site's 我为政府网站找错 form (zfwzzc.www.gov.cn)
 * @param keywords the {@code Keywords} meta of every page
 * @param description the {@code Description} meta of the pages that have no text of their own
 */
public record SiteIdentity(
        String sponsor,
        String organizer,
        String siteCode,
        String icp,
        String publicSecurity,
        String domain,
        String conacUrl,
        String errorReportUrl,
        List<String> keywords,
        String description) {
    /** An identity with no part given. */
    public static final SiteIdentity NONE = builder().build();

    /** 湘公网安备 43060202000123号: the province, then the fourteen digits of the record. */
    private static final Pattern PUBLIC_SECURITY = Pattern.compile("\\p{IsHan}公网安备\\s*([0-9]{14})号");

    /**
     * Makes an identity; see the components for what each part is.
     *
     * @param sponsor 主办单位, or {@code null}
     * @param organizer 承办单位, or {@code null}
     * @param siteCode 网站标识码, or {@code null}
     * @param icp ICP备案号, or {@code null}
     * @param publicSecurity 公安机关备案号, or {@code null}
     * @param domain the domain for {@code SiteDomain}, or {@code null}
     * @param conacUrl where the 党政机关网站标识 links, or {@code null}
     * @param errorReportUrl where 我为政府网站找错 links, or {@code null}
     * @param keywords the keywords; {@code null} for none (copied)
     * @param description the description, or {@code null}
     */
    public SiteIdentity {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** {@return a builder of an identity with no part given yet} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return whether no part at all is given} */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * {@return the digits of the 公安机关备案号, which its record's address carries; {@code null} when
     * there is no number or it is not in the form {@code 湘公网安备 43060202000123号}}
     */
    public String publicSecurityDigits() {
        if (publicSecurity == null) {
            return null;
        }
        Matcher m = PUBLIC_SECURITY.matcher(publicSecurity.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** Builds a {@link SiteIdentity}. Not thread-safe. */
    public static final class Builder {
        private String sponsor;
        private String organizer;
        private String siteCode;
        private String icp;
        private String publicSecurity;
        private String domain;
        private String conacUrl;
        private String errorReportUrl;
        private List<String> keywords = List.of();
        private String description;

        private Builder() {}

        /**
         * Sets the 主办单位.
         *
         * @param sponsor 主办单位, or {@code null} for none
         * @return this builder
         */
        public Builder sponsor(String sponsor) {
            this.sponsor = sponsor;
            return this;
        }

        /**
         * Sets the 承办单位.
         *
         * @param organizer 承办单位, or {@code null} for none
         * @return this builder
         */
        public Builder organizer(String organizer) {
            this.organizer = organizer;
            return this;
        }

        /**
         * Sets the 网站标识码.
         *
         * @param siteCode 网站标识码, or {@code null} for none
         * @return this builder
         */
        public Builder siteCode(String siteCode) {
            this.siteCode = siteCode;
            return this;
        }

        /**
         * Sets the ICP备案号.
         *
         * @param icp ICP备案号, or {@code null} for none
         * @return this builder
         */
        public Builder icp(String icp) {
            this.icp = icp;
            return this;
        }

        /**
         * Sets the 公安机关备案号.
         *
         * @param publicSecurity 公安机关备案号, or {@code null} for none
         * @return this builder
         */
        public Builder publicSecurity(String publicSecurity) {
            this.publicSecurity = publicSecurity;
            return this;
        }

        /**
         * Sets the domain for {@code SiteDomain}.
         *
         * @param domain the domain for {@code SiteDomain}, or {@code null} for none
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /**
         * Sets where the 党政机关网站标识 links.
         *
         * @param conacUrl where the 党政机关网站标识 links, or {@code null} for none
         * @return this builder
         */
        public Builder conacUrl(String conacUrl) {
            this.conacUrl = conacUrl;
            return this;
        }

        /**
         * Sets where 我为政府网站找错 links.
         *
         * @param errorReportUrl where 我为政府网站找错 links, or {@code null} for none
         * @return this builder
         */
        public Builder errorReportUrl(String errorReportUrl) {
            this.errorReportUrl = errorReportUrl;
            return this;
        }

        /**
         * Sets the keywords of every page.
         *
         * @param keywords the keywords of every page, not null
         * @return this builder
         */
        public Builder keywords(List<String> keywords) {
            this.keywords = Objects.requireNonNull(keywords, "keywords must not be null");
            return this;
        }

        /**
         * Sets the description of pages without a text of their own.
         *
         * @param description the description of pages without a text of their own, or {@code null} for none
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@return the identity} */
        public SiteIdentity build() {
            return new SiteIdentity(sponsor, organizer, siteCode, icp, publicSecurity, domain, conacUrl,
                    errorReportUrl, keywords, description);
        }
    }
}
