package dev.partnering.kpi;

import dev.partnering.explanation.internal.LazySteps;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.Secret;

/**
 * How well a period's value meets a KPI: 0 at (or worse than) the minimum, 1 at the target,
 * {@code maxAttainment} at (or better than) the stretch, linear in between, flat outside. Without
 * a stretch, attainment caps at 1. A BINARY KPI attains 1 when the value is 1 and 0 otherwise.
 * Where target and stretch are equal, a value at the target attains {@code maxAttainment}.
 * <p>
 * The attainment is a declared quantity: the exact value of the interpolation rounded once,
 * HALF_EVEN, to the {@linkplain Precision#attainmentDecimals() declared decimals} (6 unless the
 * agreement declares others), computed from the period value as rounded by its own declared
 * precision. Between target and stretch the one quotient is
 * {@code ((stretch − target) + (v − target) × (maxAttainment − 1)) / (stretch − target)}.
 * <p>
 * This class is immutable and thread-safe. It is a value: equal attainments are equal and hash
 * alike, and it compares, hashes and writes itself as a record of its two components would. The
 * scorecard calculator makes it from a value it computed in fixed point, as this class computes it;
 * then the {@code BigDecimal} and the explanation are made when first read.
 *
 * @since 0.1.0
 */
public final class Attainment {

    private final BigDecimal eagerValue;
    private final Step eagerExplanation;
    // the lazy form: the KPI, the aggregation whose value is scored, the decimals and the unscaled attainment
    private final KpiDefinition kpi;
    private final Aggregation aggregation;
    private final int decimals;
    private final long unscaled;
    /**
     * The lazy form's value and explanation, made when first read (from final fields: a race makes equal ones). The
     * explanation is volatile, as {@code ScorecardLine}'s parts are: a lazy {@code Step} is not safely published by
     * its own fields, so a reader on another thread must never see one half-built.
     */
    private BigDecimal lazyValue;
    private volatile Step lazyExplanation;

    /**
     * Checks for nulls.
     *
     * @param value  the attainment, between 0 and the KPI's maxAttainment
     * @param explanation  the interpolation that produced it
     */
    public Attainment(BigDecimal value, Step explanation) {
        this.eagerValue = Objects.requireNonNull(value, "value");
        this.eagerExplanation = Objects.requireNonNull(explanation, "explanation");
        this.kpi = null;
        this.aggregation = null;
        this.decimals = 0;
        this.unscaled = 0;
    }

    /** The lazy form: the attainment of the aggregation's value, {@code unscaled × 10^-decimals}. */
    private Attainment(KpiDefinition kpi, Aggregation aggregation, int decimals, long unscaled) {
        this.eagerValue = null;
        this.eagerExplanation = null;
        this.kpi = kpi;
        this.aggregation = aggregation;
        this.decimals = decimals;
        this.unscaled = unscaled;
    }

    static {
        // the scorecard calculator, in another package, makes attainments it computed in fixed point
        Secret.LAZY_ATTAINMENT.install((kpi, aggregation, decimals, unscaled) -> new Attainment((KpiDefinition) kpi,
                (Aggregation) aggregation, decimals, unscaled));
    }

    /** @return the attainment, between 0 and the KPI's maxAttainment, never null */
    public BigDecimal value() {
        if (kpi == null) {
            return eagerValue;
        }
        BigDecimal v = lazyValue;
        if (v == null) {
            v = FixedPoint.toDecimal(unscaled, decimals, 0);
            lazyValue = v;
        }
        return v;
    }

    /** @return the interpolation that produced it, never null */
    public Step explanation() {
        if (kpi == null) {
            return eagerExplanation;
        }
        Step e = lazyExplanation;
        if (e == null) {
            // the same step as the computation in BigDecimals writes (its value is this one)
            e = of(kpi, aggregation.value().get(), decimals).explanation();
            lazyExplanation = e;
        }
        return e;
    }

    /**
     * @param other  an object, may be null
     * @return true if it is an attainment with an equal value and explanation (as a record compares them)
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Attainment a && value().equals(a.value()) && explanation().equals(a.explanation());
    }

    /** @return a hash of the value and the explanation, as a record computes it */
    @Override
    public int hashCode() {
        return 31 * value().hashCode() + explanation().hashCode();
    }

    /** @return the components, written as a record writes them */
    @Override
    public String toString() {
        return "Attainment[value=" + value() + ", explanation=" + explanation() + "]";
    }

    /**
     * Computes the attainment of a value against a KPI's thresholds.
     *
     * @param kpi  the KPI definition, not null
     * @param periodValue  the period's aggregated value, not null
     * @return the attainment, never null
     */
    public static Attainment of(KpiDefinition kpi, BigDecimal periodValue) {
        return of(kpi, periodValue, Precision.DEFAULT_DECIMALS);
    }

    /**
     * Computes the attainment of a value against a KPI's thresholds, rounded once, HALF_EVEN, to the
     * given decimals.
     *
     * @param kpi  the KPI definition, not null
     * @param periodValue  the period's aggregated value, not null
     * @param decimals  the decimals of the attainment, 0 to {@value Precision#MAX_DECIMALS}
     * @return the attainment, never null
     * @since 0.1.0
     */
    public static Attainment of(KpiDefinition kpi, BigDecimal periodValue, int decimals) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(periodValue, "periodValue");
        if (kpi.isBinary()) {
            boolean met = periodValue.compareTo(BigDecimal.ONE) >= 0;
            BigDecimal a = met ? BigDecimal.ONE : BigDecimal.ZERO;
            return new Attainment(a, LazySteps.lazy(() -> step(kpi, periodValue, a, "binary kpi " + kpi.id() + ": value "
                    + periodValue.toPlainString() + (met ? " is met" : " is not met"))));
        }
        BigDecimal min = Objects.requireNonNull(kpi.minimumOrNull(), "minimum");
        BigDecimal target = Objects.requireNonNull(kpi.targetOrNull(), "target");
        int sign = kpi.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        String worse = sign > 0 ? "at or below" : "at or above";
        String better = sign > 0 ? "at or above" : "at or below";
        // compare in the better direction: x "better than" y  <=>  (x - y) * sign > 0
        if (periodValue.compareTo(min) * sign <= 0) {
            return new Attainment(BigDecimal.ZERO, LazySteps.lazy(() -> step(kpi, periodValue, BigDecimal.ZERO, "value "
                    + periodValue.toPlainString() + " is " + worse + " minimum " + min.toPlainString() + ": attainment 0")));
        }
        BigDecimal stretchIfAny = kpi.stretchOrNull();
        if (stretchIfAny != null) {
            BigDecimal stretch = stretchIfAny;
            if (periodValue.compareTo(stretch) * sign >= 0) {
                BigDecimal max = Decimals.round(kpi.maxAttainment(), decimals);
                return new Attainment(max, LazySteps.lazy(() -> step(kpi, periodValue, max, "value " + periodValue.toPlainString()
                        + " is " + better + " stretch " + stretch.toPlainString() + ": attainment " + max.toPlainString())));
            }
        }
        if (periodValue.compareTo(target) * sign < 0) {
            // between minimum and target: (v - min) / (target - min)
            BigDecimal a = Decimals.quotient(periodValue.subtract(min), target.subtract(min), decimals);
            return new Attainment(a, LazySteps.lazy(() -> step(kpi, periodValue, a, "between minimum and target: ("
                    + periodValue.toPlainString() + " − " + min.toPlainString() + ") / (" + target.toPlainString() + " − "
                    + min.toPlainString() + ") = " + Decimals.plain(a))));
        }
        if (stretchIfAny == null) {
            return new Attainment(BigDecimal.ONE, LazySteps.lazy(() -> step(kpi, periodValue, BigDecimal.ONE, "value "
                    + periodValue.toPlainString() + " is " + better + " target " + target.toPlainString()
                    + " and there is no stretch: attainment 1")));
        }
        // between target and stretch: 1 + (v - target) / (stretch - target) * (max - 1)
        BigDecimal stretch = stretchIfAny;
        BigDecimal span = stretch.subtract(target);
        BigDecimal above = periodValue.subtract(target).multiply(kpi.maxAttainment().subtract(BigDecimal.ONE));
        BigDecimal a = Decimals.quotient(span.add(above), span, decimals);
        return new Attainment(a, LazySteps.lazy(() -> step(kpi, periodValue, a, "between target and stretch: 1 + ("
                + periodValue.toPlainString() + " − " + target.toPlainString() + ") / (" + stretch.toPlainString() + " − "
                + target.toPlainString() + ") × (" + kpi.maxAttainment().toPlainString() + " − 1) = " + Decimals.plain(a))));
    }

    /** The explanation step: the sentence and the facts (value, thresholds, attainment). */
    private static Step step(KpiDefinition kpi, BigDecimal periodValue, BigDecimal a, String text) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("value", periodValue.toPlainString());
        if (!kpi.isBinary()) {
            facts.put("minimum", kpi.minimum().get().toPlainString());
            facts.put("target", kpi.target().get().toPlainString());
            kpi.stretch().ifPresent(s -> facts.put("stretch", s.toPlainString()));
            facts.put("maxAttainment", kpi.maxAttainment().toPlainString());
        }
        facts.put("attainment", Decimals.plain(a));
        return Step.of(StepKind.COMPUTATION, text, facts, List.of());
    }
}
