package org.sitegen.internal.pages;

/** Shares as percentages with one decimal, the same in every locale: {@code 78.3%}, {@code 4%}. */
final class Percent {
    private Percent() {}

    /**
     * {@code part} of {@code whole} as a percentage rounded half up to one decimal; a trailing
     * {@code .0} is left out. A whole of 0 gives {@code 0%}.
     */
    static String format(int part, int whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("part " + part + " must be within 0.." + whole);
        }
        if (whole == 0) {
            return "0%";
        }
        long tenths = (part * 2000L + whole) / (2L * whole);
        long units = tenths / 10;
        long decimal = tenths % 10;
        return decimal == 0 ? units + "%" : units + "." + decimal + "%";
    }
}
