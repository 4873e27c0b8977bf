package dev.partnering.internal;

import java.time.Period;

/** Checks of {@link Period} values shared by the term and the lifecycle. */
public final class Periods {

    private Periods() {
    }

    /**
     * @param p  a period, not null
     * @return true when the period is longer than zero and none of its parts is negative
     */
    public static boolean isPositive(Period p) {
        return !p.isNegative() && !p.isZero() && p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0;
    }
}
