package dev.partnering.evaluation;

import dev.partnering.explanation.StepKind;
import dev.partnering.explanation.Step;
import dev.partnering.incentive.AppliedCap;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.ConsortiumSplit;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.CreditTrigger;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.incentive.ServiceCreditTiers;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.agreement;
import static dev.partnering.incentive.IncentiveFixtures.atTarget;
import static dev.partnering.incentive.IncentiveFixtures.belowMinimum;
import static dev.partnering.incentive.IncentiveFixtures.months;
import static dev.partnering.incentive.IncentiveFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class IncentiveCalculatorTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    private static GainShare tieredGainShare() {
        return GainShare.builder().id("savings").tier(sek("0"), new BigDecimal("50")).tier(sek("1000000"), new BigDecimal("30"))
                .cap(sek("1000000")).painSharePercent(new BigDecimal("25")).painCap(sek("80000")).build();
    }

    private static PeriodStatement gainShare(Money baseline, Money actual) {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(tieredGainShare()).build());
        return run(a, List.of(JAN), atTarget("2026-01"), List.of(),
                Map.of(JAN, Map.of("savings", CostOutcome.of(baseline, actual)))).periods().get(0);
    }

    @Test
    void tieredGainShareExample() {
        // savings 1,500,000: 50 % × 1,000,000 + 30 % × 500,000 = 500,000 + 150,000 = 650,000.00
        PeriodStatement p = gainShare(sek("10000000"), sek("8500000"));
        ComponentOutcome o = p.outcome("savings").orElseThrow();
        assertEquals(sek("650000.00"), o.amount());
        assertEquals(sek("650000.00"), o.supplierPart().orElseThrow());
        assertEquals(sek("850000.00"), o.customerPart().orElseThrow());
        assertEquals(sek("650000.00"), p.net());
        assertEquals(Map.of("acme", sek("650000.00"), "region-nord", sek("-650000.00")), p.netByParty());
    }

    @Test
    void gainShareCapBites() {
        // savings 3,000,000: 500,000 + 30 % × 2,000,000 = 1,100,000 > cap 1,000,000
        ComponentOutcome o = gainShare(sek("10000000"), sek("7000000")).outcome("savings").orElseThrow();
        assertEquals(sek("1000000.00"), o.amount());
        assertEquals(sek("2000000.00"), o.customerPart().orElseThrow());
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.GAIN, sek("1100000.00"), sek("1000000.00"))), o.capsApplied());
        assertEquals(sek("100000.00"), o.capsApplied().get(0).reduction());
        assertTrue(o.explanation().toString().contains("rule: capped at 1000000.00 SEK"));
    }

    @Test
    void overrunIsSharedUpToThePainCap() {
        // overrun 400,000: supplier bears 25 % = 100,000, capped at 80,000; customer bears 320,000
        ComponentOutcome o = gainShare(sek("1000000"), sek("1400000")).outcome("savings").orElseThrow();
        assertEquals(sek("-80000.00"), o.amount());
        assertEquals(sek("-320000.00"), o.customerPart().orElseThrow());
    }

    @Test
    void gainSharePartsAddUpToTheRoundedSavings() {
        // savings 0.015 rounds HALF_EVEN to 0.02; supplier 50 % of 0.02 = 0.01; customer 0.01
        ComponentOutcome o = gainShare(sek("1.015"), sek("1")).outcome("savings").orElseThrow();
        assertEquals(sek("0.01"), o.amount());
        assertEquals(sek("0.02"), o.supplierPart().orElseThrow().plus(o.customerPart().orElseThrow()));
    }

    private static AtRiskPool pool() {
        return AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("12"))
                .allocate("availability", new BigDecimal("60")).allocate("incident-response", new BigDecimal("50")).allocate("ticket-sla", new BigDecimal("40")).build();
    }

    @Test
    void creditsHitThePoolCapAndAreSharedByAllocation() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(pool()).build());
        PeriodStatement p = run(a, List.of(JAN), belowMinimum("2026-01")).periods().get(0);
        ComponentOutcome o = p.outcome("pool").orElseThrow();
        // pool = 250,000 × 12 % = 30,000; credits 60 % + 50 % + 40 % = 18,000 + 15,000 + 12,000 = 45,000 > 30,000
        // capped at 30,000, shared 60 : 50 : 40 → 12,000, 10,000, 8,000
        assertEquals(sek("-30000.00"), o.amount());
        assertEquals(sek("-12000.00"), o.credit("availability").orElseThrow());
        assertEquals(sek("-10000.00"), o.credit("incident-response").orElseThrow());
        assertEquals(sek("-8000.00"), o.credit("ticket-sla").orElseThrow());
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.POOL, sek("45000.00"), sek("30000.00"))), o.capsApplied());
        assertTrue(o.explanation().toString().contains("rule: credits 45000.00 SEK exceed the pool: capped at 30000.00 SEK"));
    }

    @Test
    void onlyMissedKpisGiveCredits() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(pool()).build());
        List<Measurement> ms = new ArrayList<>(atTarget("2026-01"));
        ms.set(0, Fixtures.measurement("availability", "2026-01", "99.2")); // below target 99.5, above minimum 99
        ComponentOutcome o = run(a, List.of(JAN), ms).periods().get(0).outcome("pool").orElseThrow();
        // 30,000 × 60 % = 18,000
        assertEquals(sek("-18000.00"), o.amount());
        AtRiskPool atMinimum = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("12"))
                .allocate("availability", new BigDecimal("60")).trigger(CreditTrigger.BELOW_MINIMUM).build();
        Agreement b = agreement(IncentiveScheme.builder().addComponents(atMinimum).build());
        assertEquals(sek("0.00"), run(b, List.of(JAN), ms).periods().get(0).net());
    }

    @Test
    void creditIsEarnedBackAfterTwoPeriodsAtTarget() {
        AtRiskPool earnBack = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("12"))
                .allocate("availability", new BigDecimal("60")).earnBackPeriods(2).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(earnBack).build());
        List<Measurement> ms = new ArrayList<>();
        ms.addAll(belowMinimum("2026-01"));
        ms.addAll(atTarget("2026-02"));
        ms.addAll(atTarget("2026-03"));
        IncentiveStatement s = run(a, months("2026-01", "2026-02", "2026-03"), ms);
        // January: credit 30,000 × 60 % = 18,000; February and March at target → returned in March
        assertEquals(sek("-18000.00"), s.periods().get(0).net());
        assertEquals(sek("0.00"), s.periods().get(1).net());
        assertEquals(sek("18000.00"), s.periods().get(2).net());
        assertEquals(sek("0.00"), s.totalNet());
        // the statement's explanation ends with the same total, built in one pass: one step per period, then the total
        List<Step> steps = s.explanation().steps();
        assertEquals(4, steps.size());
        assertEquals(Step.of(StepKind.RESULT, "total net adjustment for " + s.supplierId() + ": " + s.totalNet()),
                steps.get(3));
    }

    private static ServiceCreditTiers tiers(String periodCap, String rollingCap) {
        ServiceCreditTiers.Builder b = ServiceCreditTiers.builder().id("availability-credits").kpiId("availability")
                .band(new BigDecimal("99.8"), new BigDecimal("2")).band(new BigDecimal("98.0"), new BigDecimal("3"));
        if (periodCap != null) {
            b.periodCapPercent(new BigDecimal(periodCap));
        }
        if (rollingCap != null) {
            b.rollingCapPercent(new BigDecimal(rollingCap));
        }
        return b.build();
    }

    private static List<Measurement> availability(String month, String value) {
        List<Measurement> ms = new ArrayList<>(atTarget(month));
        ms.set(0, Fixtures.measurement("availability", month, value));
        return ms;
    }

    @Test
    void worstServiceCreditBandApplies() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(tiers(null, null)).build(), sek("100000.00"));
        // 99.5 < 99.8 → 2 % of 100,000 = 2,000; 97.5 < 98.0 → 3 % = 3,000; 99.9 → none
        assertEquals(sek("-2000.00"), run(a, List.of(JAN), availability("2026-01", "99.5")).periods().get(0).net());
        assertEquals(sek("-3000.00"), run(a, List.of(JAN), availability("2026-01", "97.5")).periods().get(0).net());
        assertEquals(sek("0.00"), run(a, List.of(JAN), availability("2026-01", "99.9")).periods().get(0).net());
    }

    @Test
    void monthlyAndRollingCapsAreReportedWhenTheyBite() {
        Agreement monthly = agreement(IncentiveScheme.builder().addComponents(tiers("2.5", null)).build(), sek("100000.00"));
        ComponentOutcome o = run(monthly, List.of(JAN), availability("2026-01", "97.5")).periods().get(0)
                .outcome("availability-credits").orElseThrow();
        // 3 % = 3,000 capped at 2.5 % = 2,500
        assertEquals(sek("-2500.00"), o.amount());
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.PERIOD, sek("3000.00"), sek("2500.00"))), o.capsApplied());
        assertTrue(o.explanation().toString().contains("rule: period cap 2.5 % = 2500.00 SEK applied to 3000.00 SEK"));

        Agreement rolling = agreement(IncentiveScheme.builder().addComponents(tiers(null, "2")).build(), sek("100000.00"));
        List<Measurement> ms = new ArrayList<>();
        for (String m : List.of("2026-01", "2026-02", "2026-03")) {
            ms.addAll(availability(m, "97.5"));
        }
        IncentiveStatement s = run(rolling, months("2026-01", "2026-02", "2026-03"), ms);
        // charges of the last twelve months: Jan 100,000 (no fees before) → cap 2,000; credit 3,000 → 2,000
        // Feb: 200,000 → 4,000 less 2,000 given → 2,000; Mar: 300,000 → 6,000 less 4,000 → 2,000
        assertEquals(sek("-2000.00"), s.periods().get(0).net());
        assertEquals(sek("-2000.00"), s.periods().get(1).net());
        assertEquals(sek("-2000.00"), s.periods().get(2).net());
        ComponentOutcome march = s.periods().get(2).outcome("availability-credits").orElseThrow();
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.ROLLING_TWELVE_MONTHS, sek("3000.00"), sek("2000.00"))), march.capsApplied());
        assertTrue(march.explanation().toString().contains("rule: rolling twelve-month cap 2 % of 300000.00 SEK = 6000.00 SEK, less 4000.00 SEK already credited"));
    }

    private static BonusMalusCurve curve() {
        // −5 % below 0.8, 0 from 0.8 to 1.0, rising to +5 % at 1.2
        return BonusMalusCurve.builder().id("bonus").point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("0.8"), new BigDecimal("0")).point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("5")).build();
    }

    @Test
    void bonusMalusCurve() {
        BonusMalusCurve c = curve();
        assertEquals(0, new BigDecimal("-5").compareTo(c.valueAt(new BigDecimal("0.79"))));
        assertEquals(0, BigDecimal.ZERO.compareTo(c.valueAt(new BigDecimal("0.8")))); // the step: the later point
        assertEquals(0, BigDecimal.ZERO.compareTo(c.valueAt(new BigDecimal("0.95"))));
        assertEquals(0, new BigDecimal("2.5").compareTo(c.valueAt(new BigDecimal("1.1")))); // halfway 1.0 → 1.2
        assertEquals(0, new BigDecimal("5").compareTo(c.valueAt(new BigDecimal("1.3"))));
        Agreement a = agreement(IncentiveScheme.builder().addComponents(c).build());
        // all at target: score 1 → 0 (neutral); all below minimum: score 0 → −5 % × 250,000 = −12,500
        assertEquals(sek("0.00"), run(a, List.of(JAN), atTarget("2026-01")).periods().get(0).net());
        assertEquals(sek("-12500.00"), run(a, List.of(JAN), belowMinimum("2026-01")).periods().get(0).net());
    }

    @Test
    void decreasingCurveIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> BonusMalusCurve.builder().id("bad").point(new BigDecimal("0.8"), new BigDecimal("5")).point(new BigDecimal("1.0"), new BigDecimal("0")).build());
        assertEquals("bonus/malus curve 'bad' must not decrease: 0 at score 1 is below 5 at 0.8", e.violations().get(0).rule());
    }

    private static BreachEvent event(String id, String date, String units) {
        return BreachEvent.builder().id(id).penaltyId("late").date(LocalDate.parse(date)).units(new BigDecimal(units)).build();
    }

    @Test
    void yearlyPenaltyCapReachedMidYear() {
        Penalty late = Penalty.builder().id("late").rate(sek("5000")).yearCapPercent(new BigDecimal("1")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(late).build(), sek("100000.00"));
        List<ReportingPeriod> periods = months("2026-01", "2026-02", "2026-03", "2026-04");
        List<Measurement> ms = new ArrayList<>();
        periods.forEach(p -> ms.addAll(atTarget(p.toString())));
        List<BreachEvent> events = List.of(event("e1", "2026-01-10", "1"), event("e2", "2026-02-10", "1"),
                event("e3", "2026-03-10", "1"), event("e4", "2026-04-10", "1"));
        IncentiveStatement s = run(a, periods, ms, events, Map.of());
        // annual fee 12 × 100,000 = 1,200,000; year cap 1 % = 12,000; 5,000 per event
        // Jan 5,000; Feb 5,000; Mar 12,000 − 10,000 = 2,000; Apr 0
        assertEquals(sek("-5000.00"), s.periods().get(0).net());
        assertEquals(sek("-5000.00"), s.periods().get(1).net());
        assertEquals(sek("-2000.00"), s.periods().get(2).net());
        assertEquals(sek("0.00"), s.periods().get(3).net());
        ComponentOutcome march = s.periods().get(2).outcome("late").orElseThrow();
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.CONTRACT_YEAR, sek("5000.00"), sek("2000.00"))), march.capsApplied());
        assertTrue(march.explanation().toString().contains("leaves 2000.00 SEK"));
        // April: nothing left of the year cap
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.CONTRACT_YEAR, sek("5000.00"), sek("0.00"))), s.periods().get(3).outcome("late").orElseThrow().capsApplied());
    }

    @Test
    void perUnitPenaltyWithPeriodCapAndForceMajeure() {
        Penalty late = Penalty.builder().id("late").basis(Penalty.Basis.PER_UNIT).rate(sek("1000")).periodCapPercent(new BigDecimal("5")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(late).build(), sek("100000.00"));
        BreachEvent storm = BreachEvent.builder().id("e9").penaltyId("late").date(LocalDate.parse("2026-01-20"))
                .units(new BigDecimal("30")).exclusionReason("storm: force majeure").build();
        // 3 days × 1,000 = 3,000; 4 days × 1,000 = 4,000; total 7,000 capped at 5 % × 100,000 = 5,000; the storm counts nothing
        IncentiveStatement s = run(a, List.of(JAN), atTarget("2026-01"),
                List.of(event("e1", "2026-01-05", "3"), event("e2", "2026-01-15", "4"), storm), Map.of());
        assertEquals(sek("-5000.00"), s.periods().get(0).net());
        assertTrue(s.periods().get(0).explanation().toText().contains("event 'e9' on 2026-01-20 excluded: storm: force majeure"));
    }

    @Test
    void compositeHitsTheFloor() {
        Penalty late = Penalty.builder().id("late").rate(sek("20000")).build();
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(pool(), late)
                .floor(Bound.percentOfFee(new BigDecimal("15"))).cap(Bound.percentOfFee(new BigDecimal("10"))).build();
        Agreement a = agreement(scheme);
        PeriodStatement p = run(a, List.of(JAN), belowMinimum("2026-01"), List.of(event("e1", "2026-01-10", "1")), Map.of())
                .periods().get(0);
        // credits −30,000 (pool cap) + penalty −20,000 = −50,000 < floor −15 % × 250,000 = −37,500
        assertEquals(sek("-50000.00"), p.gross());
        assertEquals(sek("-37500.00"), p.net());
        assertEquals("floor 15 % of the fee = -37500.00 SEK applied to -50000.00 SEK", p.limitApplied().orElseThrow());
    }

    @Test
    void remedyTriggersReportTheirFacts() {
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(pool())
                .addRemedyTriggers(RemedyTrigger.consecutiveBelowMinimum("availability", 3, Remedy.REMEDIATION_PLAN),
                        RemedyTrigger.breachesInWindow("ticket-sla", 2, 3, false, Remedy.STEP_IN),
                        RemedyTrigger.delayBeyond("late", new BigDecimal("15"), Remedy.TERMINATION))
                .build();
        Agreement a = agreement(scheme);
        List<Measurement> ms = new ArrayList<>();
        ms.addAll(belowMinimum("2026-01"));
        ms.addAll(belowMinimum("2026-02"));
        ms.addAll(belowMinimum("2026-03"));
        IncentiveStatement s = run(a, months("2026-01", "2026-02", "2026-03"), ms,
                List.of(event("e1", "2026-03-03", "16")), Map.of());
        assertTrue(s.periods().get(0).remedies().isEmpty());
        assertEquals(List.of(Remedy.STEP_IN), s.periods().get(1).remedies().stream().map(RemedyFinding::remedy).toList());
        List<RemedyFinding> march = s.periods().get(2).remedies();
        assertEquals(List.of(Remedy.REMEDIATION_PLAN, Remedy.STEP_IN, Remedy.TERMINATION),
                march.stream().map(RemedyFinding::remedy).toList());
        assertTrue(march.get(0).explanation().text().endsWith("(availability below minimum in 2026-01; availability below"
                + " minimum in 2026-02; availability below minimum in 2026-03)"), march.get(0).explanation().text());
        assertTrue(march.get(2).explanation().text().endsWith("(event 'e1' on 2026-03-03: 16 units, beyond 15)"),
                march.get(2).explanation().text());
    }

    @Test
    void consortiumSplitByPopulation() {
        // 1,000,000.00 by 100,000 : 50,000 : 25,000 = 4/7, 2/7, 1/7
        // floors 571,428.57 + 285,714.28 + 142,857.14 = 999,999.99; the cent goes to the largest remainder (285,714.2857…)
        Map<String, Money> parts = ConsortiumSplit.byWeights(sek("1000000.00"), new java.util.LinkedHashMap<>(Map.of()) {
            {
                put("north", new BigDecimal("100000"));
                put("east", new BigDecimal("50000"));
                put("west", new BigDecimal("25000"));
            }
        });
        assertEquals(sek("571428.57"), parts.get("north"));
        assertEquals(sek("285714.29"), parts.get("east"));
        assertEquals(sek("142857.14"), parts.get("west"));
        // equal shares of 100.00 among three: 33.34, 33.33, 33.33
        assertEquals(List.of(sek("33.34"), sek("33.33"), sek("33.33")),
                List.copyOf(ConsortiumSplit.equally(sek("100.00"), List.of("a", "b", "c")).values()));
    }

    @Test
    void schemeIsCheckedAgainstTheAgreement() {
        AtRiskPool unknownKpi = AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.TEN).allocate("nps", new BigDecimal("50")).build();
        Penalty euro = Penalty.builder().id("late").rate(Money.of("100", "EUR")).build();
        ValidationException e = assertThrows(ValidationException.class,
                () -> agreement(IncentiveScheme.builder().addComponents(unknownKpi, euro).build()));
        assertEquals(List.of("incentiveScheme.components[0].allocations.nps", "incentiveScheme.components[1].rate"),
                e.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void explanationShowsEveryStep() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(pool(), curve()).build());
        String text = run(a, List.of(JAN), belowMinimum("2026-01")).explanation().toText();
        assertTrue(text.contains("pool P = fee 250000.00 SEK × 12 % = 30000.00 SEK"), text);
        assertTrue(text.contains("curve value -5 % of fee 250000.00 SEK = -12500.00 SEK"), text);
        assertTrue(text.contains("gross = Σ components = -42500.00 SEK"), text);
        assertFalse(text.contains("null"), text);
    }
}
