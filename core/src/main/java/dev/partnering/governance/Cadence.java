package dev.partnering.governance;

import java.time.Period;

/**
 * How often a forum meets.
 *
 * @since 0.1.0
 */
public enum Cadence {
    /** Every week. */
    WEEKLY(Period.ofWeeks(1)),
    /** Every second week. */
    BIWEEKLY(Period.ofWeeks(2)),
    /** Every month. */
    MONTHLY(Period.ofMonths(1)),
    /** Every quarter. */
    QUARTERLY(Period.ofMonths(3)),
    /** Twice a year. */
    SEMI_ANNUALLY(Period.ofMonths(6)),
    /** Once a year. */
    ANNUALLY(Period.ofYears(1));

    private final Period interval;

    Cadence(Period interval) {
        this.interval = interval;
    }

    /** @return the interval between two meetings, never null */
    public Period interval() {
        return interval;
    }
}
