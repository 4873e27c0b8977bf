package dev.partnering.analysis;

import dev.partnering.incentive.IncentiveFixtures;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.KpiDistribution;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.agreement;
import static dev.partnering.incentive.IncentiveFixtures.atTarget;
import static dev.partnering.incentive.IncentiveFixtures.belowMinimum;
import static dev.partnering.incentive.IncentiveFixtures.months;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;

class AnalysisTest {

    private static AtRiskPool pool(String percent, String... allocations) {
        AtRiskPool.Builder b = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal(percent));
        String[] kpis = {"availability", "incident-response", "ticket-sla"};
        for (int i = 0; i < allocations.length; i++) {
            b.allocate(kpis[i], new BigDecimal(allocations[i]));
        }
        return b.build();
    }

    private static BonusMalusCurve curve() {
        return BonusMalusCurve.builder().id("bonus").point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("0.8"), new BigDecimal("0")).point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("5")).build();
    }

    @Test
    void balancedSchemeFigures() {
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(pool("12", "40", "30", "30"), curve())
                .floor(Bound.percentOfFee(new BigDecimal("15"))).cap(Bound.percentOfFee(new BigDecimal("10"))).build();
        BalanceReport r = BalanceAnalyzer.analyze(agreement(scheme), scheme, sek("250000.00"), 12);
        // upside: curve +5 % = 12,500; pool none → 12,500 (cap 10 % = 25,000 does not bite)
        // downside: pool 12 % × 100 % = 30,000 + curve 5 % = 12,500 → 42,500, floor 15 % = 37,500 bites
        assertEquals(sek("12500.00"), r.upsidePerPeriod().orElseThrow());
        assertEquals(sek("37500.00"), r.downsidePerPeriod().orElseThrow());
        assertEquals(sek("150000.00"), r.upsidePerYear().orElseThrow());
        assertEquals(sek("450000.00"), r.downsidePerYear().orElseThrow());
        // 12,500 / 37,500 = 1/3 → 0.333333 (6 decimals, HALF_EVEN; it was 0.3333333333333333 at 16 significant digits)
        assertEquals(new BigDecimal("0.333333"), r.upsideToDownside().orElseThrow());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void warnsAboutLopsidedSchemes() {
        IncentiveScheme penaltyOnly = IncentiveScheme.builder().addComponents(pool("10", "30", "20"))
                .floor(Bound.of(sek("1000"))).build();
        BalanceReport r = BalanceAnalyzer.analyze(agreement(penaltyOnly), penaltyOnly, sek("250000.00"), 12);
        // pool 25,000; smallest credit 20 % = 5,000 > floor 1,000; allocations 50 % < 100 %
        assertTrue(r.warnings().contains("penalty-only scheme: no upside for the supplier"), r.warnings().toString());
        assertTrue(r.warnings().contains("allocations sum below 100 % of the pool 'pool': 50 %, so the full pool can never be at risk"),
                r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("cap below the smallest possible credit")), r.warnings().toString());
        IncentiveScheme gainOnly = IncentiveScheme.builder().addComponents(GainShare.builder().id("g").tier(sek("0"), new BigDecimal("50"))
                .cap(sek("100000")).build()).build();
        assertTrue(BalanceAnalyzer.analyze(agreement(gainOnly), gainOnly, sek("250000.00"), 12).warnings()
                .contains("no downside for the supplier: the scheme has no effective sanctions"));
    }

    @Test
    void uncappedGainShareIsUnbounded() {
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(GainShare.builder().id("g").tier(sek("0"), new BigDecimal("50")).build(),
                pool("10", "100")).build();
        BalanceReport r = BalanceAnalyzer.analyze(agreement(scheme), scheme, sek("250000.00"), 12);
        assertFalse(r.upsidePerPeriod().isPresent());
        assertFalse(r.upsideToDownside().isPresent());
        assertTrue(r.explanation().toText().contains("gain-share 'g': upside unbounded"), r.explanation().toText());
    }

    @Test
    void warnsAboutAKpiWithAllocationButNoDataSource() {
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(pool("10", "100"), curve()).build();
        Agreement a = agreement(scheme);
        dev.partnering.kpi.KpiDefinition bare = dev.partnering.kpi.KpiDefinition.builder().id("availability")
                .name("Availability").unit("%").direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("99"), new BigDecimal("99.5")).version(2).effectiveFrom(java.time.LocalDate.of(2026, 6, 1)).build();
        List<dev.partnering.kpi.KpiDefinition> kpis = new ArrayList<>(a.kpis());
        kpis.add(bare);
        BalanceReport r = BalanceAnalyzer.analyze(a.withKpis(kpis), scheme, sek("250000.00"), 12);
        assertTrue(r.warnings().contains("KPI with allocation but no data source: 'availability' carries 100 % of pool 'pool'"),
                r.warnings().toString());
    }

    @Test
    void balanceInputsAreChecked() {
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(curve()).build();
        ValidationException e = assertThrows(ValidationException.class,
                () -> BalanceAnalyzer.analyze(agreement(scheme), scheme, dev.partnering.money.Money.of("1", "EUR"), 0));
        assertEquals(2, e.violations().size());
    }

    @Test
    void backTestComparesPeriodByPeriod() {
        IncentiveScheme current = IncentiveScheme.builder().addComponents(pool("12", "60", "50", "40")).build();
        IncentiveScheme proposed = IncentiveScheme.builder().addComponents(pool("12", "30", "30", "40"), curve()).build();
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.addAll(atTarget("2026-02"));
        BackTest t = BackTester.compare(agreement(current), agreement(proposed), months("2026-01", "2026-02"), ms, List.of(), Map.of());
        // January: current credits capped at the pool 30,000; proposed 30 + 30 + 40 = 100 % = 30,000, plus curve −5 % = −12,500
        // February: everything at target: 0 under both
        assertEquals(sek("-30000.00"), t.rows().get(0).currentNet());
        assertEquals(sek("-42500.00"), t.rows().get(0).proposedNet());
        assertEquals(sek("-12500.00"), t.rows().get(0).difference());
        assertEquals(sek("0.00"), t.rows().get(1).difference());
        assertEquals(sek("-12500.00"), t.totalDifference());
        assertTrue(t.explanation().toText().contains("2026-01: in force -30000.00 SEK, proposed -42500.00 SEK, difference -12500.00 SEK"));
    }

    @Test
    void simulationIsReproducibleBySeed() {
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(pool("12", "60", "50", "40"), curve()).build();
        Agreement a = agreement(scheme);
        Map<String, KpiDistribution> d = Map.of(
                "availability", KpiDistribution.normal(new BigDecimal("99.5"), new BigDecimal("0.3"), 2),
                "incident-response", KpiDistribution.sampled(List.of(new BigDecimal("3"), new BigDecimal("5"), new BigDecimal("9"))),
                "ticket-sla", KpiDistribution.normal(new BigDecimal("0.94"), new BigDecimal("0.03"), 3));
        ReportingPeriod jan = ReportingPeriod.parse("2026-01");
        SimulationReport r1 = Simulator.simulate(a, jan, d, 300, 42L);
        SimulationReport r2 = Simulator.simulate(a, jan, d, 300, 42L);
        assertEquals(r1.supplier(), r2.supplier());
        assertEquals(r1.customer(), r2.customer());
        SimulationReport other = Simulator.simulate(a, jan, d, 300, 7L);
        assertNotEquals(r1.supplier().mean(), other.supplier().mean());
        SimulationReport.Distribution s = r1.supplier();
        // ordered percentiles, within the scheme's reach: at most 0 (no upside at these values except the curve's +5 %)
        assertTrue(s.min().compareTo(s.p5()) <= 0 && s.p5().compareTo(s.p50()) <= 0 && s.p50().compareTo(s.p95()) <= 0
                && s.p95().compareTo(s.max()) <= 0, s.toString());
        assertTrue(s.min().compareTo(sek("-42500.00")) >= 0 && s.max().compareTo(sek("12500.00")) <= 0, s.toString());
        assertEquals(s.mean().negated(), r1.customer().mean());
        assertEquals(s.p5().negated(), r1.customer().p95());
    }

    @Test
    void simulationInputsAreChecked() {
        Agreement noScheme = agreement(IncentiveFixtures.noIncentives()).withoutIncentiveScheme();
        ValidationException e = assertThrows(ValidationException.class, () -> Simulator.simulate(noScheme,
                ReportingPeriod.parse("2026-01"), Map.of("nps", KpiDistribution.sampled(List.of(BigDecimal.ONE))), 0, 1L));
        assertEquals(3, e.violations().size());
    }
}
