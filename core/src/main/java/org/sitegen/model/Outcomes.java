package org.sitegen.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The results a rectification reports besides statuses, as notices lead with them: people held
 * accountable (问责) and disciplined (处分), money recovered in 万元 — collected (追缴), refunded
 * (清退) and losses retrieved (挽回) — and rules made (制度). Each figure is optional: null when not
 * given. Figures are never negative.
 *
 * @param accountable people held accountable (问责), in persons
 * @param disciplined people disciplined (党纪政务处分), in persons
 * @param collected money collected (追缴), in 万元
 * @param refunded money refunded (清退), in 万元
 * @param retrieved losses retrieved (挽回), in 万元
 * @param rules rules and regulations made or revised (建立完善制度), in items
 */
public record Outcomes(
        Integer accountable,
        Integer disciplined,
        BigDecimal collected,
        BigDecimal refunded,
        BigDecimal retrieved,
        Integer rules) {
    /** The keys of the figures, as {@code outcomes:} writes them, in this order. */
    public static final List<String> KEYS =
            List.of("accountable", "disciplined", "collected", "refunded", "retrieved", "rules");

    /** No figure given. */
    public static final Outcomes NONE = new Outcomes(null, null, null, null, null, null);

    /**
     * Checks the figures.
     *
     * @param accountable people held accountable (问责)
     * @param disciplined people disciplined (处分)
     * @param collected money collected (追缴), 万元
     * @param refunded money refunded (清退), 万元
     * @param retrieved losses retrieved (挽回), 万元
     * @param rules rules made (制度)
     * @throws IllegalArgumentException if a figure is negative
     */
    public Outcomes {
        // one check per figure, without an array: a site adds up 100,000 findings' figures
        check(0, accountable);
        check(1, disciplined);
        check(2, collected);
        check(3, refunded);
        check(4, retrieved);
        check(5, rules);
    }

    private static void check(int i, Number n) {
        if (n != null && (n instanceof BigDecimal d ? d.signum() < 0 : n.intValue() < 0)) {
            throw new IllegalArgumentException(KEYS.get(i) + " " + n + " must not be negative");
        }
    }

    private Number figure(int i) {
        return switch (i) {
            case 0 -> accountable;
            case 1 -> disciplined;
            case 2 -> collected;
            case 3 -> refunded;
            case 4 -> retrieved;
            default -> rules;
        };
    }

    /** {@return whether no figure is given} */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * {@return a figure by key}
     *
     * @param key one of {@link #KEYS}
     * @throws IllegalArgumentException for another key
     */
    public Number get(String key) {
        int i = KEYS.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("key '" + key + "' must be one of " + KEYS);
        }
        return figure(i);
    }

    /**
     * {@return the figures added up; a figure given by neither stays null}
     *
     * @param other the figures to add
     */
    public Outcomes plus(Outcomes other) {
        if (other.isEmpty()) {
            return this;
        }
        return new Outcomes(add(accountable, other.accountable), add(disciplined, other.disciplined),
                add(collected, other.collected), add(refunded, other.refunded), add(retrieved, other.retrieved),
                add(rules, other.rules));
    }

    /**
     * {@return each figure of these, or where these give none, the other's}
     *
     * @param other the figures to fall back on
     */
    public Outcomes orElse(Outcomes other) {
        return new Outcomes(accountable != null ? accountable : other.accountable,
                disciplined != null ? disciplined : other.disciplined,
                collected != null ? collected : other.collected,
                refunded != null ? refunded : other.refunded,
                retrieved != null ? retrieved : other.retrieved,
                rules != null ? rules : other.rules);
    }

    private static Integer add(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.addExact(a, b));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
