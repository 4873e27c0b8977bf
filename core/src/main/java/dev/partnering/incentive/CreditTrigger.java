package dev.partnering.incentive;

/**
 * When a KPI on the scorecard triggers a service credit from the at-risk pool.
 *
 * @since 0.1.0
 */
public enum CreditTrigger {
    /** Attainment below 1: the target was missed (a counted KPI with no data under ZERO counts too). */
    BELOW_TARGET,
    /** The value is worse than the minimum (a counted KPI with no data under ZERO counts too). */
    BELOW_MINIMUM
}
