package dev.partnering.kpi;

/**
 * How often a KPI is measured at its source.
 *
 * @since 0.1.0
 */
public enum MeasurementFrequency {
    /** A measurement per event, e.g. per ticket. */
    PER_EVENT,
    /** Once a day. */
    DAILY,
    /** Once a week. */
    WEEKLY,
    /** Once a month. */
    MONTHLY,
    /** Once a quarter. */
    QUARTERLY,
    /** Once a year, e.g. a satisfaction survey. */
    YEARLY
}
