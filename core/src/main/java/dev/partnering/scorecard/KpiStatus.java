package dev.partnering.scorecard;

/**
 * The status of one KPI on a scorecard.
 *
 * @since 0.1.0
 */
public enum KpiStatus {
    /** The value is at or better than the target (a BINARY KPI: met). Counted. */
    MET,
    /** The value is worse than the target but not worse than the minimum. Counted. */
    BELOW_TARGET,
    /** The value is worse than the minimum (a BINARY KPI: not met). Counted with attainment 0. */
    BELOW_MINIMUM,
    /**
     * No usable measurement: none recorded, or a ratio with no volume. The agreement's
     * missing-data policy decides whether it counts (ZERO, LAST_KNOWN) or is left out (EXCLUDE).
     */
    MISSING,
    /** Every measurement of the period was excluded (e.g. force majeure). Left out of the weighting. */
    EXCLUDED,
    /**
     * A qualifying condition does not hold (too little volume, a period out of scope) or no version
     * of the KPI is in force. Left out of the weighting: no credit, no cost.
     */
    NOT_DETERMINED;

    /** @return true if a KPI with this status earned its attainment from a period value */
    public boolean isMeasured() {
        return this == MET || this == BELOW_TARGET || this == BELOW_MINIMUM;
    }
}
