package org.sitegen.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole disclosure site: its settings and every record, validated and cross-referenced.
 *
 * <p>Findings are kept in reading order: by category order, then by number. The groupings and
 * counts a site needs ({@link #findingsIn(Category)}, {@link #statusCounts()}…) are computed once,
 * when the site is made. Immutable and thread-safe.
 *
 * <p>(This file is longer than our others on purpose: what is left in it is the public API of the
 * centre of the model, its accessors and its {@link Builder} with their Javadoc, which must be
 * members of this class; the computing behind them is in package-private classes beside it:
 * {@code ReadingOrder}, {@code RecordIndex}, {@code StatusTallies}, {@code InspectionIndex},
 * {@code WithheldRecords} and {@code CategoryNumbers}.)
 */
public final class Site {
    private final String title;
    private final String issuer;
    private final Locale locale;
    private final String baseUrl;
    private final Contact contact;
    private final SiteIdentity identity;
    private final java.nio.file.Path sourceDirectory;
    private final StatusVocabulary statuses;
    private final List<Inspection> inspections;
    private final List<Category> categories;
    private final List<Finding> findings;
    private final List<Notice> notices;
    private final List<Page> pages;
    private final LocalDate asOf;

    private final RecordIndex index;
    private final StatusTallies counts;
    private final InspectionIndex perInspection;
    private final WithheldRecords withheld;
    private final CategoryNumbers categoryNumbers;

    private Site(Builder b) {
        this.title = Objects.requireNonNull(b.title, "title must not be null");
        this.issuer = b.issuer;
        this.locale = Objects.requireNonNull(b.locale, "locale must not be null");
        this.baseUrl = b.baseUrl;
        this.contact = Objects.requireNonNull(b.contact, "contact must not be null");
        this.identity = Objects.requireNonNull(b.identity, "identity must not be null");
        this.sourceDirectory = b.sourceDirectory;
        this.statuses = Objects.requireNonNull(b.statuses, "statuses must not be null");
        this.inspections = List.copyOf(b.inspections);
        this.categories = ReadingOrder.categories(inspections, b.categories);
        this.findings = ReadingOrder.findings(categories, b.findings);
        this.notices = ReadingOrder.notices(b.notices);
        this.pages = ReadingOrder.pages(b.pages);

        this.index = new RecordIndex(inspections, categories, statuses, findings, b.asOf == null);
        this.counts = new StatusTallies(statuses, inspections, categories, findings, index);
        this.perInspection = new InspectionIndex(inspections, categories, notices, index);
        this.asOf = b.asOf != null ? b.asOf : newestDate(index.newestHistory, notices);
        List<Category> all = ReadingOrder.withWithheld(categories, b.withheldCategories);
        this.withheld = new WithheldRecords(b.withheldByCategory, all, b.withheldAssets);
        this.categoryNumbers = new CategoryNumbers(all, index.categoriesById);
    }

    /**
     * The newest date of any finding's history (found while indexing them) or notice; {@code null}
     * when there is none.
     */
    private static LocalDate newestDate(LocalDate newestHistory, List<Notice> notices) {
        LocalDate newest = newestHistory;
        for (Notice n : notices) {
            newest = later(newest, n.date());
        }
        return newest;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /**
     * Starts a site; used by the loader and by tests that build a model by hand.
     *
     * @return a new builder, with no records
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the site's title, e.g. 岳阳经济技术开发区巡视整改公示} */
    public String title() {
        return title;
    }

    /** {@return who publishes the site; {@code null} when {@code site.yaml} does not say} */
    public String issuer() {
        return issuer;
    }

    /** {@return the language of the interface: {@code zh-CN} (default) or {@code en}} */
    public Locale locale() {
        return locale;
    }

    /** {@return the absolute URL the site is published at, ending in {@code /}; {@code null} when not set} */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@return where the public sends feedback; {@link Contact#NONE} when not given} */
    public Contact contact() {
        return contact;
    }

    /**
     * {@return how the site identifies itself as a government website: the identity footer and the
     * meta set of its pages; {@link SiteIdentity#NONE} when {@code site.yaml} gives none of it}
     */
    public SiteIdentity identity() {
        return identity;
    }

    /**
     * {@return the folder the site was loaded from, whose {@code templates/} and {@code assets/}
     * the renderer uses; {@code null} for a site made by hand}
     */
    public java.nio.file.Path sourceDirectory() {
        return sourceDirectory;
    }

    /** {@return the status vocabulary} */
    public StatusVocabulary statuses() {
        return statuses;
    }

    /** {@return the inspections, in the order of {@code site.yaml}} */
    public List<Inspection> inspections() {
        return inspections;
    }

    /**
     * {@return the categories of an inspection, by order; empty for an inspection of another site}
     *
     * @param inspection one of {@link #inspections()}
     */
    public List<Category> categoriesOf(Inspection inspection) {
        return perInspection.categoriesOf(inspection);
    }

    /**
     * {@return the notices that report on an inspection, oldest first}
     *
     * @param inspection one of {@link #inspections()}
     */
    public List<Notice> noticesOf(Inspection inspection) {
        return perInspection.noticesOf(inspection);
    }

    /**
     * {@return how many findings of an inspection have each status; all zero for an inspection
     * of another site}
     *
     * @param inspection one of {@link #inspections()}
     */
    public StatusCounts statusCounts(Inspection inspection) {
        return counts.of(inspection);
    }

    /**
     * {@return the results of an inspection's rectification: each figure the inspection declares
     * as a whole, else the sum of its findings' figures; {@link Outcomes#NONE} when neither gives
     * any}
     *
     * @param inspection one of {@link #inspections()}
     */
    public Outcomes outcomes(Inspection inspection) {
        return perInspection.outcomes(inspection);
    }

    /** {@return the categories, by inspection (in the order of {@code site.yaml}), then order} */
    public List<Category> categories() {
        return categories;
    }

    /** {@return every finding, in reading order: by category (see {@link #categories()}), then number} */
    public List<Finding> findings() {
        return findings;
    }

    /** {@return the notices, oldest first} */
    public List<Notice> notices() {
        return notices;
    }

    /** {@return the newest notice, if there is any} */
    public Optional<Notice> latestNotice() {
        return notices.isEmpty() ? Optional.empty() : Optional.of(notices.get(notices.size() - 1));
    }

    /** {@return the free pages, by order, then id} */
    public List<Page> pages() {
        return pages;
    }

    /**
     * {@return the finding with the given id, or empty when there is none}
     *
     * @param id the finding's id, e.g. {@code leased-public-assets}
     */
    public Optional<Finding> finding(String id) {
        return Optional.ofNullable(index.findingsById.get(id));
    }

    /**
     * {@return the category with the given id, or empty when there is none}
     *
     * @param id the category's id
     */
    public Optional<Category> category(String id) {
        return Optional.ofNullable(index.categoriesById.get(id));
    }

    /**
     * {@return the inspection with the given id, or empty when there is none}
     *
     * @param id the inspection's id
     */
    public Optional<Inspection> inspection(String id) {
        return Optional.ofNullable(index.inspectionsById.get(id));
    }

    /**
     * {@return the findings of a category, in reading order; empty for a category of another site}
     *
     * @param category one of {@link #categories()}
     */
    public List<Finding> findingsIn(Category category) {
        return index.byCategory.getOrDefault(category, List.of());
    }

    /**
     * {@return the findings with a status, in reading order}
     *
     * @param status one of the statuses of {@link #statuses()}
     */
    public List<Finding> findingsWith(Status status) {
        return index.byStatus.getOrDefault(status, List.of());
    }

    /**
     * {@return the findings that answer an inspection, in reading order}
     *
     * @param inspection one of {@link #inspections()}
     */
    public List<Finding> findingsOf(Inspection inspection) {
        return index.byInspection.getOrDefault(inspection, List.of());
    }

    /** {@return how many findings have each status, over the whole site} */
    public StatusCounts statusCounts() {
        return counts.all();
    }

    /**
     * {@return how many findings of a category have each status; all zero for a category of
     * another site}
     *
     * @param category one of {@link #categories()}
     */
    public StatusCounts statusCounts(Category category) {
        return counts.of(category);
    }

    /**
     * {@return the day the data is "as of": {@code asOf} of {@code site.yaml} when set, else the
     * newest notice or history date; {@code null} when the site has no date at all}
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * {@return how many findings the records withhold from publication ({@code public: false}, or
     * in a withheld category); nothing else of them is in the site}
     */
    public int withheldFindings() {
        return withheld.total();
    }

    /**
     * {@return how many findings of an inspection are withheld from publication}
     *
     * @param inspection one of {@link #inspections()}
     */
    public int withheldFindings(Inspection inspection) {
        return withheld.in(inspection);
    }

    /**
     * {@return how many findings of a category are withheld from publication}
     *
     * @param category one of {@link #categories()}
     */
    public int withheldFindings(Category category) {
        return withheld.in(category);
    }

    /**
     * {@return the 1-based number of a category among its inspection's categories, withheld ones
     * included, by order (each inspection's start at （一）): the （二） of （二）资金安全风险较高, as the notice numbers it; a withheld
     * category leaves a gap}
     *
     * @param category one of {@link #categories()}
     * @throws IllegalArgumentException for a category of another site
     */
    public int categoryNumber(Category category) {
        Integer n = categoryNumbers.of(category);
        if (n == null) {
            throw new IllegalArgumentException("category " + category.id() + " is not one of the site's");
        }
        return n;
    }

    /**
     * {@return the files under {@code assets/} that only withheld records link to or attach, as
     * paths relative to the source folder ({@code assets/…}); they are not published}
     */
    public java.util.Set<String> withheldAssets() {
        return withheld.assets();
    }

    /** Builds a {@link Site}. Not thread-safe; {@link #build()} copies what it was given. */
    public static final class Builder {
        private String title;
        private String issuer;
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private String baseUrl;
        private Contact contact = Contact.NONE;
        private SiteIdentity identity = SiteIdentity.NONE;
        private LocalDate asOf;
        private java.nio.file.Path sourceDirectory;
        private StatusVocabulary statuses = StatusVocabulary.defaults();
        private final List<Inspection> inspections = new ArrayList<>();
        private final List<Category> categories = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Notice> notices = new ArrayList<>();
        private final List<Page> pages = new ArrayList<>();
        private final Map<String, Integer> withheldByCategory = new LinkedHashMap<>();
        private final java.util.Set<String> withheldAssets = new java.util.TreeSet<>();
        private final List<Category> withheldCategories = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the title; required.
         *
         * @param title the site's title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets who publishes the site.
         *
         * @param issuer the publishing body, or {@code null} (the default) when not said
         * @return this builder
         */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /**
         * Sets the language of the interface.
         *
         * @param locale {@link Locale#SIMPLIFIED_CHINESE} (the default) or {@link Locale#ENGLISH}
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Sets the absolute URL the site is published at.
         *
         * @param baseUrl the absolute base URL, or {@code null} (the default); a missing final
         *     {@code /} is added
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl == null || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
            return this;
        }

        /**
         * Sets where the public sends feedback.
         *
         * @param contact the contact; {@link Contact#NONE} by default
         * @return this builder
         */
        public Builder contact(Contact contact) {
            this.contact = contact;
            return this;
        }

        /**
         * Sets how the site identifies itself as a government website.
         *
         * @param identity the identity; {@link SiteIdentity#NONE} by default
         * @return this builder
         */
        public Builder identity(SiteIdentity identity) {
            this.identity = identity;
            return this;
        }

        /**
         * Sets the day the data is "as of", instead of the newest notice or history date.
         *
         * @param asOf the day, or {@code null} (the default) to take the newest date
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * Sets the folder the site was loaded from.
         *
         * @param sourceDirectory the folder, or {@code null} (the default) for a site made by hand
         * @return this builder
         */
        public Builder sourceDirectory(java.nio.file.Path sourceDirectory) {
            this.sourceDirectory = sourceDirectory;
            return this;
        }

        /**
         * Sets the status vocabulary.
         *
         * @param statuses the vocabulary; {@link StatusVocabulary#defaults()} by default
         * @return this builder
         */
        public Builder statuses(StatusVocabulary statuses) {
            this.statuses = statuses;
            return this;
        }

        /**
         * Adds an inspection; they keep the order they are added in.
         *
         * @param inspection the inspection
         * @return this builder
         */
        public Builder addInspection(Inspection inspection) {
            inspections.add(Objects.requireNonNull(inspection, "inspection must not be null"));
            return this;
        }

        /**
         * Adds a category.
         *
         * @param category the category
         * @return this builder
         */
        public Builder addCategory(Category category) {
            categories.add(Objects.requireNonNull(category, "category must not be null"));
            return this;
        }

        /**
         * Adds a finding.
         *
         * @param finding the finding, whose id no other finding has
         * @return this builder
         */
        public Builder addFinding(Finding finding) {
            findings.add(Objects.requireNonNull(finding, "finding must not be null"));
            return this;
        }

        /**
         * Adds a notice.
         *
         * @param notice the notice
         * @return this builder
         */
        public Builder addNotice(Notice notice) {
            notices.add(Objects.requireNonNull(notice, "notice must not be null"));
            return this;
        }

        /**
         * Adds a free page.
         *
         * @param page the page
         * @return this builder
         */
        public Builder addPage(Page page) {
            pages.add(Objects.requireNonNull(page, "page must not be null"));
            return this;
        }

        /**
         * Counts a finding withheld from publication; nothing else of it enters the site.
         *
         * @param categoryId the id of its category, which may be withheld too
         * @return this builder
         */
        public Builder addWithheldFinding(String categoryId) {
            withheldByCategory.merge(Objects.requireNonNull(categoryId, "categoryId must not be null"), 1,
                    Integer::sum);
            return this;
        }

        /**
         * Notes a category withheld from publication: it is no category of the site, but keeps its
         * number, so that the others are numbered as the notice numbers them.
         *
         * @param category the withheld category
         * @return this builder
         */
        public Builder addWithheldCategory(Category category) {
            withheldCategories.add(Objects.requireNonNull(category, "category must not be null"));
            return this;
        }

        /**
         * Keeps a file of {@code assets/} out of the published site: only withheld records name it.
         *
         * @param path the file's path relative to the source folder, {@code assets/…}
         * @return this builder
         */
        public Builder withholdAsset(String path) {
            withheldAssets.add(Objects.requireNonNull(path, "path must not be null"));
            return this;
        }

        /**
         * Makes the site.
         *
         * @return the site, with its findings sorted and grouped
         * @throws IllegalArgumentException if a finding id repeats
         * @throws NullPointerException if the title is missing
         */
        public Site build() {
            return new Site(this);
        }
    }
}
