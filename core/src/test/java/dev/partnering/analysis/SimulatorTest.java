package dev.partnering.analysis;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.IncentiveFixtures;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.KpiDistribution;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.Rejections.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class SimulatorTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    /** The fixture agreement with one KPI and a scheme. */
    private static Agreement withOnly(KpiDefinition kpi, IncentiveScheme scheme) {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addKpis(kpi).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule()).incentiveScheme(scheme).build();
    }

    /** 1,000 SEK per unit of score: the supplier's net is 1,000 × the score. */
    private static IncentiveScheme perScore() {
        return IncentiveScheme.builder().addComponents(BonusMalusCurve.builder().id("bonus").point(new BigDecimal("0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("1200"))
                .unit(BonusMalusCurve.Unit.AMOUNT).build()).build();
    }

    private static Money simulateOnce(Agreement a, String kpiId, String value) {
        SimulationReport r = Simulator.simulate(a, JAN, Map.of(kpiId, KpiDistribution.sampled(List.of(new BigDecimal(value)))), 1, 1L);
        return r.supplier().mean();
    }

    private static void assertAllEqual(Money expected, SimulationReport.Distribution d) {
        assertEquals(List.of(expected, expected, expected, expected, expected, expected),
                List.of(d.mean(), d.p5(), d.p50(), d.p95(), d.min(), d.max()));
    }

    @Test
    void oneSimulatedPeriodIsEveryStatistic() {
        AtRiskPool pool = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("12")).allocate("availability", new BigDecimal("60")).build();
        Agreement a = IncentiveFixtures.agreement(IncentiveScheme.builder().addComponents(pool).build());
        Map<String, KpiDistribution> d = Map.of("availability", KpiDistribution.sampled(List.of(new BigDecimal("98"),
                new BigDecimal("99.5"))));
        // seed 1 draws 99.5 first (at target: no credit); a second draw would be 98 (a credit of 18,000)
        SimulationReport r = Simulator.simulate(a, JAN, d, 1, 1L);
        assertAllEqual(sek("0.00"), r.supplier());
        assertAllEqual(sek("0.00"), r.customer());
        assertEquals(1, r.periods());
        assertEquals(1L, r.seed());
        String text = r.explanation().toText();
        assertTrue(text.contains("input: 1 periods evaluated as 2026-01, seed 1"), text);
        assertTrue(text.contains("= supplier net: mean 0.00 SEK, p5 0.00 SEK, p50 0.00 SEK, p95 0.00 SEK"), text);
        // two periods: 99.5, then 98 → 0 and −18,000; the customer side is the mirror image
        SimulationReport two = Simulator.simulate(a, JAN, d, 2, 1L);
        assertEquals(sek("-9000.00"), two.supplier().mean());
        assertEquals(sek("-18000.00"), two.supplier().min());
        assertEquals(sek("0.00"), two.supplier().max());
        assertEquals(sek("-18000.00"), two.supplier().p50()); // nearest rank: ceil(0.5 × 2) = 1st of 2
        assertEquals(sek("18000.00"), two.customer().max());
        assertEquals(sek("0.00"), two.customer().p50());
    }

    @Test
    void drawsAreClampedIntoTheValidRange() {
        Agreement a = withOnly(Fixtures.availability(), perScore());
        // 150 % is clamped to 100: beyond the stretch 99.9, attainment 1.2 → 1,200
        assertEquals(sek("1200.00"), simulateOnce(a, "availability", "150"));
        // −5 % is clamped to 0: below the minimum, attainment 0 → 0
        assertEquals(sek("0.00"), simulateOnce(a, "availability", "-5"));
        // 99.7 stays: 1 + (0.2 / 0.4) × 0.2 = 1.1 → 1,100
        assertEquals(sek("1100.00"), simulateOnce(a, "availability", "99.7"));
    }

    @Test
    void aKpiWithoutAnUpperBoundIsClampedBelowOnly() {
        Agreement a = withOnly(Fixtures.incidentResponse(), perScore());
        // −3 h is clamped to 0 h: better than the target 4 h, attainment 1 → 1,000; 100 h stays, attainment 0
        assertEquals(sek("1000.00"), simulateOnce(a, "incident-response", "-3"));
        assertEquals(sek("0.00"), simulateOnce(a, "incident-response", "100"));
    }

    @Test
    void ratioKpisDrawTheRatio() {
        Agreement a = withOnly(Fixtures.ticketSla(), perScore());
        // 0.925 → 9,250 / 10,000: (0.925 − 0.90) / 0.05 = 0.5 → 500
        assertEquals(sek("500.00"), simulateOnce(a, "ticket-sla", "0.925"));
        // 1.5 is clamped to 1: attainment 1 → 1,000
        assertEquals(sek("1000.00"), simulateOnce(a, "ticket-sla", "1.5"));
    }

    @Test
    void ratioKpisWithoutAValidRangeAreClampedToZeroToOne() {
        KpiDefinition sla = KpiDefinition.builder().id("ticket-sla").name("SLA").unit("share").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("0.90"), new BigDecimal("0.95")).aggregation(AggregationRule.ratio()).dataSource("tickets")
                .measurementMethod("within / all").effectiveFrom(Fixtures.START).build();
        Agreement a = withOnly(sla, perScore());
        assertEquals(sek("1000.00"), simulateOnce(a, "ticket-sla", "3"));
        assertEquals(sek("0.00"), simulateOnce(a, "ticket-sla", "-1"));
    }

    @Test
    void binaryKpisAreMetFromOneHalf() {
        KpiDefinition report = KpiDefinition.builder().id("report").name("Monthly report delivered").unit("yes/no")
                .direction(Direction.BINARY).aggregation(AggregationRule.min()).dataSource("portal")
                .measurementMethod("delivered by the 5th").effectiveFrom(Fixtures.START).build();
        Agreement a = withOnly(report, perScore());
        // 0.5 rounds to delivered (1): attainment 1 → 1,000; 0.49 to not delivered (0) → 0
        assertEquals(sek("1000.00"), simulateOnce(a, "report", "0.5"));
        assertEquals(sek("0.00"), simulateOnce(a, "report", "0.49"));
    }

    @Test
    void inputsAreCheckedAllAtOnce() {
        Agreement noScheme = IncentiveFixtures.agreement(IncentiveFixtures.noIncentives()).withoutIncentiveScheme();
        Map<String, KpiDistribution> d = Map.of("nps", KpiDistribution.sampled(List.of(BigDecimal.ONE)));
        assertViolations(() -> Simulator.simulate(noScheme, JAN, d, 0, 1L),
                Violation.of("incentiveScheme", null, "agreement 'it-partnering' has no incentive scheme to simulate"),
                Violation.of("periods", "0", "simulated periods 0 must be 1 to 1,000,000"),
                Violation.of("distributions.nps", "nps", "a distribution is given for kpi 'nps', which the agreement does not define"));
        Agreement a = withOnly(Fixtures.availability(), perScore());
        assertViolations(() -> Simulator.simulate(a, JAN, Map.of(), 1_000_001, 1L),
                Violation.of("periods", "1000001", "simulated periods 1000001 must be 1 to 1,000,000"));
    }
}
