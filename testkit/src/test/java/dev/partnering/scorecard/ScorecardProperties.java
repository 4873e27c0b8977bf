package dev.partnering.scorecard;

import dev.partnering.evaluation.ScorecardCalculator;

import static dev.partnering.testkit.PartneringArbitraries.agreements;
import static dev.partnering.testkit.PartneringArbitraries.periodInputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Aggregator;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.ThoroughTries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Scorecard invariants over generated agreements (1 to 5 KPIs of every direction and aggregation,
 * some with a qualifying condition) and the generated measurements of one month (0 to 4 per KPI,
 * some excluded, recorded-at times that repeat).
 */
@AddLifecycleHook(ThoroughTries.class)
class ScorecardProperties {

    static final ReportingPeriod MONTH = ReportingPeriod.parse("2026-03");

    /** A generated agreement and the measurements of one month (some KPIs may have none). */
    record Case(Agreement agreement, List<Measurement> measurements) {
        List<KpiDefinition> kpis() {
            return agreement.kpis();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return agreements().withoutIncentiveScheme().withKpis(1, 5).startingOn(LocalDate.of(2026, 1, 1))
                .flatMap(a -> periodInputs(a).in(MONTH).map(i -> new Case(a, i.measurements())));
    }

    private static Scorecard score(Agreement a, MissingDataPolicy policy, List<KpiDefinition> kpis, List<Measurement> ms) {
        return ScorecardCalculator.standard().calculate(a.withMissingDataPolicy(policy).withKpis(kpis), MONTH, ms);
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
        Scorecard a = score(c.agreement(), policy, c.kpis(), c.measurements());
        Scorecard b = score(c.agreement(), policy, shuffled(c.kpis(), seed), shuffled(c.measurements(), seed + 1));
        assertEquals(a.score(), b.score());
        for (ScorecardLine line : a.lines()) {
            ScorecardLine other = b.line(line.kpiId()).orElseThrow();
            assertEquals(line.attainment(), other.attainment());
            assertEquals(line.status(), other.status());
        }
    }

    @Property(tries = 300)
    void scoreWithinMinAndMaxOfCountedAttainments(@ForAll("cases") Case c, @ForAll MissingDataPolicy policy) {
        Scorecard sc = score(c.agreement(), policy, c.kpis(), c.measurements());
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
        Scorecard excluded = score(c.agreement(), MissingDataPolicy.EXCLUDE, c.kpis(), c.measurements());
        Set<String> withData = excluded.lines().stream().filter(l -> l.status().isMeasured())
                .map(ScorecardLine::kpiId).collect(Collectors.toSet());
        List<KpiDefinition> reduced = c.kpis().stream().filter(k -> withData.contains(k.id())).collect(Collectors.toList());
        if (reduced.isEmpty()) {
            assertTrue(excluded.score().isEmpty());
            return;
        }
        List<Measurement> reducedMs = c.measurements().stream().filter(m -> withData.contains(m.kpiId()))
                .collect(Collectors.toList());
        assertEquals(score(c.agreement(), MissingDataPolicy.ZERO, reduced, reducedMs).score(), excluded.score());
    }

    @Property(tries = 300)
    void zeroPolicyNeverScoresAboveExcludePolicy(@ForAll("cases") Case c) {
        Scorecard zero = score(c.agreement(), MissingDataPolicy.ZERO, c.kpis(), c.measurements());
        Scorecard exclude = score(c.agreement(), MissingDataPolicy.EXCLUDE, c.kpis(), c.measurements());
        if (zero.score().isPresent() && exclude.score().isPresent()) {
            assertTrue(zero.score().get().compareTo(exclude.score().get()) <= 0);
        }
    }
}
