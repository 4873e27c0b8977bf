package dev.partnering.kpi;

/**
 * What a scorecard does with a KPI that has no usable measurement in the period. The agreement
 * fixes it; the scorecard always reports which KPIs were missing and which policy applied.
 *
 * @since 0.1.0
 */
public enum MissingDataPolicy {
    /** The KPI counts with attainment 0 (the default: no data, no credit). */
    ZERO,
    /** The KPI is left out and the weights of the others renormalised. */
    EXCLUDE,
    /**
     * The KPI's value of the latest earlier period with data is used, evaluated against the
     * thresholds in force now; with no earlier value it counts as {@link #ZERO}.
     */
    LAST_KNOWN
}
