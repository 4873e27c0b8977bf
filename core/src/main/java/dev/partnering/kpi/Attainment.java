package dev.partnering.kpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.money.Money;

/**
 * How well a period's value meets a KPI: 0 at (or worse than) the minimum, 1 at the target,
 * {@code maxAttainment} at (or better than) the stretch, linear in between, flat outside. Without
 * a stretch, attainment caps at 1. A BINARY KPI attains 1 when the value is 1 and 0 otherwise.
 * Where target and stretch are equal, a value at the target attains {@code maxAttainment}.
 * <p>
 * The figure is kept at 16 significant digits (HALF_EVEN) and rounded only for display.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the attainment, between 0 and the KPI's maxAttainment
 * @param explanation  the interpolation that produced it
 * @since 0.1.0
 */
public record Attainment(BigDecimal value, Step explanation) {

    /** Checks for nulls. */
    public Attainment {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Computes the attainment of a value against a KPI's thresholds.
     *
     * @param kpi  the KPI definition, not null
     * @param periodValue  the period's aggregated value, not null
     * @return the attainment, never null
     */
    public static Attainment of(KpiDefinition kpi, BigDecimal periodValue) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(periodValue, "periodValue");
        String v = periodValue.toPlainString();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("value", v);
        if (kpi.isBinary()) {
            boolean met = periodValue.compareTo(BigDecimal.ONE) >= 0;
            return result(met ? BigDecimal.ONE : BigDecimal.ZERO, "binary kpi " + kpi.id() + ": value " + v
                    + (met ? " is met" : " is not met"), facts);
        }
        BigDecimal min = kpi.minimum().orElseThrow();
        BigDecimal target = kpi.target().orElseThrow();
        facts.put("minimum", min.toPlainString());
        facts.put("target", target.toPlainString());
        kpi.stretch().ifPresent(s -> facts.put("stretch", s.toPlainString()));
        facts.put("maxAttainment", kpi.maxAttainment().toPlainString());
        int sign = kpi.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        String worse = sign > 0 ? "at or below" : "at or above";
        String better = sign > 0 ? "at or above" : "at or below";
        // compare in the better direction: x "better than" y  <=>  (x - y) * sign > 0
        if (periodValue.subtract(min).signum() * sign <= 0) {
            return result(BigDecimal.ZERO, "value " + v + " is " + worse + " minimum " + min.toPlainString()
                    + ": attainment 0", facts);
        }
        if (kpi.stretch().isPresent()) {
            BigDecimal stretch = kpi.stretch().get();
            if (periodValue.subtract(stretch).signum() * sign >= 0) {
                return result(kpi.maxAttainment(), "value " + v + " is " + better + " stretch "
                        + stretch.toPlainString() + ": attainment " + kpi.maxAttainment().toPlainString(), facts);
            }
        }
        if (periodValue.subtract(target).signum() * sign < 0) {
            // between minimum and target: (v - min) / (target - min)
            BigDecimal a = periodValue.subtract(min).divide(target.subtract(min), Money.DIVISION);
            return result(a, "between minimum and target: (" + v + " − " + min.toPlainString() + ") / ("
                    + target.toPlainString() + " − " + min.toPlainString() + ") = " + Decimals.plain(a), facts);
        }
        if (kpi.stretch().isEmpty()) {
            return result(BigDecimal.ONE, "value " + v + " is " + better + " target " + target.toPlainString()
                    + " and there is no stretch: attainment 1", facts);
        }
        // between target and stretch: 1 + (v - target) / (stretch - target) * (max - 1)
        BigDecimal stretch = kpi.stretch().get();
        BigDecimal fraction = periodValue.subtract(target).divide(stretch.subtract(target), Money.DIVISION);
        BigDecimal a = BigDecimal.ONE.add(fraction.multiply(kpi.maxAttainment().subtract(BigDecimal.ONE)), Money.DIVISION);
        return result(a, "between target and stretch: 1 + (" + v + " − " + target.toPlainString() + ") / ("
                + stretch.toPlainString() + " − " + target.toPlainString() + ") × ("
                + kpi.maxAttainment().toPlainString() + " − 1) = " + Decimals.plain(a), facts);
    }

    private static Attainment result(BigDecimal a, String text, Map<String, String> facts) {
        facts.put("attainment", Decimals.plain(a));
        return new Attainment(a, Step.of(StepKind.COMPUTATION, text, facts, List.of()));
    }
}
