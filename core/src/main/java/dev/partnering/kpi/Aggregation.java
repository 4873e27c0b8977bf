package dev.partnering.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Step;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.Secret;
import dev.partnering.period.ReportingPeriod;

/**
 * The value of one KPI for one reporting period, aggregated from its raw measurements, with what
 * went in: the measurements used and those excluded (with their reasons), the ratio's sums, the
 * volume, and notes such as months with a zero denominator.
 * <p>
 * The value is absent when no measurement could be used (none recorded, all excluded, or a ratio
 * whose denominators sum to zero) — never a division error.
 * <p>
 * This class is immutable and thread-safe. It is a value: equal aggregations are equal and hash
 * alike, and it compares, hashes and writes itself as a record of its components would. The
 * calculators make the common aggregation (one measurement in compact form) with its value held as
 * a scaled {@code long}; its {@code BigDecimal}, lists and explanation are made when first read.
 *
 * @since 0.1.0
 */
public final class Aggregation {

    /** The packed value of an aggregation without one in fixed point. */
    private static final long NO_PACKED_VALUE = Long.MIN_VALUE;
    private static final int SCALE_BITS = 5;

    private final String kpiId;
    private final ReportingPeriod period;
    private final AggregationRule rule;
    /** The eager form's components; null in the lazy form. */
    private final Components eager;
    // the lazy form: the KPI, the one measurement used (a Measurement, or the MeasurementTable holding it at
    // row) and the value's unscaled value and scale
    private final KpiDefinition kpi;
    private final Object only;
    private final int row;
    private final int decimals;
    private final int valueScale;
    private final long unscaledValue;
    /** The lazy form's value, made when first read (from final fields: a race makes an equal one). */
    private Optional<BigDecimal> lazyValue;
    /** The lazy form's other components, made when first read (an immutable object: a race makes an equal one). */
    private Components lazyComponents;

    /** The components other than the id, the period and the rule. */
    private static final class Components {
        final Optional<BigDecimal> value;
        final List<Measurement> used;
        final List<Measurement> excluded;
        final Optional<BigDecimal> numeratorSum;
        final Optional<BigDecimal> denominatorSum;
        final List<String> notes;
        final Step explanation;

        Components(Optional<BigDecimal> value, List<Measurement> used, List<Measurement> excluded,
                Optional<BigDecimal> numeratorSum, Optional<BigDecimal> denominatorSum, List<String> notes,
                Step explanation) {
            this.value = value;
            this.used = used;
            this.excluded = excluded;
            this.numeratorSum = numeratorSum;
            this.denominatorSum = denominatorSum;
            this.notes = notes;
            this.explanation = explanation;
        }
    }

    /**
     * Copies the lists; checks for nulls.
     *
     * @param kpiId  the KPI's id
     * @param period  the period aggregated over
     * @param rule  the aggregation rule applied
     * @param value  the period's value, absent if none could be computed
     * @param used  the measurements used, in a deterministic order
     * @param excluded  the measurements left out, with their exclusion reasons
     * @param numeratorSum  for a ratio, Σ numerators
     * @param denominatorSum  for a ratio, Σ denominators
     * @param notes  remarks on the data, e.g. {@code 2026-03: 0/0, no volume}
     * @param explanation  how the value was computed
     */
    public Aggregation(String kpiId, ReportingPeriod period, AggregationRule rule, Optional<BigDecimal> value,
            List<Measurement> used, List<Measurement> excluded, Optional<BigDecimal> numeratorSum,
            Optional<BigDecimal> denominatorSum, List<String> notes, Step explanation) {
        // checked in the order of the parameters, as the record this class was checked them
        this.kpiId = Objects.requireNonNull(kpiId, "kpiId");
        this.period = Objects.requireNonNull(period, "period");
        this.rule = Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
        List<Measurement> usedCopy = List.copyOf(used);
        List<Measurement> excludedCopy = List.copyOf(excluded);
        Objects.requireNonNull(numeratorSum, "numeratorSum");
        Objects.requireNonNull(denominatorSum, "denominatorSum");
        List<String> notesCopy = List.copyOf(notes);
        Objects.requireNonNull(explanation, "explanation");
        this.eager = new Components(value, usedCopy, excludedCopy, numeratorSum, denominatorSum, notesCopy, explanation);
        this.kpi = null;
        this.only = null;
        this.row = 0;
        this.decimals = 0;
        this.valueScale = 0;
        this.unscaledValue = 0;
    }

    /**
     * The lazy form: the aggregation of one measurement by the KPI's rule, whose value (present) is
     * {@code unscaledValue × 10^-valueScale}, exactly what {@link Aggregator} computes for it.
     */
    private Aggregation(KpiDefinition kpi, ReportingPeriod period, Object only, int row, int decimals, long unscaledValue,
            int valueScale) {
        this.kpiId = kpi.id();
        this.period = period;
        this.rule = kpi.aggregation();
        this.eager = null;
        this.kpi = kpi;
        this.only = only;
        this.row = row;
        this.decimals = decimals;
        this.valueScale = valueScale;
        this.unscaledValue = unscaledValue;
    }

    static {
        // the scorecard calculator, in another package, reads the value of the lazy form without making it
        Secret.AGGREGATION_VALUE.install(a -> ((Aggregation) a).packedValue());
    }

    /**
     * @return the lazy form of the aggregation of one measurement whose value is
     *         {@code unscaledValue × 10^-valueScale}, rounded as the aggregator rounds it to {@code decimals}
     */
    static Aggregation lazy(KpiDefinition kpi, ReportingPeriod period, Measurement only, int decimals,
            long unscaledValue, int valueScale) {
        return new Aggregation(kpi, period, only, 0, decimals, unscaledValue, valueScale);
    }

    /**
     * @return the lazy form of the aggregation of the one measurement at {@code row} of a table, made from the
     *         table when read, whose value is {@code unscaledValue × 10^-valueScale} (as {@link #lazy})
     */
    static Aggregation lazy(KpiDefinition kpi, ReportingPeriod period, MeasurementTable table, int row, int decimals,
            long unscaledValue, int valueScale) {
        return new Aggregation(kpi, period, table, row, decimals, unscaledValue, valueScale);
    }

    /** @return the one measurement of the lazy form, made from its table if it is held in one */
    private Measurement only() {
        return only instanceof MeasurementTable t ? t.get(row) : (Measurement) only;
    }

    /**
     * @return the value's unscaled value shifted left by five bits with its scale in the low bits, or
     *         {@code Long.MIN_VALUE} if the value is not held in fixed point (the eager form)
     */
    private long packedValue() {
        if (kpi == null || unscaledValue >= 1L << 58 || unscaledValue < -(1L << 58)) {
            return NO_PACKED_VALUE;
        }
        return unscaledValue << SCALE_BITS | valueScale;
    }

    /** @return the components, made once in the lazy form (by the aggregator's eager path) */
    private Components components() {
        if (eager != null) {
            return eager;
        }
        Components c = lazyComponents;
        if (c == null) {
            c = Aggregator.aggregateEagerly(kpi, period, List.of(only()), decimals).eager;
            lazyComponents = c;
        }
        return c;
    }

    /** @return the KPI's id, never null */
    public String kpiId() {
        return kpiId;
    }

    /** @return the period aggregated over, never null */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the aggregation rule applied, never null */
    public AggregationRule rule() {
        return rule;
    }

    /** @return the period's value, absent if none could be computed; never null */
    public Optional<BigDecimal> value() {
        if (eager != null) {
            return eager.value;
        }
        Optional<BigDecimal> v = lazyValue;
        if (v == null) {
            v = Optional.of(FixedPoint.toDecimal(unscaledValue, valueScale, 0));
            lazyValue = v;
        }
        return v;
    }

    /** @return the measurements used, in a deterministic order, never null */
    public List<Measurement> used() {
        return eager != null ? eager.used : List.of(only());
    }

    /** @return the measurements left out, with their exclusion reasons, never null */
    public List<Measurement> excluded() {
        return eager != null ? eager.excluded : List.of();
    }

    /** @return for a ratio, Σ numerators; never null */
    public Optional<BigDecimal> numeratorSum() {
        return components().numeratorSum;
    }

    /** @return for a ratio, Σ denominators; never null */
    public Optional<BigDecimal> denominatorSum() {
        return components().denominatorSum;
    }

    /** @return remarks on the data, e.g. {@code 2026-03: 0/0, no volume}; never null */
    public List<String> notes() {
        return components().notes;
    }

    /** @return how the value was computed, never null */
    public Step explanation() {
        return components().explanation;
    }

    /**
     * @return the period's volume: for a ratio Σ denominators, otherwise the number of measurements used
     */
    public BigDecimal volume() {
        return denominatorSum().orElse(BigDecimal.valueOf(eager != null ? eager.used.size() : 1));
    }

    /** @return true if every measurement of the period was excluded (and at least one was recorded) */
    public boolean isAllExcluded() {
        return eager != null && eager.used.isEmpty() && !eager.excluded.isEmpty(); // the lazy form uses its one
    }

    /**
     * @param other  an object, may be null
     * @return true if it is an aggregation with equal components (as a record compares them)
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Aggregation a && kpiId.equals(a.kpiId) && period.equals(a.period)
                && rule.equals(a.rule) && value().equals(a.value()) && used().equals(a.used())
                && excluded().equals(a.excluded()) && numeratorSum().equals(a.numeratorSum())
                && denominatorSum().equals(a.denominatorSum()) && notes().equals(a.notes())
                && explanation().equals(a.explanation());
    }

    /** @return a hash of the components, as a record computes it */
    @Override
    public int hashCode() {
        int h = kpiId.hashCode();
        h = 31 * h + period.hashCode();
        h = 31 * h + rule.hashCode();
        h = 31 * h + value().hashCode();
        h = 31 * h + used().hashCode();
        h = 31 * h + excluded().hashCode();
        h = 31 * h + numeratorSum().hashCode();
        h = 31 * h + denominatorSum().hashCode();
        h = 31 * h + notes().hashCode();
        return 31 * h + explanation().hashCode();
    }

    /** @return the components, written as a record writes them */
    @Override
    public String toString() {
        return "Aggregation[kpiId=" + kpiId + ", period=" + period + ", rule=" + rule + ", value=" + value()
                + ", used=" + used() + ", excluded=" + excluded() + ", numeratorSum=" + numeratorSum()
                + ", denominatorSum=" + denominatorSum() + ", notes=" + notes() + ", explanation=" + explanation() + "]";
    }
}
