package dev.partnering.kpi;

import dev.partnering.explanation.internal.LazySteps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.FixedPoint;
import dev.partnering.period.ReportingPeriod;

/**
 * Aggregates the raw measurements of one KPI within one reporting period by the KPI's
 * {@link AggregationRule}. Measurements of finer periods inside the period roll up by the same
 * rule (the months of a quarter: a ratio sums all numerators and denominators, a mean averages
 * all values). Excluded measurements are left out and listed.
 * <p>
 * The period value is a declared quantity: the exact value of the rule (Σ numerators / Σ
 * denominators, Σ values / count, or the sum, minimum, maximum, last value or percentile) rounded
 * once, HALF_EVEN, to the {@linkplain Precision#periodValueDecimals() declared decimals} (6 unless
 * the agreement declares others); no quotient is cut before. The result does not depend on the order of the
 * measurements: {@code last} takes the latest recorded-at, ties broken by the measurement's other
 * fields in a fixed order.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Aggregator {

    /**
     * A total order of measurements, used wherever an order is needed: two measurements it ranks
     * alike are equal (figures equal in value are ordered by their scale, {@code 10.0} before
     * {@code 10.00}, and measurements differing only in scope by it), so what is ordered by it does
     * not depend on the order it was given in.
     */
    public static final Comparator<Measurement> ORDER = Comparator
            .comparing(Measurement::period)
            .thenComparing(Measurement::recordedAt)
            .thenComparing(Measurement::kpiId)
            .thenComparing(m -> m.value().orElse(BigDecimal.ZERO))
            .thenComparing(m -> m.numerator().orElse(BigDecimal.ZERO))
            .thenComparing(m -> m.denominator().orElse(BigDecimal.ZERO))
            .thenComparing(m -> m.source().isPresent()) // an empty source is a source: not the same as none
            .thenComparing(m -> m.source().orElse(""))
            .thenComparing(m -> m.exclusionReason().orElse(""))
            .thenComparing(m -> m.scope().orElse(""))
            .thenComparingInt(m -> m.value().map(BigDecimal::scale).orElse(Integer.MIN_VALUE))
            .thenComparingInt(m -> m.numerator().map(BigDecimal::scale).orElse(Integer.MIN_VALUE))
            .thenComparingInt(m -> m.denominator().map(BigDecimal::scale).orElse(Integer.MIN_VALUE));

    private Aggregator() {
    }

    /**
     * Aggregates the measurements of a KPI that fall within a period; measurements of other KPIs
     * or outside the period are ignored.
     *
     * @param kpi  the KPI definition in force, not null
     * @param period  the period, not null
     * @param measurements  measurements, in any order, not null
     * @return the aggregation, never null
     */
    public static Aggregation aggregate(KpiDefinition kpi, ReportingPeriod period, Collection<Measurement> measurements) {
        return aggregate(kpi, period, measurements, Precision.DEFAULT_DECIMALS);
    }

    /**
     * Aggregates the measurements of a KPI that fall within a period, the value rounded once,
     * HALF_EVEN, to the given decimals; measurements of other KPIs or outside the period are ignored.
     *
     * @param kpi  the KPI definition in force, not null
     * @param period  the period, not null
     * @param measurements  measurements, in any order, not null
     * @param decimals  the decimals of the period value, 0 to {@value Precision#MAX_DECIMALS}
     * @return the aggregation, never null
     * @since 0.1.0
     */
    public static Aggregation aggregate(KpiDefinition kpi, ReportingPeriod period, Collection<Measurement> measurements,
            int decimals) {
        if (measurements.size() == 1 && decimals <= FixedPoint.MAX_SCALE
                && (measurements instanceof List<Measurement> list ? list.get(0) : measurements.iterator().next())
                        instanceof CompactMeasurement only
                && only.kpiId().equals(kpi.id()) && period.contains(only.period())) {
            // the common case of one measurement in compact form: its value in fixed point, the rest made when read
            Aggregation lazy = lazy(kpi, period, only, decimals);
            if (lazy != null) {
                return lazy;
            }
        }
        return aggregateEagerly(kpi, period, measurements, decimals);
    }

    /**
     * @return the lazy aggregation of one compact measurement within the period (never excluded), or null
     *         where it has none (a ratio of denominator 0, a measurement that does not fit the rule, a value
     *         that does not fit in a long)
     */
    private static Aggregation lazy(KpiDefinition kpi, ReportingPeriod period, CompactMeasurement only, int decimals) {
        long value = only instanceof CompactMeasurement.Value v ? packedValue(kpi, false, v.packed(), 0, decimals)
                : packedValue(kpi, true, ((CompactMeasurement.Ratio) only).packedNumerator(),
                        ((CompactMeasurement.Ratio) only).packedDenominator(), decimals);
        return value == NO_PACKED_VALUE ? null : Aggregation.lazy(kpi, period, only, decimals,
                value >> PACKED_SCALE_BITS, (int) (value & PACKED_SCALE_MASK));
    }

    /** What {@link #packedValue} gives where the lazy form has no value in fixed point. */
    static final long NO_PACKED_VALUE = Long.MIN_VALUE;
    /** The bits of a packed value that hold its scale. */
    static final int PACKED_SCALE_BITS = 5;
    /** The mask of a packed value's scale bits. */
    static final long PACKED_SCALE_MASK = (1L << PACKED_SCALE_BITS) - 1;

    /**
     * The period value of one measurement in compact form, as its lazy aggregation holds it, rounded once to
     * {@code decimals}: its unscaled value shifted left by {@value #PACKED_SCALE_BITS} bits with its scale in
     * the low bits (as {@code Aggregation}'s fixed-point value), without making the aggregation.
     *
     * @return the packed value, or {@link #NO_PACKED_VALUE} where there is none in fixed point (a ratio of
     *         denominator 0, a measurement that does not fit the rule, a value beyond 58 bits)
     */
    static long packedValue(KpiDefinition kpi, boolean ratioRow, long valueOrNumerator, long denominator,
            int decimals) {
        boolean ratio = kpi.aggregation() instanceof AggregationRule.Ratio;
        long u;
        int s;
        if (!ratio && !ratioRow) {
            // every rule's exact value of one value is that value, rounded once (as CompactMeasurement.Value.rounded)
            u = CompactMeasurement.unscaled(valueOrNumerator);
            s = CompactMeasurement.scale(valueOrNumerator);
            if (s > decimals) {
                u = FixedPoint.divide(u, FixedPoint.pow10(s - decimals));
                s = decimals;
            }
        } else if (ratio && ratioRow) {
            long d = CompactMeasurement.unscaled(denominator);
            if (d == 0) {
                return NO_PACKED_VALUE;
            }
            try {
                // as CompactMeasurement.Ratio.quotient
                u = FixedPoint.unscaledQuotient(CompactMeasurement.unscaled(valueOrNumerator),
                        CompactMeasurement.scale(valueOrNumerator), d, CompactMeasurement.scale(denominator), decimals);
                s = decimals;
            } catch (ArithmeticException tooLargeForALong) {
                return NO_PACKED_VALUE;
            }
        } else {
            return NO_PACKED_VALUE;
        }
        return u >= 1L << 58 || u < -(1L << 58) ? NO_PACKED_VALUE : u << PACKED_SCALE_BITS | s;
    }

    /** {@link #aggregate(KpiDefinition, ReportingPeriod, Collection, int)}, every component made now. */
    static Aggregation aggregateEagerly(KpiDefinition kpi, ReportingPeriod period, Collection<Measurement> measurements,
            int decimals) {
        List<Measurement> used;
        List<Measurement> excluded;
        Measurement only = measurements.size() == 1 ? measurements.iterator().next() : null;
        if (only != null) {
            // the common case of one measurement per period: no lists to fill and sort
            boolean within = only.kpiId().equals(kpi.id()) && period.contains(only.period());
            used = within && !only.isExcluded() ? List.of(only) : List.of();
            excluded = within && only.isExcluded() ? List.of(only) : List.of();
        } else {
            List<Measurement> usedFound = new ArrayList<>(measurements.size());
            List<Measurement> excludedFound = new ArrayList<>(0);
            for (Measurement m : measurements) {
                if (m.kpiId().equals(kpi.id()) && period.contains(m.period())) {
                    (m.isExcluded() ? excludedFound : usedFound).add(m);
                }
            }
            used = sorted(usedFound);
            excluded = sorted(excludedFound);
        }
        AggregationRule rule = kpi.aggregation();
        List<String> notes = new ArrayList<>(0);
        Optional<BigDecimal> num = Optional.empty();
        Optional<BigDecimal> den = Optional.empty();
        Optional<BigDecimal> value;
        List<BigDecimal> values = List.of();
        Measurement single = used.size() == 1 ? used.get(0) : null;
        if (rule instanceof AggregationRule.Ratio && single instanceof CompactMeasurement.Ratio r) {
            // one ratio in compact form: the sums are its own figures (0 + n is n, scale included) and the
            // quotient is taken from the packed longs, without the BigDecimal sums and their conversions
            BigDecimal n = r.numeratorOrNull();
            BigDecimal d = r.denominatorOrNull();
            num = Optional.of(n);
            den = Optional.of(d);
            if (d.signum() == 0) {
                notes.add(r.period() + ": " + n.toPlainString() + "/0, no volume");
                notes.add(period + ": Σ denominators is 0, the ratio is undefined");
                value = Optional.empty();
            } else {
                value = Optional.of(r.quotient(decimals));
            }
        } else if (!(rule instanceof AggregationRule.Ratio) && single instanceof CompactMeasurement.Value v) {
            // one value in compact form: every rule's exact value of one value is that value, rounded once
            value = Optional.of(v.rounded(decimals));
            values = null; // the explanation reads it from the measurement when it is written
        } else if (rule instanceof AggregationRule.Ratio) {
            BigDecimal n = BigDecimal.ZERO;
            BigDecimal d = BigDecimal.ZERO;
            for (Measurement m : used) {
                BigDecimal mn = m.numeratorOrNull();
                BigDecimal md = m.denominatorOrNull();
                if (mn == null || md == null) {
                    throw notRatio(kpi, m);
                }
                n = n.add(mn);
                d = d.add(md);
                if (md.signum() == 0) {
                    notes.add(m.period() + ": " + mn.toPlainString() + "/0, no volume");
                }
            }
            num = Optional.of(n);
            den = Optional.of(d);
            if (used.isEmpty()) {
                value = Optional.empty();
            } else if (d.signum() == 0) {
                value = Optional.empty();
                notes.add(period + ": Σ denominators is 0, the ratio is undefined");
            } else {
                value = Optional.of(Decimals.quotient(n, d, decimals));
            }
        } else {
            if (used.size() == 1) {
                values = List.of(valueOf(kpi, used.get(0)));
            } else {
                values = new ArrayList<>(used.size());
                for (Measurement m : used) {
                    values.add(valueOf(kpi, m));
                }
            }
            value = values.isEmpty() ? Optional.empty() : Optional.of(apply(rule, values, used, decimals));
        }
        List<String> finalNotes = notes.isEmpty() ? List.of() : List.copyOf(notes);
        Step explanation = explain(kpi, period, rule, value, used, excluded, num, den, values, finalNotes);
        return new Aggregation(kpi.id(), period, rule, value, used, excluded, num, den, finalNotes, explanation);
    }

    /** The explanation, written only when read: the figures are all computed already. */
    private static Step explain(KpiDefinition kpi, ReportingPeriod period, AggregationRule rule, Optional<BigDecimal> value,
            List<Measurement> used, List<Measurement> excluded, Optional<BigDecimal> num, Optional<BigDecimal> den,
            List<BigDecimal> valuesIfKnown, List<String> notes) {
        return LazySteps.lazy(() -> {
            // null: the one used measurement's value, not made before it is needed here
            List<BigDecimal> values = valuesIfKnown != null ? valuesIfKnown : List.of(used.get(0).valueOrNull());
            List<Step> steps = new ArrayList<>();
            for (Measurement m : excluded) {
                steps.add(Step.of(StepKind.RULE, "excluded " + describe(m) + ": " + m.exclusionReason().get()));
            }
            String how;
            if (rule instanceof AggregationRule.Ratio) {
                how = used.isEmpty() ? "no measurement" : den.get().signum() == 0 ? "Σ denominators is 0: no value"
                        : num.get().toPlainString() + " / " + den.get().toPlainString();
            } else {
                how = values.isEmpty() ? "no measurement" : describeComputation(rule, values);
            }
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("measurements", String.valueOf(used.size()));
            facts.put("excluded", String.valueOf(excluded.size()));
            value.ifPresent(v -> facts.put("value", v.toPlainString()));
            String text = "aggregated " + kpi.id() + " over " + period + " by " + rule.label() + ": " + how
                    + value.map(v -> " = " + v.toPlainString()).orElse("");
            for (String note : notes) {
                steps.add(Step.of(StepKind.WARNING, note));
            }
            return Step.of(StepKind.COMPUTATION, text, facts, steps);
        });
    }

    /** @return the measurements in {@link #ORDER}, as an unmodifiable list */
    private static List<Measurement> sorted(List<Measurement> found) {
        if (found.size() <= 1) {
            return found.isEmpty() ? List.of() : List.of(found.get(0));
        }
        found.sort(ORDER);
        return List.copyOf(found);
    }

    private static BigDecimal apply(AggregationRule rule, List<BigDecimal> values, List<Measurement> used, int decimals) {
        if (rule instanceof AggregationRule.Mean) {
            return Decimals.quotient(sum(values), BigDecimal.valueOf(values.size()), decimals);
        }
        return Decimals.round(pick(rule, values, used), decimals);
    }

    /** The exact value of a rule without a division. */
    private static BigDecimal pick(AggregationRule rule, List<BigDecimal> values, List<Measurement> used) {
        if (rule instanceof AggregationRule.Sum) {
            return sum(values);
        } else if (rule instanceof AggregationRule.Min || rule instanceof AggregationRule.Max) {
            int sign = rule instanceof AggregationRule.Min ? -1 : 1;
            BigDecimal best = values.get(0); // the first of equal values, as Stream.min and max take it
            for (int i = 1; i < values.size(); i++) {
                if (values.get(i).compareTo(best) * sign > 0) {
                    best = values.get(i);
                }
            }
            return best;
        } else if (rule instanceof AggregationRule.Last) {
            Measurement last = used.stream().max(Comparator.comparing(Measurement::recordedAt).thenComparing(ORDER))
                    .orElseThrow();
            return last.value().orElseThrow();
        } else if (rule instanceof AggregationRule.Percentile p) {
            List<BigDecimal> sorted = new ArrayList<>(values);
            sorted.sort(BigDecimal::compareTo);
            int rank = p.p().multiply(BigDecimal.valueOf(sorted.size()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact();
            return sorted.get(Math.max(1, rank) - 1);
        }
        throw new IllegalStateException("unknown aggregation rule " + rule);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s;
    }

    private static String describeComputation(AggregationRule rule, List<BigDecimal> values) {
        StringBuilder sb = new StringBuilder(rule.name()).append(" of [");
        for (int i = 0; i < values.size(); i++) {
            if (i == 12) {
                sb.append(", … ").append(values.size() - 12).append(" more");
                break;
            }
            sb.append(i == 0 ? "" : ", ").append(values.get(i).toPlainString());
        }
        return sb.append(']').toString();
    }

    private static String describe(Measurement m) {
        return m.period() + " " + m.value().map(BigDecimal::toPlainString)
                .orElseGet(() -> m.numerator().get().toPlainString() + "/" + m.denominator().get().toPlainString())
                + " recorded " + m.recordedAt();
    }

    /** @return the measurement's value, without an {@code Optional} */
    private static BigDecimal valueOf(KpiDefinition kpi, Measurement m) {
        BigDecimal v = m.valueOrNull();
        if (v == null) {
            throw notValue(kpi, m);
        }
        return v;
    }

    private static dev.partnering.ValidationException notRatio(KpiDefinition kpi, Measurement m) {
        return new dev.partnering.ValidationException("Aggregation", kpi.violationsOf(m));
    }

    private static dev.partnering.ValidationException notValue(KpiDefinition kpi, Measurement m) {
        return new dev.partnering.ValidationException("Aggregation", kpi.violationsOf(m));
    }
}
