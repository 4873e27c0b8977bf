package dev.partnering.kpi;

/**
 * Which way a KPI's value is better.
 *
 * @since 0.1.0
 */
public enum Direction {
    /** A larger value is better, e.g. availability in percent; thresholds {@code minimum < target <= stretch}. */
    HIGHER_IS_BETTER,
    /** A smaller value is better, e.g. response time in hours; thresholds {@code minimum > target >= stretch}. */
    LOWER_IS_BETTER,
    /** Met or not: the value is 1 when met and 0 otherwise; no thresholds. */
    BINARY
}
