package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.ThoroughTries;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.ScaledKpi;
import dev.partnering.kpi.Attainment;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.Precision;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardFixtures;
import dev.partnering.scorecard.ScorecardLine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The scorecard's fixed-point path (a KPI version's thresholds and weight scaled once, the line's
 * attainment, status and contribution and the score computed in {@code long}s) is never a wrong
 * value: where it gives a figure, it is exactly the one of the {@code BigDecimal} path
 * ({@link Attainment#of}, {@link ScorecardCalculator#status}, {@code weight × attainment},
 * {@link Decimals#quotient}); where a figure does not fit in a {@code long}, it refuses with
 * {@link ArithmeticException} and the calculator takes the {@code BigDecimal} path. Values at 0 to 18
 * decimals, thresholds at other scales, both directions and binary KPIs, unscaled values up to
 * {@code Long.MAX_VALUE / 10^k}.
 */
@AddLifecycleHook(ThoroughTries.class)
class FixedPointScoringProperties {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    /** Unscaled values: small, large, and at the edges {@code Long.MAX_VALUE / 10^k} (±1) where an overflow must be found. */
    @Provide
    Arbitrary<Long> unscaled() {
        Arbitrary<Long> edges = Combinators.combine(Arbitraries.integers().between(0, 18), Arbitraries.of(-1L, 0L, 1L))
                .as((k, d) -> k == 0 && d == 1 ? Long.MAX_VALUE : Long.MAX_VALUE / FixedPoint.pow10(k) + d);
        return Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000, 1_000_000), Arbitraries.longs(),
                edges, edges.map(x -> -x), Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(unscaled(), Arbitraries.integers().between(0, 18)).as(BigDecimal::valueOf)
                .filter(dev.partnering.internal.Limits::within);
    }

    /** Contract-sized figures: at most a million (unscaled), at most 3 decimals. */
    @Provide
    Arbitrary<BigDecimal> smallDecimals() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000, 1_000_000), Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
    }

    @Provide
    Arbitrary<Direction> directions() {
        return Arbitraries.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER, Direction.BINARY);
    }

    /** @return a KPI of the thresholds (sorted for the direction), or nothing if they make none */
    private static Optional<KpiDefinition> kpi(Direction direction, List<BigDecimal> thresholds, boolean stretch,
            BigDecimal maxAttainment, BigDecimal weight) {
        List<BigDecimal> t = new ArrayList<>(thresholds);
        t.sort(direction == Direction.LOWER_IS_BETTER ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
        KpiDefinition.Builder b = KpiDefinition.builder().id("k").name("K").unit("u").direction(direction)
                .weight(weight.abs().add(BigDecimal.valueOf(1, weight.scale()))).effectiveFrom(FROM);
        if (direction != Direction.BINARY) {
            b.minimum(t.get(0)).target(t.get(1));
            if (stretch) {
                b.stretch(t.get(2)).maxAttainment(BigDecimal.ONE.add(maxAttainment.abs().remainder(BigDecimal.valueOf(9))));
            }
        }
        try {
            return Optional.of(b.build());
        } catch (ValidationException invalid) {
            return Optional.empty(); // e.g. minimum equal to target, a weight out of bounds
        }
    }

    @Property
    void theFixedPointLineIsTheBigDecimalLineOrRefused(@ForAll("directions") Direction direction,
            @ForAll @Size(3) List<@From("decimals") BigDecimal> thresholds, @ForAll boolean stretch,
            @ForAll("smallDecimals") BigDecimal maxAttainment, @ForAll("decimals") BigDecimal weight,
            @ForAll("unscaled") long value, @ForAll @IntRange(max = 18) int valueScale,
            @ForAll @IntRange(max = 12) int decimals) {
        Optional<KpiDefinition> k = kpi(direction, thresholds, stretch, maxAttainment, weight);
        Assume.that(k.isPresent());
        String outcome = assertAgree(k.get(), value, valueScale, decimals, false);
        // the edges are drawn, and so are figures the fixed-point path gives: the property is not vacuous
        net.jqwik.api.statistics.Statistics.label("outcome").collect(outcome);
        net.jqwik.api.statistics.Statistics.label("outcome").coverage(c -> {
            c.check("given").percentage(p -> p > 20);
            c.check("refused").percentage(p -> p > 5);
        });
    }

    /**
     * A value at more decimals than its KPI's thresholds (99.95 against 99.5; a ratio's quotient at 6 decimals
     * against 0.95) is scored with the thresholds brought to the value's scale: the attainment, status and
     * contribution are the {@code BigDecimal} path's, or refused. Contract-sized thresholds; values of any size, or
     * at a threshold (minimum, target or stretch) and one unit of the value's last place around it, at 1 to 18
     * decimals more than the thresholds.
     */
    @Property
    void aValueAtMoreDecimalsThanTheThresholdsIsScoredAtItsScale(@ForAll("directions") Direction direction,
            @ForAll @Size(3) List<@From("smallDecimals") BigDecimal> thresholds, @ForAll boolean stretch,
            @ForAll("smallDecimals") BigDecimal maxAttainment, @ForAll("smallDecimals") BigDecimal weight,
            @ForAll("unscaled") long value, @ForAll @IntRange(max = 3) int anchor, @ForAll @IntRange(min = -1, max = 1) int units,
            @ForAll @IntRange(min = 1, max = 18) int more, @ForAll @IntRange(max = 12) int decimals) {
        Optional<KpiDefinition> k = kpi(direction, thresholds, stretch, maxAttainment, weight);
        Assume.that(k.isPresent());
        List<BigDecimal> at = new ArrayList<>();
        k.get().minimum().ifPresent(at::add);
        k.get().target().ifPresent(at::add);
        k.get().stretch().ifPresent(at::add);
        int thresholdScale = at.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        int valueScale = Math.min(18, thresholdScale + more);
        Assume.that(valueScale > thresholdScale);
        long v = value;
        if (anchor < at.size()) {
            // at a threshold, and a unit of the value's last place around it
            BigDecimal near = at.get(anchor).setScale(valueScale).add(BigDecimal.valueOf(units, valueScale));
            Assume.that(near.unscaledValue().bitLength() < 64);
            v = near.unscaledValue().longValueExact();
        }
        String outcome = assertAgree(k.get(), v, valueScale, decimals, false);
        net.jqwik.api.statistics.Statistics.label("outcome").collect(outcome);
        net.jqwik.api.statistics.Statistics.label("outcome").coverage(c -> c.check("given").percentage(p -> p > 20));
    }

    /**
     * Contract-sized figures always fit: values, thresholds and weights of at most a million (unscaled) at
     * up to 3 decimals, attainments at up to 6 decimals (|v − min| ≤ 2×10^9 at scale 3, × 10^6 for the
     * decimals; between target and stretch (2×10^9 × 10^3) × 10^6 at most): the fixed-point path never refuses them.
     */
    @Property
    void smallFiguresAreNeverRefused(@ForAll("directions") Direction direction,
            @ForAll @Size(3) List<@From("smallDecimals") BigDecimal> thresholds, @ForAll boolean stretch,
            @ForAll("smallDecimals") BigDecimal maxAttainment, @ForAll("smallDecimals") BigDecimal weight,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long value, @ForAll @IntRange(max = 3) int valueScale,
            @ForAll @IntRange(max = 6) int decimals) {
        Optional<KpiDefinition> k = kpi(direction, thresholds, stretch, maxAttainment, weight);
        Assume.that(k.isPresent());
        assertAgree(k.get(), value, valueScale, decimals, true);
    }

    /** @return "given", "refused" or "no form" */
    private static String assertAgree(KpiDefinition kpi, long value, int valueScale, int decimals, boolean mustFit) {
        BigDecimal v = BigDecimal.valueOf(value, valueScale);
        Attainment reference = Attainment.of(kpi, v, decimals);
        KpiStatus status = ScorecardCalculator.status(kpi, v);
        BigDecimal contribution = Decimals.canonical(kpi.weight().multiply(reference.value()));
        ScaledKpi scaled = KpiVersionIndex.scaledOf(kpi, decimals);
        boolean figuresFit = FixedPoint.fits(kpi.weight()) && FixedPoint.fits(kpi.maxAttainment())
                && kpi.minimum().map(FixedPoint::fits).orElse(true) && kpi.target().map(FixedPoint::fits).orElse(true)
                && kpi.stretch().map(FixedPoint::fits).orElse(true);
        // no scaled form only where a figure, or the thresholds at their common scale, have none
        assertEquals(figuresFit && thresholdsFitAtOneScale(kpi), scaled != null, kpi.toString());
        if (scaled == null) {
            return "no form";
        }
        long a;
        try {
            a = scaled.attainment(value, valueScale);
        } catch (ArithmeticException refused) {
            assertTrue(!mustFit, "refused " + v + " against " + kpi);
            return "refused";
        }
        String what = v + " at " + decimals + " against " + kpi;
        // the same value and the same (canonical) scale
        assertEquals(reference.value(), FixedPoint.toDecimal(a, decimals, 0), what);
        int s;
        long c;
        try {
            s = scaled.status(value, valueScale);
            c = scaled.contribution(a);
        } catch (ArithmeticException refused) {
            assertTrue(!mustFit, "refused " + v + " against " + kpi);
            return "refused";
        }
        assertEquals(status, s == ScaledKpi.MET ? KpiStatus.MET : s == ScaledKpi.BELOW_TARGET ? KpiStatus.BELOW_TARGET
                : KpiStatus.BELOW_MINIMUM, what);
        assertEquals(contribution, FixedPoint.toDecimal(c, scaled.weightScale() + decimals, 0), what);
        return "given";
    }

    private static boolean thresholdsFitAtOneScale(KpiDefinition kpi) {
        List<BigDecimal> t = new ArrayList<>();
        kpi.minimum().ifPresent(t::add);
        kpi.target().ifPresent(t::add);
        kpi.stretch().ifPresent(t::add);
        int scale = t.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        return t.stream().allMatch(x -> x.setScale(scale).unscaledValue().bitLength() <= 63);
    }

    @Example
    void anOverflowIsRefusedNotWrapped() {
        // min 0, target 10^17 at scale 0; a value of Long.MAX_VALUE / 10 at scale 1 puts both at scale 1:
        // 10^18 and 9.2×10^17 fit, (v − min) × 10^6 for 6 decimals does not: refused, never a wrapped figure
        KpiDefinition kpi = KpiDefinition.builder().id("k").name("K").unit("u").direction(Direction.HIGHER_IS_BETTER)
                .minimum(BigDecimal.ZERO).target(BigDecimal.TEN.pow(17)).effectiveFrom(FROM).build();
        ScaledKpi scaled = KpiVersionIndex.scaledOf(kpi, 6);
        assertNotNull(scaled);
        org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class,
                () -> scaled.attainment(Long.MAX_VALUE / 10, 1));
        // a smaller value of the same KPI: 5×10^11 / 10^17 = 0.000005, unscaled 5 at 6 decimals
        assertEquals(5L, scaled.attainment(5 * FixedPoint.pow10(11), 0));
    }

    // ------------------------------------------------------------------ whole scorecards

    @Provide
    Arbitrary<List<BigDecimal>> measurementValues() {
        // values around thresholds 90 / 95 / 99, at 0 to 18 decimals, with a few far out
        Arbitrary<BigDecimal> near = Combinators.combine(Arbitraries.longs().between(80_000, 110_000),
                Arbitraries.integers().between(0, 15)).as((u, extra) -> BigDecimal.valueOf(u, 3)
                        .add(BigDecimal.valueOf(extra % 7, extra)));
        Arbitrary<BigDecimal> far = Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.integers().between(0, 18)).as(BigDecimal::valueOf).filter(dev.partnering.internal.Limits::within);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, near), net.jqwik.api.Tuple.of(1, far)).list().ofSize(4);
    }

    /**
     * A scorecard whose measurements take the fixed-point path (compact, one per KPI and period) has the
     * figures, statuses, score and explanation of the same scorecard on the {@code BigDecimal} path (the same
     * measurements each given a source, which keeps them in the general form); its lazy lines equal lines built
     * from their figures with the public constructor.
     */
    @Property(tries = 300)
    void aScorecardInFixedPointIsTheBigDecimalOne(@ForAll("measurementValues") List<BigDecimal> values,
            @ForAll @IntRange(max = 12) int valueDecimals, @ForAll @IntRange(max = 12) int attainmentDecimals,
            @ForAll @IntRange(max = 12) int scoreDecimals, @ForAll("decimals") BigDecimal weight) {
        Assume.that(weight.signum() != 0 && weight.abs().compareTo(BigDecimal.TEN.pow(12)) < 0);
        List<KpiDefinition> kpis = List.of(
                kpiAt("a", Direction.HIGHER_IS_BETTER, "90", "95.00", "99", weight.abs()),
                kpiAt("b", Direction.LOWER_IS_BETTER, "99.5", "95", "90.125", BigDecimal.ONE),
                kpiAt("c", Direction.HIGHER_IS_BETTER, "90.0", "95", null, new BigDecimal("2.5")),
                KpiDefinition.builder().id("d").name("D").unit("u").direction(Direction.BINARY)
                        .aggregation(dev.partnering.kpi.AggregationRule.max()).effectiveFrom(FROM).build());
        Agreement agreement = agreement(kpis, Precision.of(valueDecimals, attainmentDecimals, scoreDecimals));
        ReportingPeriod march = ReportingPeriod.parse("2026-03");
        List<Measurement> compact = new ArrayList<>();
        List<Measurement> general = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // the binary KPI d: 1 (met) when the value drawn is at least 95, else 0
            BigDecimal v = i < 3 ? values.get(i) : values.get(i).compareTo(new BigDecimal("95")) >= 0 ? BigDecimal.ONE
                    : BigDecimal.ZERO;
            Measurement.Builder b = Measurement.builder().kpiId(kpis.get(i).id()).period(march)
                    .recordedAt(Instant.parse("2026-04-01T00:00:00Z")).value(v);
            compact.add(b.build());
            general.add(b.source("erp").build());
        }
        Scorecard fast = ScorecardCalculator.standard().calculate(agreement, march, compact);
        Scorecard reference = ScorecardCalculator.standard().calculate(agreement, march, general);
        assertEquals(reference.score(), fast.score());
        for (int i = 0; i < 4; i++) {
            ScorecardLine f = fast.lines().get(i);
            ScorecardLine r = reference.lines().get(i);
            assertEquals(r.value(), f.value());
            assertEquals(r.attainment(), f.attainment());
            assertEquals(r.contribution(), f.contribution());
            assertEquals(r.status(), f.status());
            assertEquals(r.explanation().toString(), f.explanation().toString());
            ScorecardLine rebuilt = new ScorecardLine(f.kpiId(), f.definition(), f.aggregation(), f.value(), f.valueFrom(),
                    f.attainment(), f.weight(), f.contribution(), f.status(), f.counted(), f.explanation());
            assertEquals(rebuilt.hashCode(), f.hashCode());
            assertEquals(rebuilt, f);
            assertEquals(f, rebuilt);
            assertEquals(rebuilt.toString(), f.toString());
        }
        assertEquals(reference.explanation().toString(), fast.explanation().toString());
    }

    /** The fixtures' agreement with a declared precision. */
    private static Agreement agreement(List<KpiDefinition> kpis, Precision precision) {
        Agreement a = ScorecardFixtures.agreement(MissingDataPolicy.ZERO, kpis);
        return Agreement.builder().id(a.id()).title(a.title()).addAllParties(a.parties()).term(a.term())
                .governance(a.governance()).addAllKpis(kpis).missingDataPolicy(MissingDataPolicy.ZERO)
                .currency(a.currency()).precision(precision).build();
    }

    private static KpiDefinition kpiAt(String id, Direction d, String min, String target, String stretch, BigDecimal weight) {
        KpiDefinition.Builder b = KpiDefinition.builder().id(id).name(id).unit("%").direction(d)
                .minimum(new BigDecimal(min)).target(new BigDecimal(target)).weight(weight).effectiveFrom(FROM);
        if (stretch != null) {
            b.stretch(new BigDecimal(stretch)).maxAttainment(new BigDecimal("1.25"));
        }
        return b.build();
    }

    @Example
    void largeWeightsTakeTheBigDecimalScore() {
        // weights of 10^17 × 1.2 attainments: Σ w·a at 18 + 6 decimals does not fit a long; the score is still exact
        List<KpiDefinition> kpis = List.of(kpiAt("a", Direction.HIGHER_IS_BETTER, "90", "95", "99", BigDecimal.TEN.pow(17)),
                kpiAt("b", Direction.HIGHER_IS_BETTER, "90", "95", null, new BigDecimal("0.000000000000000001")));
        Agreement agreement = agreement(kpis, Precision.standard());
        ReportingPeriod march = ReportingPeriod.parse("2026-03");
        Scorecard sc = ScorecardCalculator.standard().calculate(agreement, march, List.of(
                Measurement.builder().kpiId("a").period(march).recordedAt(Instant.parse("2026-04-01T00:00:00Z"))
                        .value(new BigDecimal("99.5")).build(),
                Measurement.builder().kpiId("b").period(march).recordedAt(Instant.parse("2026-04-01T00:00:00Z"))
                        .value(new BigDecimal("92.5")).build()));
        // a: 99.5 is beyond the stretch 99: maxAttainment 1.25; b: (92.5 − 90) / (95 − 90) = 0.5
        // score = (10^17 × 1.25 + 10^-18 × 0.5) / (10^17 + 10^-18) = 1.25 − 0.75×10^-35 (about) → 1.25 at 6 decimals
        assertEquals(new BigDecimal("1.25"), sc.score().orElseThrow());
        assertEquals(new BigDecimal("0.5"), sc.line("b").orElseThrow().attainment().orElseThrow());
        assertEquals(new BigDecimal("0.0000000000000000005"), sc.line("b").orElseThrow().contribution().orElseThrow());
    }
}
