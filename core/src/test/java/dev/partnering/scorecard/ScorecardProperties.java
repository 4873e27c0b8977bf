package dev.partnering.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Aggregator;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScorecardProperties {

    static final ReportingPeriod MONTH = ReportingPeriod.parse("2026-03");

    /** A generated case: KPIs and the measurements of one month (some KPIs may have none). */
    record Case(List<KpiDefinition> kpis, List<Measurement> measurements) {
    }

    static Arbitrary<KpiDefinition> kpi(int index) {
        Arbitrary<BigDecimal> base = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(1);
        Arbitrary<BigDecimal> gap = Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("50")).ofScale(1);
        Arbitrary<BigDecimal> weight = Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("5")).ofScale(1);
        Arbitrary<AggregationRule> rule = Arbitraries.of(AggregationRule.mean(), AggregationRule.sum(), AggregationRule.min(),
                AggregationRule.max(), AggregationRule.last(), AggregationRule.percentile(new BigDecimal("90")),
                AggregationRule.ratio());
        return Combinators.combine(base, gap, gap.injectNull(0.5), weight, rule, Arbitraries.of(Direction.HIGHER_IS_BETTER,
                Direction.LOWER_IS_BETTER)).as((b, g, sg, w, r, dir) -> {
                    BigDecimal sign = dir == Direction.HIGHER_IS_BETTER ? BigDecimal.ONE : BigDecimal.ONE.negate();
                    // ratio kpis get thresholds in [0, 1]
                    BigDecimal scale = r instanceof AggregationRule.Ratio ? new BigDecimal("0.005") : BigDecimal.ONE;
                    BigDecimal min = b.multiply(scale);
                    BigDecimal target = min.add(g.multiply(scale).multiply(sign));
                    KpiDefinition.Builder k = KpiDefinition.builder().id("k" + index).name("K" + index).unit("u")
                            .direction(dir).minimum(min).target(target).weight(w).aggregation(r)
                            .effectiveFrom(ScorecardFixtures.START);
                    if (sg != null) {
                        k.stretch(target.add(sg.multiply(scale).multiply(sign)));
                    }
                    return k.build();
                });
    }

    static Arbitrary<List<Measurement>> measurements(KpiDefinition kpi) {
        Arbitrary<Measurement> one;
        Arbitrary<Instant> at = Arbitraries.longs().between(0, 5).map(d -> Instant.parse("2026-04-01T00:00:00Z").plusSeconds(d * 3600));
        if (kpi.aggregation() instanceof AggregationRule.Ratio) {
            Arbitrary<Integer> den = Arbitraries.integers().between(0, 300);
            one = den.flatMap(d -> Combinators.combine(Arbitraries.integers().between(0, d), at)
                    .as((n, t) -> Measurement.builder().kpiId(kpi.id()).period(MONTH)
                            .ratio(BigDecimal.valueOf(n), BigDecimal.valueOf(d)).recordedAt(t).build()));
        } else {
            one = Combinators.combine(Arbitraries.bigDecimals().between(new BigDecimal("-10"), new BigDecimal("160")).ofScale(2), at)
                    .as((v, t) -> Measurement.builder().kpiId(kpi.id()).period(MONTH).value(v).recordedAt(t).build());
        }
        return one.list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(1, 5).flatMap(n -> {
            List<Arbitrary<KpiDefinition>> kpis = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                kpis.add(kpi(i));
            }
            return Combinators.combine(kpis).as(list -> list).flatMap(list -> {
                List<Arbitrary<List<Measurement>>> ms = new ArrayList<>();
                for (KpiDefinition k : list) {
                    ms.add(measurements(k));
                }
                return Combinators.combine(ms).as(all -> new Case(List.copyOf(list),
                        all.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableList())));
            });
        });
    }

    private static Scorecard score(MissingDataPolicy policy, List<KpiDefinition> kpis, List<Measurement> ms) {
        return ScorecardCalculator.standard().calculate(ScorecardFixtures.agreement(policy, kpis), MONTH, ms);
    }

    private static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    @Property(tries = 300)
    void aggregationIndependentOfMeasurementOrder(@ForAll("cases") Case c, @ForAll long seed) {
        for (KpiDefinition k : c.kpis()) {
            assertEquals(Aggregator.aggregate(k, MONTH, c.measurements()).value(),
                    Aggregator.aggregate(k, MONTH, shuffled(c.measurements(), seed)).value());
        }
    }

    @Property(tries = 300)
    void scorecardIndependentOfMeasurementAndKpiOrder(@ForAll("cases") Case c, @ForAll MissingDataPolicy policy,
            @ForAll long seed) {
        Scorecard a = score(policy, c.kpis(), c.measurements());
        Scorecard b = score(policy, shuffled(c.kpis(), seed), shuffled(c.measurements(), seed + 1));
        assertEquals(a.score(), b.score());
        for (ScorecardLine line : a.lines()) {
            ScorecardLine other = b.line(line.kpiId()).orElseThrow();
            assertEquals(line.attainment(), other.attainment());
            assertEquals(line.status(), other.status());
        }
    }

    @Property(tries = 300)
    void scoreWithinMinAndMaxOfCountedAttainments(@ForAll("cases") Case c, @ForAll MissingDataPolicy policy) {
        Scorecard sc = score(policy, c.kpis(), c.measurements());
        List<BigDecimal> attainments = sc.lines().stream().filter(ScorecardLine::counted)
                .map(l -> l.attainment().get()).collect(Collectors.toList());
        assertEquals(attainments.isEmpty(), sc.score().isEmpty(), "score defined iff some kpi counts");
        sc.score().ifPresent(s -> {
            BigDecimal min = Collections.min(attainments);
            BigDecimal max = Collections.max(attainments);
            assertTrue(s.compareTo(min) >= 0 && s.compareTo(max) <= 0, "score " + s + " outside [" + min + ", " + max + "]");
        });
    }

    @Property(tries = 300)
    void excludePolicyEqualsScoreOnTheReducedKpiSet(@ForAll("cases") Case c) {
        Scorecard excluded = score(MissingDataPolicy.EXCLUDE, c.kpis(), c.measurements());
        Set<String> withData = excluded.lines().stream().filter(l -> l.status().isMeasured())
                .map(ScorecardLine::kpiId).collect(Collectors.toSet());
        List<KpiDefinition> reduced = c.kpis().stream().filter(k -> withData.contains(k.id())).collect(Collectors.toList());
        if (reduced.isEmpty()) {
            assertTrue(excluded.score().isEmpty());
            return;
        }
        List<Measurement> reducedMs = c.measurements().stream().filter(m -> withData.contains(m.kpiId()))
                .collect(Collectors.toList());
        assertEquals(score(MissingDataPolicy.ZERO, reduced, reducedMs).score(), excluded.score());
    }

    @Property(tries = 300)
    void zeroPolicyNeverScoresAboveExcludePolicy(@ForAll("cases") Case c) {
        Scorecard zero = score(MissingDataPolicy.ZERO, c.kpis(), c.measurements());
        Scorecard exclude = score(MissingDataPolicy.EXCLUDE, c.kpis(), c.measurements());
        if (zero.score().isPresent() && exclude.score().isPresent()) {
            assertTrue(zero.score().get().compareTo(exclude.score().get()) <= 0);
        }
    }
}
