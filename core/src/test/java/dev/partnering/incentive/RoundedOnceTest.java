package dev.partnering.incentive;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.atTarget;
import static dev.partnering.incentive.IncentiveFixtures.belowMinimum;
import static dev.partnering.incentive.IncentiveFixtures.months;
import static dev.partnering.incentive.IncentiveFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The reproduced cases of the precision rule: each amount is the exact value of its formula rounded
 * once, HALF_EVEN, to the minor unit, from the rounded amounts it depends on; a 16-digit intermediate
 * quotient gave one minor unit less in each of them.
 */
class RoundedOnceTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    private static Agreement withQuarterlyFee(IncentiveScheme scheme, String quarterlyFee) {
        FeeSchedule fees = FeeSchedule.builder().addFees(PeriodFee.of(ReportingPeriod.parse("2026-Q1"), sek(quarterlyFee)))
                .build();
        return IncentiveFixtures.agreement(scheme).withFeeSchedule(fees);
    }

    @Test
    void aMonthlyCreditFromAQuarterlyFeeIsRoundedOnce() {
        // period fee 300000.45 / 3 = 100000.15 exactly; pool 100000.15 × 10 % = 10000.015 → 10000.02 (HALF_EVEN:
        // the tie goes to the even 2); the credit line 10000.02 × 100 % = 10000.02. A 16-digit share of 1/3 gave
        // 300000.45 × 0.3333333333333333 = 100000.1499999…, so a pool of 10000.01499… → 10000.01.
        AtRiskPool pool = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("10"))
                .allocate(Fixtures.AVAILABILITY, new BigDecimal("100")).build();
        Agreement a = withQuarterlyFee(IncentiveScheme.builder().addComponents(pool).build(), "300000.45");
        assertEquals(Optional.of(sek("100000.15")), a.feeSchedule().feeFor(JAN));
        IncentiveStatement s = run(a, months("2026-01"), belowMinimum("2026-01"));
        ComponentOutcome o = s.periods().get(0).outcomes().get(0);
        assertEquals(sek("-10000.02"), o.amount());
        assertEquals(List.of(new OutcomeLine("credit:availability", "service credit for availability", sek("-10000.02"))),
                o.lines());
        assertEquals(sek("10000.02"), pool.pool(sek("100000.15")));
    }

    @Test
    void aCurveAmountIsTheExactValueRoundedOnce() {
        // score 1 on (0, 0 %)–(3, 1 %): y = 1/3 %; 3000004.50 × (1/3) / 100 = 3000004.50 / 300 = 10000.015 → 10000.02.
        // A 16-digit y of 0.3333333333333333 gave 10000.01499… → 10000.01.
        BonusMalusCurve curve = BonusMalusCurve.builder().id("curve").point(new BigDecimal("0"), new BigDecimal("0")).point(new BigDecimal("3"), new BigDecimal("1")).build();
        Agreement a = IncentiveFixtures.agreement(IncentiveScheme.builder().addComponents(curve).build(), sek("3000004.50"));
        assertEquals(0, BigDecimal.ONE.compareTo(dev.partnering.evaluation.ScorecardCalculator.standard()
                .calculate(a, JAN, atTarget("2026-01")).score().orElseThrow()));
        IncentiveStatement s = run(a, months("2026-01"), atTarget("2026-01"));
        assertEquals(sek("10000.02"), s.periods().get(0).outcomes().get(0).amount());
        assertEquals(sek("10000.02"), curve.amountAt(BigDecimal.ONE, sek("3000004.50")));
        // the value itself, for display: 1/3 → 0.333333
        assertEquals(new BigDecimal("0.333333"), curve.valueAt(BigDecimal.ONE));
    }

    @Test
    void aCurveInAmountsIsRoundedOnceToTheMinorUnit() {
        // (0, 0)–(3, 100.01) in SEK at score 1: 100.01 / 3 = 33.336666… → 33.34; at score 2: 200.02 / 3 = 66.67333… → 66.67
        BonusMalusCurve curve = BonusMalusCurve.builder().id("curve").unit(BonusMalusCurve.Unit.AMOUNT)
                .point(new BigDecimal("0"), new BigDecimal("0")).point(new BigDecimal("3"), new BigDecimal("100.01")).build();
        assertEquals(sek("33.34"), curve.amountAt(BigDecimal.ONE, sek("0")));
        assertEquals(sek("66.67"), curve.amountAt(new BigDecimal("2"), sek("0")));
        // flat outside the points: below 0 gives 0.00, above 3 gives 100.01
        assertEquals(sek("0.00"), curve.amountAt(new BigDecimal("-1"), sek("0")));
        assertEquals(sek("100.01"), curve.amountAt(new BigDecimal("4"), sek("0")));
    }

    @Test
    void aCurveStepBetweenTwoPointsOfOneScoreTakesTheLaterValue() {
        // (0.8, −5), (0.8, 0), (1.0, 0), (1.2, 5) on 250000.00: at 0.8 the later point 0 applies; at 1.1 the value is
        // (0 × 0.2 + 0.1 × 5) / 0.2 = 2.5 % = 6250.00; at 1.19: (0.19 × 5) / 0.2 = 4.75 % = 11875.00
        BonusMalusCurve curve = BonusMalusCurve.builder().id("curve").point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("0.8"), new BigDecimal("0"))
                .point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("5")).build();
        assertEquals(sek("0.00"), curve.amountAt(new BigDecimal("0.8"), sek("250000.00")));
        assertEquals(sek("6250.00"), curve.amountAt(new BigDecimal("1.1"), sek("250000.00")));
        assertEquals(sek("11875.00"), curve.amountAt(new BigDecimal("1.19"), sek("250000.00")));
        assertEquals(sek("-12500.00"), curve.amountAt(new BigDecimal("0.5"), sek("250000.00")));
    }

    @Test
    void aPercentCapIsRoundedOnceFromTheFee() {
        // 10 % of 100000.15 = 10000.015 → 10000.02; 10 % of 100000.25 = 10000.025 → 10000.02 (HALF_EVEN)
        assertEquals(sek("10000.02"), Bound.percentOfFee(BigDecimal.TEN).resolve(sek("100000.15")));
        assertEquals(sek("10000.02"), Bound.percentOfFee(BigDecimal.TEN).resolve(sek("100000.25")));
        // a fixed bound is stated in minor units: 10000.015 SEK is refused when built, never rounded later
        org.junit.jupiter.api.Assertions.assertThrows(dev.partnering.ValidationException.class, () -> Bound.of(sek("10000.015")));
        assertEquals(sek("10000.01"), Bound.of(sek("10000.01")).resolve(sek("1")));
    }

    @Test
    void aPenaltyIsItsExactChargesRoundedOnce() {
        // rate 0.125 SEK per unit: 3 units = 0.375, 5 units = 0.625, 2 units = 0.25; Σ 1.25 → 1.25; the charges are shown exactly
        Penalty p = Penalty.builder().id("late").basis(Penalty.Basis.PER_UNIT).rate(sek("0.125")).build();
        Agreement a = IncentiveFixtures.agreement(IncentiveScheme.builder().addComponents(p).build());
        List<BreachEvent> events = List.of(
                BreachEvent.builder().id("e1").penaltyId("late").date(JAN.start()).units(new BigDecimal("3")).build(),
                BreachEvent.builder().id("e2").penaltyId("late").date(JAN.start().plusDays(1)).units(new BigDecimal("5")).build(),
                BreachEvent.builder().id("e3").penaltyId("late").date(JAN.start().plusDays(2)).units(new BigDecimal("2")).build());
        IncentiveStatement s = run(a, months("2026-01"), List.<Measurement>of(), events, Map.of());
        ComponentOutcome o = s.periods().get(0).outcomes().get(0);
        assertEquals(sek("-1.25"), o.amount());
        String text = o.explanation().toString();
        assertTrue(text.contains("3 × 0.125 SEK = 0.375 SEK"), text);
        assertTrue(text.contains("2 × 0.125 SEK = 0.25 SEK"), text);
        // 3 × 0.125 twice: 0.375 + 0.375 = 0.75 exactly; rounding each charge first would give 0.38 + 0.38 = 0.76
        List<BreachEvent> twice = List.of(events.get(0), BreachEvent.builder().id("e4").penaltyId("late")
                .date(JAN.start().plusDays(3)).units(new BigDecimal("3")).build());
        assertEquals(sek("-0.75"), run(a, months("2026-01"), List.<Measurement>of(), twice, Map.of()).periods().get(0)
                .outcomes().get(0).amount());
        // a rate at the currency's scale is shown at it: 18 × 5000 = 90000.00 SEK
        Penalty whole = Penalty.builder().id("late").basis(Penalty.Basis.PER_UNIT).rate(sek("5000")).build();
        Agreement b = IncentiveFixtures.agreement(IncentiveScheme.builder().addComponents(whole).build());
        String wholeText = run(b, months("2026-01"), List.<Measurement>of(), List.of(BreachEvent.builder().id("e1")
                .penaltyId("late").date(JAN.start()).units(new BigDecimal("18")).build()), Map.of()).periods().get(0)
                .outcomes().get(0).explanation().toString();
        assertTrue(wholeText.contains("18 × 5000.00 SEK = 90000.00 SEK"), wholeText);
    }

    @Test
    void serviceCreditAndItsCapsAreRoundedOnce() {
        // 2.5 % of 100000.15 = 2500.00375 → 2500.00; period cap 1.5 % = 1500.00225 → 1500.00 bites
        ServiceCreditTiers t = ServiceCreditTiers.builder().id("tiers").kpiId(Fixtures.AVAILABILITY)
                .band(new BigDecimal("99.5"), new BigDecimal("2.5")).periodCapPercent(new BigDecimal("1.5"))
                .build();
        Agreement a = withQuarterlyFee(IncentiveScheme.builder().addComponents(t).build(), "300000.45");
        IncentiveStatement s = run(a, months("2026-01"), belowMinimum("2026-01"));
        assertEquals(sek("-1500.00"), s.periods().get(0).outcomes().get(0).amount());
        ServiceCreditTiers uncapped = ServiceCreditTiers.builder().id("tiers").kpiId(Fixtures.AVAILABILITY)
                .band(new BigDecimal("99.5"), new BigDecimal("2.5")).build();
        Agreement b = withQuarterlyFee(IncentiveScheme.builder().addComponents(uncapped).build(), "300000.45");
        assertEquals(sek("-2500.00"), run(b, months("2026-01"), belowMinimum("2026-01")).periods().get(0).outcomes().get(0)
                .amount());
    }

    @Test
    void creditLinesAreEachRoundedFromTheRoundedPoolAndAddUp() {
        // fee 250000.00, pool 10 % = 25000.00; allocations 33.333 % each to two KPIs: 25000.00 × 33.333 % = 8333.25 each
        // (exact), credits 16666.50; availability and ticket-sla below minimum, incident-response too but not allocated
        AtRiskPool pool = AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.TEN).allocate(Fixtures.AVAILABILITY, new BigDecimal("33.333"))
                .allocate(Fixtures.TICKET_SLA, new BigDecimal("33.3333")).build();
        Agreement a = IncentiveFixtures.agreement(IncentiveScheme.builder().addComponents(pool).build());
        ComponentOutcome o = run(a, months("2026-01"), belowMinimum("2026-01")).periods().get(0).outcomes().get(0);
        // 25000.00 × 33.333 % = 8333.25; 25000.00 × 33.3333 % = 8333.325 → 8333.32 (HALF_EVEN); Σ 16666.57
        assertEquals(List.of(sek("-8333.25"), sek("-8333.32")), o.lines().stream().map(OutcomeLine::amount).toList());
        assertEquals(sek("-16666.57"), o.amount());
    }

    @Test
    void moneyDividedByThreeIsRoundedOnce() {
        // 1e15 / 3 = 333333333333333.333… → 333333333333333.33; 16 significant digits gave 333333333333333.30
        assertEquals(Money.of("333333333333333.33", "SEK"), Money.of("1000000000000000", "SEK").dividedBy(new BigDecimal("3")));
    }

    @Test
    void aPoolsDownsideIsItsRoundedLinesWithinTheRoundedPool() {
        // fee 100000.15, pool 10 % = 10000.015 → 10000.02; lines 33.3335 % each: 10000.02 × 33.3335 % = 3333.3566… → 3333.36,
        // three lines 10000.08 > the pool: the downside is the pool 10000.02
        AtRiskPool over = AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.TEN).allocate("a", new BigDecimal("33.3335"))
                .allocate("b", new BigDecimal("33.3335")).allocate("c", new BigDecimal("33.3335")).build();
        assertEquals(Exposure.of(sek("0"), sek("10000.02")), over.exposure(sek("100000.15")));
        // two lines of 25 %: 10000.02 × 25 % = 2500.005 → 2500.00 (HALF_EVEN) each, 5000.00 within the pool; earn-back
        // makes the upside the same
        AtRiskPool under = AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.TEN).allocate("a", new BigDecimal("25"))
                .allocate("b", new BigDecimal("25")).earnBackPeriods(2).build();
        assertEquals(Exposure.of(sek("5000.00"), sek("5000.00")), under.exposure(sek("100000.15")));
    }
}
