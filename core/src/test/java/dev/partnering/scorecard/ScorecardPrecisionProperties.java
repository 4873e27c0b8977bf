package dev.partnering.scorecard;

import dev.partnering.ThoroughTries;
import dev.partnering.evaluation.ScorecardCalculator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.partnering.Fixtures;
import dev.partnering.Fraction;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.Precision;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The precision rule for the scorecard, against a reference in exact fractions: each period value is
 * the exact value of its aggregation rounded once to the declared decimals, each attainment the exact
 * interpolation of the rounded period value rounded once, and the score Σ w·a / Σ w over the rounded
 * attainments rounded once.
 */
@AddLifecycleHook(ThoroughTries.class)
class ScorecardPrecisionProperties {

    private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);
    private static final String[] MONTHS = {"2026-01", "2026-02", "2026-03"};

    /** One generated KPI: its definition and the raw figures of its measurements. */
    record Spec(KpiDefinition kpi, List<BigDecimal[]> figures) {
    }

    @Property(tries = 200)
    void periodValueAttainmentAndScoreAreTheirExactValuesRoundedOnce(@ForAll("specs") List<Spec> specs,
            @ForAll("precisions") Precision precision) {
        List<KpiDefinition> kpis = new ArrayList<>();
        List<Measurement> ms = new ArrayList<>();
        for (Spec s : specs) {
            kpis.add(s.kpi());
            for (int i = 0; i < s.figures().size(); i++) {
                BigDecimal[] f = s.figures().get(i);
                ms.add(f.length == 2 ? Fixtures.ratioMeasurement(s.kpi().id(), MONTHS[i], f[0].toPlainString(), f[1].toPlainString())
                        : Fixtures.measurement(s.kpi().id(), MONTHS[i], f[0].toPlainString()));
            }
        }
        Agreement agreement = Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(kpis).currency(Fixtures.SEK).precision(precision).build();
        Scorecard card = ScorecardCalculator.standard().calculate(agreement, Q1, ms);
        Fraction weighted = Fraction.ZERO;
        Fraction weights = Fraction.ZERO;
        for (Spec s : specs) {
            ScorecardLine line = card.line(s.kpi().id()).orElseThrow();
            BigDecimal value = exactPeriodValue(s).figure(precision.periodValueDecimals());
            assertSame(value, line.value().orElseThrow(), s.kpi().id() + " period value");
            BigDecimal attainment = exactAttainment(s.kpi(), Fraction.of(value)).figure(precision.attainmentDecimals());
            assertSame(attainment, line.attainment().orElseThrow(), s.kpi().id() + " attainment of " + value);
            // the calculator makes its lines without canonicalising again: they must be what the public
            // constructor makes of the same figures (canonical), equal with the same hash and text
            ScorecardLine rebuilt = new ScorecardLine(line.kpiId(), line.definition(), line.aggregation(), line.value(),
                    line.valueFrom(), line.attainment(), line.weight(), line.contribution(), line.status(), line.counted(),
                    line.explanation());
            assertEquals(rebuilt, line, s.kpi().id() + " line against the public constructor's");
            assertEquals(rebuilt.hashCode(), line.hashCode());
            assertEquals(rebuilt.toString(), line.toString());
            assertSame(dev.partnering.internal.Decimals.canonical(s.kpi().weight().multiply(attainment)),
                    line.contribution().orElseThrow(), s.kpi().id() + " contribution");
            weighted = weighted.plus(Fraction.of(s.kpi().weight()).times(Fraction.of(attainment)));
            weights = weights.plus(Fraction.of(s.kpi().weight()));
        }
        assertSame(weighted.over(weights).figure(precision.scoreDecimals()), card.score().orElseThrow(), "score");
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        // the exact value rounded once, and in the SDK's one canonical form (no trailing zeros): equals, not compareTo
        assertEquals(expected, actual, what + ": expected " + expected.toPlainString() + ", was "
                + actual.toPlainString());
    }

    /** The exact period value of the KPI's rule over its measurements. */
    static Fraction exactPeriodValue(Spec s) {
        AggregationRule rule = s.kpi().aggregation();
        if (rule instanceof AggregationRule.Ratio) {
            Fraction n = Fraction.ZERO;
            Fraction d = Fraction.ZERO;
            for (BigDecimal[] f : s.figures()) {
                n = n.plus(Fraction.of(f[0]));
                d = d.plus(Fraction.of(f[1]));
            }
            return n.over(d);
        }
        Fraction sum = Fraction.ZERO;
        Fraction min = null;
        Fraction max = null;
        for (BigDecimal[] f : s.figures()) {
            Fraction v = Fraction.of(f[0]);
            sum = sum.plus(v);
            min = min == null || v.compareTo(min) < 0 ? v : min;
            max = max == null || v.compareTo(max) > 0 ? v : max;
        }
        if (rule instanceof AggregationRule.Mean) {
            return sum.over(Fraction.of(s.figures().size()));
        }
        return rule instanceof AggregationRule.Sum ? sum : rule instanceof AggregationRule.Min ? min : max;
    }

    /** Attainment by DOMAIN.md: piecewise linear through (minimum, 0), (target, 1), (stretch, max), flat outside. */
    static Fraction exactAttainment(KpiDefinition kpi, Fraction v) {
        Fraction min = Fraction.of(kpi.minimum().orElseThrow());
        Fraction target = Fraction.of(kpi.target().orElseThrow());
        int sign = kpi.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (v.minus(min).signum() * sign <= 0) {
            return Fraction.ZERO;
        }
        if (kpi.stretch().isPresent() && v.minus(Fraction.of(kpi.stretch().get())).signum() * sign >= 0) {
            return Fraction.of(kpi.maxAttainment());
        }
        if (v.minus(target).signum() * sign < 0) {
            return v.minus(min).over(target.minus(min));
        }
        if (kpi.stretch().isEmpty()) {
            return Fraction.ONE;
        }
        Fraction stretch = Fraction.of(kpi.stretch().get());
        Fraction above = v.minus(target).over(stretch.minus(target)).times(Fraction.of(kpi.maxAttainment()).minus(Fraction.ONE));
        return Fraction.ONE.plus(above);
    }

    @Provide
    Arbitrary<Precision> precisions() {
        Arbitrary<Integer> d = Arbitraries.integers().between(0, 9);
        return Arbitraries.oneOf(Arbitraries.just(Precision.standard()), Combinators.combine(d, d, d).as(Precision::of));
    }

    @Provide
    Arbitrary<List<Spec>> specs() {
        return Arbitraries.integers().between(1, 3).flatMap(n -> {
            List<Arbitrary<Spec>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(spec("k" + i));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
    }

    private static Arbitrary<BigDecimal> decimal(String low, String high, int maxScale) {
        return Arbitraries.integers().between(0, maxScale).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal(low), new BigDecimal(high)).ofScale(scale));
    }

    private static Arbitrary<Spec> spec(String id) {
        Arbitrary<List<BigDecimal>> thresholds = decimal("0", "100", 3).list().ofSize(3).uniqueElements(BigDecimal::stripTrailingZeros)
                .map(l -> l.stream().sorted().toList());
        Arbitrary<AggregationRule> rules = Arbitraries.of(AggregationRule.mean(), AggregationRule.ratio(), AggregationRule.sum(),
                AggregationRule.min(), AggregationRule.max());
        return Combinators.combine(thresholds, Arbitraries.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER),
                Arbitraries.integers().between(0, 2), decimal("1", "2", 3), decimal("1", "10", 3), rules,
                Arbitraries.integers().between(1, 3)).flatAs((t, dir, stretchKind, max, weight, rule, count) -> {
                    boolean higher = dir == Direction.HIGHER_IS_BETTER;
                    BigDecimal min = higher ? t.get(0) : t.get(2);
                    BigDecimal target = t.get(1);
                    // no stretch, a stretch beyond the target, or a stretch equal to the target
                    BigDecimal stretch = stretchKind == 0 ? null : stretchKind == 2 ? target : higher ? t.get(2) : t.get(0);
                    KpiDefinition.Builder b = KpiDefinition.builder().id(id).name(id).unit("u").direction(dir)
                            .minimum(min).target(target).aggregation(rule).weight(weight).effectiveFrom(Fixtures.START);
                    if (stretch != null) {
                        b.stretch(stretch).maxAttainment(max);
                    }
                    KpiDefinition kpi = b.build();
                    Arbitrary<BigDecimal[]> figure = rule instanceof AggregationRule.Ratio
                            ? Combinators.combine(decimal("0", "500", 2), decimal("1", "500", 2)).as((n, d) -> new BigDecimal[] {n, d})
                            : decimal("0", "120", 7).map(v -> new BigDecimal[] {v});
                    return figure.list().ofSize(count).map(f -> new Spec(kpi, f));
                });
    }
}
