package dev.partnering.evaluation;

import dev.partnering.incentive.IncentiveFixtures;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Movement;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.ServiceCreditTiers;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.agreement;
import static dev.partnering.incentive.IncentiveFixtures.atTarget;
import static dev.partnering.incentive.IncentiveFixtures.belowMinimum;
import static dev.partnering.incentive.IncentiveFixtures.months;
import static dev.partnering.incentive.IncentiveFixtures.run;
import static dev.partnering.incentive.Rejections.assertOnly;
import static dev.partnering.incentive.Rejections.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class IncentiveCalculatorInputsTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");
    private static final IncentiveCalculator CALCULATOR = IncentiveCalculator.standard();

    /** A bonus of a fixed amount whatever the score. */
    private static BonusMalusCurve bonus(String amount) {
        return BonusMalusCurve.builder().id("bonus").point(BigDecimal.ONE, new BigDecimal(amount)).unit(BonusMalusCurve.Unit.AMOUNT).build();
    }

    private static IncentivePeriod inputs(Agreement a, ReportingPeriod p, List<Measurement> ms) {
        return IncentivePeriod.builder().period(p).scorecard(ScorecardCalculator.standard().calculate(a, p, ms)).build();
    }

    private static IncentivePeriod bare(String period) {
        return IncentivePeriod.builder().period(ReportingPeriod.parse(period)).build();
    }

    // ------------------------------------------------------------------ input checks

    @Test
    void needsAPeriod() {
        Agreement a = agreement(IncentiveFixtures.noIncentives());
        ValidationException e = assertOnly(() -> CALCULATOR.calculate(a, a.incentiveScheme().get(), List.of()), "periods", "[]",
                "an incentive statement needs at least one period");
        assertEquals("Incentive calculation for 'it-partnering'", e.subject());
    }

    @Test
    void aPeriodGivenTwiceIsRefused() {
        Agreement a = agreement(IncentiveFixtures.noIncentives());
        assertOnly(() -> CALCULATOR.calculate(a, a.incentiveScheme().get(), List.of(bare("2026-02"), bare("2026-01"), bare("2026-02"))),
                "periods[2]", "2026-02", "period 2026-02 is given twice");
    }

    @Test
    void oneStatementHasOneGranularity() {
        Agreement a = agreement(IncentiveFixtures.noIncentives());
        // sorted: 2026-01 (month) before 2026-Q2
        assertOnly(() -> CALCULATOR.calculate(a, a.incentiveScheme().get(), List.of(bare("2026-Q2"), bare("2026-01"))),
                "periods[1]", "2026-Q2", "period 2026-Q2 is a QUARTER, the first is a MONTH: one statement has one granularity");
    }

    @Test
    void feesAndCostsMustBeInTheAgreementsCurrency() {
        Agreement a = agreement(IncentiveFixtures.noIncentives());
        IncentivePeriod euroFee = IncentivePeriod.builder().period(JAN).fee(Money.of("100", "EUR")).build();
        IncentivePeriod euroCosts = IncentivePeriod.builder().period(ReportingPeriod.parse("2026-02")).fee(sek("100"))
                .putCosts("g", CostOutcome.savings(Money.of("5", "EUR"))).putCosts("h", CostOutcome.savings(sek("5"))).build();
        assertViolations(() -> CALCULATOR.calculate(a, a.incentiveScheme().get(), List.of(euroCosts, euroFee)),
                Violation.of("periods[2026-01].fee", "100 EUR", "fee 100 EUR of 2026-01 is not in SEK"),
                Violation.of("periods[2026-02].costs.g", "5 EUR", "cost outcome of 'g' in 2026-02 is not in SEK"));
    }

    @Test
    void theSchemeIsCheckedAgainstTheAgreementWithTheInputs() {
        Agreement a = agreement(IncentiveFixtures.noIncentives());
        IncentiveScheme euro = IncentiveScheme.builder().addComponents(Penalty.builder().id("late").rate(Money.of("1", "EUR")).build())
                .build();
        assertViolations(() -> CALCULATOR.calculate(a, euro, List.of(bare("2026-01"), bare("2026-01"))),
                Violation.of("incentiveScheme.components[0].rate", "1 EUR",
                        "penalty 'late': rate 1 EUR is not in the agreement's currency SEK"),
                Violation.of("periods[1]", "2026-01", "period 2026-01 is given twice"));
    }

    // ------------------------------------------------------------------ order and history

    @Test
    void periodsGivenOutOfOrderGiveTheSameStatement() {
        AtRiskPool pool = AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.TEN).allocate("availability", new BigDecimal("50"))
                .earnBackPeriods(2).build();
        ServiceCreditTiers tiers = ServiceCreditTiers.builder().id("tiers").kpiId("availability")
                .band(new BigDecimal("99"), new BigDecimal("3")).rollingCapPercent(new BigDecimal("2")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(pool, tiers).build());
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.addAll(atTarget("2026-02"));
        ms.addAll(atTarget("2026-03"));
        List<IncentivePeriod> inOrder = List.of(inputs(a, JAN, ms), inputs(a, JAN.plus(1), ms), inputs(a, JAN.plus(2), ms));
        List<IncentivePeriod> shuffled = List.of(inOrder.get(2), inOrder.get(0), inOrder.get(1));
        IncentiveStatement expected = CALCULATOR.calculate(a, a.incentiveScheme().get(), inOrder);
        assertEquals(expected, CALCULATOR.calculate(a, a.incentiveScheme().get(), shuffled));
        // pool 25,000: January's credit 12,500 is earned back in March; tiers: 3 % = 7,500 capped at 2 % = 5,000
        assertEquals(List.of(sek("-17500.00"), sek("0.00"), sek("12500.00")),
                expected.periods().stream().map(PeriodStatement::net).toList());
    }

    @Test
    void anEarlierPeriodsOwnFeeCountsInTheRollingCap() {
        ServiceCreditTiers tiers = ServiceCreditTiers.builder().id("tiers").kpiId("availability")
                .band(new BigDecimal("99"), new BigDecimal("3")).rollingCapPercent(new BigDecimal("2")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(tiers).build(), sek("100000.00"));
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.addAll(belowMinimum("2026-02"));
        IncentivePeriod jan = IncentivePeriod.builder().period(JAN)
                .scorecard(ScorecardCalculator.standard().calculate(a, JAN, ms)).fee(sek("50000.00")).build();
        IncentiveStatement s = CALCULATOR.calculate(a, a.incentiveScheme().get(), List.of(jan, inputs(a, JAN.plus(1), ms)));
        // January (fee 50,000 given): 3 % = 1,500, rolling room 2 % × 50,000 = 1,000
        // February: charges 50,000 + 100,000 = 150,000 → 3,000, less 1,000 → 2,000; credit 3,000 → 2,000
        assertEquals(sek("-1000.00"), s.periods().get(0).net());
        assertEquals(sek("-2000.00"), s.periods().get(1).net());
    }

    @Test
    void theRollingCapCountsOnlyTheComponentsOwnCredits() {
        ServiceCreditTiers tiers = ServiceCreditTiers.builder().id("tiers").kpiId("availability")
                .band(new BigDecimal("99"), new BigDecimal("3")).rollingCapPercent(new BigDecimal("2")).build();
        Penalty late = Penalty.builder().id("late").rate(sek("5000")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(late, tiers).build(), sek("100000.00"));
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.addAll(belowMinimum("2026-02"));
        BreachEvent e = BreachEvent.builder().id("e1").penaltyId("late").date(LocalDate.parse("2026-01-10")).build();
        IncentiveStatement s = run(a, months("2026-01", "2026-02"), ms, List.of(e), Map.of());
        // January: penalty 5,000; credit 3,000 capped at 2 % × 100,000 = 2,000
        // February: room 2 % × 200,000 − 2,000 (the tiers' own credit, not the penalty) = 2,000
        assertEquals(sek("-7000.00"), s.periods().get(0).net());
        assertEquals(sek("-2000.00"), s.periods().get(1).outcome("tiers").orElseThrow().amount());
        assertEquals(sek("0.00"), s.periods().get(1).outcome("late").orElseThrow().amount());
    }

    // ------------------------------------------------------------------ floor, cap and parties

    @Test
    void theCapLimitsTheNetAndIsExplained() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(bonus("30000")).cap(Bound.percentOfFee(BigDecimal.TEN)).build());
        PeriodStatement p = run(a, List.of(JAN), atTarget("2026-01")).periods().get(0);
        // 30,000 > 10 % × 250,000 = 25,000
        assertEquals(sek("30000.00"), p.gross());
        assertEquals(sek("25000.00"), p.net());
        assertEquals(Optional.of("cap 10 % of the fee = 25000.00 SEK applied to 30000.00 SEK"), p.limitApplied());
        String text = p.explanation().toText();
        assertTrue(text.contains("  rule: cap 10 % of the fee = 25000.00 SEK applied to 30000.00 SEK\n"), text);
        assertTrue(text.contains("  = net adjustment 25000.00 SEK: acme 25000.00 SEK, region-nord -25000.00 SEK\n"), text);
        // the movements are the components' own, before the cap
        assertEquals(List.of(new Movement("bonus", "region-nord", "acme", sek("30000.00"))), p.movements());
    }

    @Test
    void netExactlyAtTheCapOrFloorIsNotLimited() {
        Agreement capped = agreement(IncentiveScheme.builder().addComponents(bonus("25000")).cap(Bound.of(sek("25000"))).build());
        assertEquals(Optional.empty(), run(capped, List.of(JAN), atTarget("2026-01")).periods().get(0).limitApplied());
        Agreement floored = agreement(IncentiveScheme.builder().addComponents(bonus("-25000")).floor(Bound.of(sek("25000"))).build());
        PeriodStatement p = run(floored, List.of(JAN), atTarget("2026-01")).periods().get(0);
        assertEquals(sek("-25000.00"), p.net());
        assertEquals(Optional.empty(), p.limitApplied());
    }

    @Test
    void aFixedFloorNeedsNoFee() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(bonus("-30000")).floor(Bound.of(sek("20000"))).build());
        // 2029-01 lies beyond the fee schedule (2026-01 to 2028-12)
        PeriodStatement p = run(a, months("2029-01"), atTarget("2029-01")).periods().get(0);
        assertEquals(Optional.empty(), p.fee());
        assertEquals(sek("-20000.00"), p.net());
        assertEquals(Optional.of("floor 20000 SEK = -20000.00 SEK applied to -30000.00 SEK"), p.limitApplied());
        assertTrue(p.explanation().toText().contains("input: fee not given"), p.explanation().toText());
    }

    @Test
    void aPercentageBoundNeedsTheFee() {
        Agreement floor = agreement(IncentiveScheme.builder().addComponents(bonus("-1")).floor(Bound.percentOfFee(BigDecimal.TEN)).build());
        assertOnly(() -> run(floor, months("2029-01"), atTarget("2029-01")), "floor", "10 % of the fee",
                "the scheme's floor is 10 % of the fee, but 2029-01 has no fee");
        Agreement cap = agreement(IncentiveScheme.builder().addComponents(bonus("1")).cap(Bound.percentOfFee(BigDecimal.TEN)).build());
        assertOnly(() -> run(cap, months("2029-01"), atTarget("2029-01")), "cap", "10 % of the fee",
                "the scheme's cap is 10 % of the fee, but 2029-01 has no fee");
    }

    @Test
    void aNamedSupplierReceivesTheNet() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(bonus("1000")).supplier("globex").build());
        IncentiveStatement s = run(a, months("2026-01", "2026-02"), List.of());
        assertEquals("globex", s.supplierId());
        assertEquals(Map.of("globex", sek("1000.00"), "region-nord", sek("-1000.00")), s.periods().get(0).netByParty());
        assertEquals(List.of(new Movement("bonus", "region-nord", "globex", sek("1000.00"))), s.periods().get(0).movements());
        // two periods: 2,000 to globex, paid by region-nord
        assertEquals(Map.of("globex", sek("2000.00"), "region-nord", sek("-2000.00")), s.totalByParty());
        assertEquals(sek("2000.00"), s.totalNet());
    }

    @Test
    void theStatementFindsItsPeriodsAndOutcomes() {
        Penalty late = Penalty.builder().id("late").rate(sek("1")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(bonus("1000"), late).build());
        IncentiveStatement s = run(a, months("2026-01", "2026-02"), List.of());
        assertEquals(ReportingPeriod.parse("2026-02"), s.period(ReportingPeriod.parse("2026-02")).orElseThrow().period());
        assertEquals(Optional.empty(), s.period(ReportingPeriod.parse("2026-03")));
        PeriodStatement jan = s.periods().get(0);
        assertEquals("late", jan.outcome("late").orElseThrow().componentId());
        assertEquals(Optional.empty(), jan.outcome("nope"));
        assertEquals(sek("1000.00"), jan.outcome("bonus").orElseThrow().amount());
    }

    @Test
    void theStatementExplainsItsSpan() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(bonus("1000")).build());
        String one = run(a, months("2026-01"), List.of()).explanation().toText();
        assertTrue(one.startsWith("Incentive statement it-partnering 2026-01\n"), one);
        assertTrue(one.endsWith("  = total net adjustment for acme: 1000.00 SEK\n"), one);
        String three = run(a, months("2026-03", "2026-01", "2026-02"), List.of()).explanation().toText();
        assertTrue(three.startsWith("Incentive statement it-partnering 2026-01 to 2026-03\n"), three);
        assertTrue(three.endsWith("  = total net adjustment for acme: 3000.00 SEK\n"), three);
    }

    @Test
    void aComponentReportingAnotherPeriodIsRefused() {
        IncentiveComponent confused = new IncentiveComponent() {
            @Override
            public String id() {
                return "confused";
            }

            @Override
            public String type() {
                return "confused";
            }

            @Override
            public ComponentOutcome evaluate(IncentiveContext context) {
                return new ComponentOutcome("confused", "confused", context.period().next(), context.zero(), List.of(), List.of(),
                        dev.partnering.explanation.Step.of(dev.partnering.explanation.StepKind.RESULT, "0"));
            }
        };
        Agreement a = agreement(IncentiveScheme.builder().addComponents(confused).build());
        assertOnly(() -> run(a, List.of(JAN), List.of()), "components.confused", "confused 2026-02",
                "component 'confused' returned an outcome for 'confused' in 2026-02, not for itself in 2026-01");
        assertEquals(Exposure.unknown(), confused.exposure(Fixtures.monthlyFee()));
        assertEquals(List.of(), confused.violationsAgainst(a));
    }
}
