package dev.partnering.benchmarks;

/**
 * The attainment-and-weighting inputs of a portfolio as flat primitive arrays, for the baseline.
 * KPI arrays are indexed {@code a * kpis + k}; values {@code ((a * periods + p) * kpis + k) * perKpi + m}.
 *
 * @param agreements  the number of agreements
 * @param kpis  KPIs per agreement
 * @param periods  periods
 * @param perKpi  measurements per KPI and period
 * @param rule  the aggregation rule per KPI: one of the {@code RULE_} constants
 * @param sign  +1 for higher-is-better, -1 for lower-is-better, per KPI
 * @param minimum  the minimum per KPI
 * @param target  the target per KPI
 * @param stretch  the stretch per KPI
 * @param maxAttainment  the attainment at the stretch per KPI
 * @param weight  the weight per KPI
 * @param values  the measured values (numerators for ratio KPIs)
 * @param denominators  the denominators for ratio KPIs (0 elsewhere)
 */
public record PrimitivePortfolio(int agreements, int kpis, int periods, int perKpi, byte[] rule, byte[] sign,
        double[] minimum, double[] target, double[] stretch, double[] maxAttainment, double[] weight,
        double[] values, double[] denominators) {

    /** Mean of the values. */
    public static final byte RULE_MEAN = 0;
    /** Sum of the values. */
    public static final byte RULE_SUM = 1;
    /** Lowest value. */
    public static final byte RULE_MIN = 2;
    /** Highest value. */
    public static final byte RULE_MAX = 3;
    /** Latest value (measurements are stored in recorded-at order). */
    public static final byte RULE_LAST = 4;
    /** Nearest-rank 95th percentile. */
    public static final byte RULE_P95 = 5;
    /** Σ numerators / Σ denominators. */
    public static final byte RULE_RATIO = 6;
}
