package dev.partnering.governance;

import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import dev.partnering.period.ReportingPeriod;

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

    /**
     * The number of meetings this cadence schedules in a reporting period: the whole intervals
     * that fit in it. Weekly and biweekly cadences count the days of the period (a month of 28 to
     * 31 days holds 4 weekly meetings); the others count its months (a quarter holds 3 monthly
     * meetings and 1 quarterly one). A period shorter than the interval schedules none, e.g. a
     * quarterly forum in a month: evaluate such forums over quarters or years.
     *
     * @param period  the period, not null
     * @return the number of scheduled meetings, not negative
     * @since 0.1.0
     */
    public int meetingsIn(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        if (interval.getDays() > 0) {
            return (int) (ChronoUnit.DAYS.between(period.start(), period.end().plusDays(1)) / interval.getDays());
        }
        return (int) (period.granularity().months() / interval.toTotalMonths());
    }
}
