package dev.partnering.period;

/**
 * The length of a reporting period: a calendar month, quarter or year.
 * Declared from finest to coarsest.
 *
 * @since 0.1.0
 */
public enum Granularity {
    /** A calendar month, written {@code 2026-03}. */
    MONTH(1),
    /** A calendar quarter, written {@code 2026-Q1}. */
    QUARTER(3),
    /** A calendar year, written {@code 2026}. */
    YEAR(12);

    private final int months;

    Granularity(int months) {
        this.months = months;
    }

    /** @return the number of calendar months in a period of this granularity */
    public int months() {
        return months;
    }

    /**
     * @param other  another granularity, not null
     * @return true if a period of this granularity is made of whole periods of the other
     */
    public boolean isCoarserThanOrEqualTo(Granularity other) {
        return months >= other.months;
    }
}
