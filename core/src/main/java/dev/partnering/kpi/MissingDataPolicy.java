package dev.partnering.kpi;

/**
 * What a scorecard does with a KPI that has no usable measurement in the period. The agreement
 * fixes it; the scorecard always reports which KPIs were missing and which policy applied (a
 * NO_DATA warning per KPI). A KPI without any measurement in the period follows the policy even
 * where it has a minimum-volume condition: no data is missing data, not too little volume to
 * judge; a period declared out of scope is NOT_DETERMINED all the same.
 *
 * @since 0.1.0
 */
public enum MissingDataPolicy {
    /** The KPI counts with attainment 0 (the default: no data, no credit). */
    ZERO,
    /** The KPI is left out and the weights of the others renormalised. */
    EXCLUDE,
    /**
     * The value of the latest earlier period (of the same length, walking back from the period
     * before) whose own scorecard line has a value that counts is used, evaluated against the
     * thresholds in force now; with no such earlier value it counts as {@link #ZERO}. That value is
     * the one the earlier period's own scorecard shows: its measurements aggregated by the KPI
     * version in force at the start of THAT period. An earlier period whose line would be
     * NOT_DETERMINED (no version in force, declared out of scope, below its minimum volume) or
     * that has no value (no measurement, every measurement excluded, no usable value) is skipped.
     * <p>
     * Every measurement of the earlier periods it looks at (from the period before back to the
     * one whose value it takes; back to the earliest measurement if none has a value) is held to
     * the check of a period asked for, each against the version in force at the start of its own
     * period: one that does not fit refuses the calculation with the same
     * {@code ValidationException}, named at its index (its row in a table), never scored or skipped.
     */
    LAST_KNOWN
}
