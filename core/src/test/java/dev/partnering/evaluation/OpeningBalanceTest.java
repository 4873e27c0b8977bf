package dev.partnering.evaluation;

import static dev.partnering.Fixtures.sek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.incentive.AppliedCap;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentiveFixtures;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;

/** Opening balances: each carried-in kind with hand-computed figures, and the refusals. */
class OpeningBalanceTest {

    private static final Currency GBP = Currency.getInstance("GBP");

    private static Money gbp(String amount) {
        return Money.of(new BigDecimal(amount), GBP);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static ReportingPeriod month(String text) {
        return ReportingPeriod.parse(text);
    }

    /** Tiers 2 % below 99.5 and 11 % below 98.0, period cap 10 %, rolling twelve-month cap 10 %. */
    private static ServiceCreditTiers tiers() {
        return ServiceCreditTiers.builder().id("tiers").kpiId(Fixtures.AVAILABILITY).band(d("99.5"), d("2"))
                .band(d("98.0"), d("11")).periodCapPercent(d("10")).rollingCapPercent(d("10")).build();
    }

    /** The fixture agreement in GBP with a monthly charge of 10.00 GBP from 2026-01 to 2028-12. */
    private static Agreement gbpAgreement(IncentiveScheme scheme) {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(GBP)
                .feeSchedule(FeeSchedule.monthly(gbp("10.00"), YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .incentiveScheme(scheme).build();
    }

    private static IncentivePeriod inputs(Agreement a, String month, List<Measurement> ms) {
        ReportingPeriod p = month(month);
        return IncentivePeriod.builder().period(p).scorecard(ScorecardCalculator.standard().calculate(a, p, ms)).build();
    }

    private static List<Measurement> availability(String month, String value) {
        List<Measurement> ms = new ArrayList<>();
        IncentiveFixtures.atTarget(month).stream().filter(m -> !m.kpiId().equals(Fixtures.AVAILABILITY)).forEach(ms::add);
        ms.add(Fixtures.measurement(Fixtures.AVAILABILITY, month, value));
        return ms;
    }

    /** 2026-01 to 2026-11 carried in: 10.00 GBP charged each month, 1.00 GBP credited in ten, 1.01 GBP in 2026-11. */
    private static OpeningBalance elevenMonths() {
        OpeningBalance.Builder b = OpeningBalance.builder().firstPeriod(month("2026-12"));
        for (int m = 1; m <= 11; m++) {
            b.addPeriods(CarriedPeriod.builder().period(ReportingPeriod.month(2026, m)).charge(gbp("10.00"))
                    .putAmounts("tiers", gbp(m == 11 ? "-1.01" : "-1.00")).build());
        }
        return b.build();
    }

    @Test
    void carriedInCreditsAndChargesLeaveTheRestOfTheRollingCap() {
        // availability 97.0 is below 98.0: credit 11 % × 10.00 = 1.10; period cap 10 % × 10.00 = 1.00 → 1.00.
        // rolling cap: charges 110.00 carried in + 10.00 this month = 120.00; 10 % = 12.00;
        // less 11.01 carried in (10 × 1.00 + 1.01) leaves 0.99 → credit 0.99 GBP.
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(tiers()).build();
        Agreement a = gbpAgreement(scheme);
        IncentiveStatement s = IncentiveCalculator.standard().calculate(a, scheme,
                List.of(inputs(a, "2026-12", availability("2026-12", "97.0"))), elevenMonths());
        ComponentOutcome o = s.periods().get(0).outcome("tiers").orElseThrow();
        assertEquals(gbp("-0.99"), o.amount());
        assertEquals(List.of(AppliedCap.of(AppliedCap.Kind.PERIOD, gbp("1.10"), gbp("1.00")),
                AppliedCap.of(AppliedCap.Kind.ROLLING_TWELVE_MONTHS, gbp("1.00"), gbp("0.99"))), o.capsApplied());
        String text = o.explanation().toString();
        assertTrue(text.contains("of 120.00 GBP (of which 110.00 GBP carried in) = 12.00 GBP, less 11.01 GBP "
                + "(of which 11.01 GBP carried in) already credited, leaves 0.99 GBP"), text);
    }

    @Test
    void theRollingWindowDropsCarriedMonthsAsItMoves() {
        // 2027-01: window 2026-02 … 2027-01. Charges 10 × 10.00 carried in (2026-02 … 2026-11) + 10.00 (2026-12)
        // + 10.00 = 120.00; cap 12.00. Credits in the window: 9 × 1.00 + 1.01 carried in + 0.99 (2026-12) = 11.00;
        // room 1.00; availability 97.0 again: 1.10 → period cap 1.00 → within the room: credit 1.00 GBP.
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(tiers()).build();
        Agreement a = gbpAgreement(scheme);
        IncentiveStatement s = IncentiveCalculator.standard().calculate(a, scheme,
                List.of(inputs(a, "2026-12", availability("2026-12", "97.0")), inputs(a, "2027-01", availability("2027-01", "97.0"))),
                elevenMonths());
        assertEquals(gbp("-0.99"), s.periods().get(0).net());
        assertEquals(gbp("-1.00"), s.periods().get(1).net());
    }

    @Test
    void carriedInPenaltiesCountAgainstTheContractYearCap() {
        // contract year 2026-01-01 … 2026-12-31, cap 5,000.00 SEK; 4,500.00 SEK carried in (2026-03), so
        // 2026-06's two events of 1,000.00 SEK (2,000.00) are held at 5,000.00 − 4,500.00 = 500.00 SEK.
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(Penalty.builder().id("late").rate(sek("1000.00"))
                .yearCap(Bound.of(sek("5000.00"))).build()).build();
        Agreement a = IncentiveFixtures.agreement(scheme);
        OpeningBalance opening = OpeningBalance.builder().firstPeriod(month("2026-06"))
                .addPeriods(CarriedPeriod.builder().period(month("2026-03")).putAmounts("late", sek("-4500.00")).build())
                .build();
        IncentivePeriod june = IncentivePeriod.builder().period(month("2026-06"))
                .addEvents(BreachEvent.builder().id("e1").penaltyId("late").date(java.time.LocalDate.of(2026, 6, 3)).build(),
                        BreachEvent.builder().id("e2").penaltyId("late").date(java.time.LocalDate.of(2026, 6, 9)).build())
                .build();
        ComponentOutcome o = IncentiveCalculator.standard().calculate(a, scheme, List.of(june), opening).periods().get(0)
                .outcome("late").orElseThrow();
        assertEquals(sek("-500.00"), o.amount());
        assertTrue(o.explanation().toString().contains("less 4500.00 SEK (of which 4500.00 SEK carried in) already charged"),
                o.explanation().toString());
    }

    @Test
    void aCarriedInCreditIsEarnedBack() {
        // pool 5 % × 250,000.00 = 12,500.00 SEK; availability was credited 20 % × 12,500.00 = 2,500.00 SEK in 2026-04
        // (carried in) and met its target in 2026-05 (carried in); at target again in 2026-06, the second of the two
        // earn-back periods: the 2,500.00 SEK come back (+2,500.00 SEK).
        AtRiskPool pool = AtRiskPool.builder().id("pool").atRiskPercent(d("5")).putAllocations(Fixtures.AVAILABILITY, d("20"))
                .earnBackPeriods(2).build();
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(pool).build();
        Agreement a = IncentiveFixtures.agreement(scheme);
        OpeningBalance opening = OpeningBalance.builder().firstPeriod(month("2026-06"))
                .addPeriods(CarriedPeriod.builder().period(month("2026-04")).charge(sek("250000.00"))
                        .credit("pool", Fixtures.AVAILABILITY, sek("2500.00")).build())
                .streak(Fixtures.AVAILABILITY, KpiStatus.MET, 1)
                .build();
        ComponentOutcome o = IncentiveCalculator.standard().calculate(a, scheme,
                List.of(inputs(a, "2026-06", IncentiveFixtures.atTarget("2026-06"))), opening).periods().get(0)
                .outcome("pool").orElseThrow();
        assertEquals(sek("2500.00"), o.amount());
        assertEquals(List.of(OutcomeLine.earnBack(Fixtures.AVAILABILITY, month("2026-04"), sek("2500.00"))),
                o.lines(OutcomeLine.Kind.EARN_BACK));
        assertTrue(o.explanation().toString().contains("after 2026-04: carried in credit 2500.00 SEK earned back"),
                o.explanation().toString());
    }

    @Test
    void aCarriedInCreditIsNotEarnedBackWhenTheKpiMissedInBetween() {
        // as above, but availability was BELOW_TARGET in 2026-05 (carried in): nothing comes back (0.00 SEK)
        AtRiskPool pool = AtRiskPool.builder().id("pool").atRiskPercent(d("5")).putAllocations(Fixtures.AVAILABILITY, d("20"))
                .earnBackPeriods(2).build();
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(pool).build();
        Agreement a = IncentiveFixtures.agreement(scheme);
        OpeningBalance opening = OpeningBalance.builder().firstPeriod(month("2026-06"))
                .addPeriods(CarriedPeriod.builder().period(month("2026-04")).charge(sek("250000.00"))
                        .credit("pool", Fixtures.AVAILABILITY, sek("2500.00")).build())
                .streak(Fixtures.AVAILABILITY, KpiStatus.BELOW_TARGET, 1)
                .build();
        ComponentOutcome o = IncentiveCalculator.standard().calculate(a, scheme,
                List.of(inputs(a, "2026-06", IncentiveFixtures.atTarget("2026-06"))), opening).periods().get(0)
                .outcome("pool").orElseThrow();
        assertEquals(sek("0.00"), o.amount());
    }

    @Test
    void aCarriedInStreakCompletesARemedyTrigger() {
        // availability below minimum in 2026-04 and 2026-05 (a carried-in streak of 2) and at 98.0 in 2026-06 (below
        // the minimum 99.0): 3 consecutive periods → STEP_IN in 2026-06, the carried periods named as such
        IncentiveScheme scheme = IncentiveScheme.builder().addAllComponents(IncentiveFixtures.noIncentives().components())
                .addRemedyTriggers(RemedyTrigger.consecutiveBelowMinimum(Fixtures.AVAILABILITY, 3, Remedy.STEP_IN)).build();
        Agreement a = IncentiveFixtures.agreement(scheme);
        OpeningBalance opening = OpeningBalance.builder().firstPeriod(month("2026-06"))
                .streak(Fixtures.AVAILABILITY, KpiStatus.BELOW_MINIMUM, 2).build();
        IncentiveStatement s = IncentiveCalculator.standard().calculate(a, scheme,
                List.of(inputs(a, "2026-06", availability("2026-06", "98.0"))), opening);
        assertEquals(1, s.periods().get(0).remedies().size());
        String text = s.periods().get(0).remedies().get(0).explanation().text();
        assertTrue(text.contains("availability below minimum in 2026-04 (carried in); availability below minimum in 2026-05 "
                + "(carried in); availability below minimum in 2026-06"), text);
        // without the streak, one month below the minimum fires nothing
        assertTrue(IncentiveCalculator.standard().calculate(a, scheme, List.of(inputs(a, "2026-06", availability("2026-06", "98.0"))))
                .periods().get(0).remedies().isEmpty());
    }

    /** A user's component that pays at most 1,000.00 SEK of bonus per contract year, 600.00 SEK a month. */
    private record YearlyBonus(String id) implements IncentiveComponent {
        @Override
        public String type() {
            return "yearly-bonus";
        }

        @Override
        public ComponentOutcome evaluate(IncentiveContext context) {
            Money paid = context.zero();
            boolean carried = false;
            for (IncentiveContext.Past p : context.earlier()) {
                paid = paid.plus(p.amountOf(id));
                carried |= p.carriedIn() && !p.amountOf(id).isZero();
            }
            Money amount = sek("600.00").min(sek("1000.00").minus(paid).max(context.zero()));
            return new ComponentOutcome(id, type(), context.period(), amount, List.of(), List.of(),
                    Step.of(StepKind.RULE, "bonus " + amount + ", " + paid + " paid before" + (carried ? " (carried in)" : "")));
        }
    }

    @Test
    void carriedInBonusesAreSeenByAUsersComponent() {
        // 700.00 SEK of bonus carried in (2026-02): 2026-06 pays 1,000.00 − 700.00 = 300.00 SEK, not 600.00
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(new YearlyBonus("bonus")).build();
        Agreement a = IncentiveFixtures.agreement(scheme);
        OpeningBalance opening = OpeningBalance.builder().firstPeriod(month("2026-06"))
                .addPeriods(CarriedPeriod.builder().period(month("2026-02")).putAmounts("bonus", sek("700.00")).build()).build();
        IncentiveStatement s = IncentiveCalculator.standard().calculate(a, scheme,
                List.of(IncentivePeriod.builder().period(month("2026-06")).build()), opening);
        assertEquals(sek("300.00"), s.periods().get(0).net());
        assertTrue(s.periods().get(0).explanation().toText().contains("700.00 SEK paid before (carried in)"));
    }

    @Test
    void aStatementCarriesItsClosingBalance() {
        // the closing balance opens 2027-01 and keeps the carried months still inside the look-back (12 months before
        // 2027-01: 2026-01 onwards) and 2026-12 with its credit 0.99 GBP and availability BELOW_MINIMUM
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(tiers()).build();
        Agreement a = gbpAgreement(scheme);
        IncentiveStatement s = IncentiveCalculator.standard().calculate(a, scheme,
                List.of(inputs(a, "2026-12", availability("2026-12", "97.0"))), elevenMonths());
        OpeningBalance closing = s.closingBalance().orElseThrow();
        assertEquals(month("2027-01"), closing.firstPeriod());
        assertEquals(12, closing.periods().size());
        CarriedPeriod dec = closing.periods().get(11);
        assertEquals(month("2026-12"), dec.period());
        assertEquals(gbp("-0.99"), dec.amountOf("tiers").orElseThrow());
        assertEquals(KpiStatus.BELOW_MINIMUM, dec.kpiStatuses().get(Fixtures.AVAILABILITY));
        assertEquals(gbp("-12.00"), closing.totalOf("tiers").orElseThrow());
    }

    @Test
    void anOpeningBalanceIsCheckedAgainstTheCalculation() {
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(tiers()).build();
        Agreement a = gbpAgreement(scheme);
        OpeningBalance wrong = OpeningBalance.builder().firstPeriod(month("2026-11"))
                .addPeriods(CarriedPeriod.builder().period(month("2026-10")).putAmounts("other", sek("-1.00")).build()).build();
        ValidationException e = assertThrows(ValidationException.class, () -> IncentiveCalculator.standard().calculate(a, scheme,
                List.of(inputs(a, "2026-12", availability("2026-12", "97.0"))), wrong));
        assertEquals(List.of("periods[2026-10].amounts.other", "opening.firstPeriod", "opening.currency"),
                e.violations().stream().map(v -> v.path()).toList(), e.getMessage());
    }

    @Test
    void anOpeningBalanceRefusesWhatCannotHaveHappenedBefore() {
        ValidationException e = assertThrows(ValidationException.class, () -> OpeningBalance.builder().firstPeriod(month("2026-06"))
                .addPeriods(CarriedPeriod.builder().period(month("2026-06")).build(),
                        CarriedPeriod.builder().period(ReportingPeriod.quarter(2026, 1)).build(),
                        CarriedPeriod.builder().period(month("2026-05")).putKpiStatuses("availability", KpiStatus.MET).build())
                .streak("availability", KpiStatus.BELOW_MINIMUM, 2).build());
        assertEquals(List.of("periods[0]", "periods[1]", "streaks"), e.violations().stream().map(v -> v.path()).toList(),
                e.getMessage());
        assertThrows(ValidationException.class, () -> CarriedPeriod.builder().period(month("2026-05"))
                .charge(sek("-1.00")).build());
        assertThrows(ValidationException.class, () -> CarriedPeriod.builder().period(month("2026-05"))
                .putAmounts("x", sek("1.00")).charge(gbp("1.00")).build());
        assertThrows(ValidationException.class, () -> CarriedPeriod.builder().period(month("2026-05"))
                .credit("pool", "availability", sek("1.00")).credit("pool", "availability", sek("2.00")).build());
        assertFalse(OpeningBalance.none(month("2026-06")).explanation().toText().isEmpty());
    }

    @Test
    void aStatementContinuesFromItsClosingBalance() {
        // 2026-12 computed from the eleven carried months (credit 0.99 GBP), then 2027-01 continued from the statement
        // alone: the same 1.00 GBP as computing both months at once (see theRollingWindowDropsCarriedMonthsAsItMoves)
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(tiers()).build();
        Agreement a = gbpAgreement(scheme);
        IncentiveStatement december = IncentiveCalculator.standard().calculate(a, scheme,
                List.of(inputs(a, "2026-12", availability("2026-12", "97.0"))), elevenMonths());
        IncentiveStatement january = IncentiveCalculator.standard().continueFrom(a, scheme, december,
                inputs(a, "2027-01", availability("2027-01", "97.0")));
        assertEquals(List.of(month("2026-12"), month("2027-01")), january.periods().stream().map(p -> p.period()).toList());
        assertEquals(gbp("-1.00"), january.periods().get(1).net());
        assertEquals(gbp("-1.99"), january.totalNet());
        assertEquals(month("2027-02"), january.closingBalance().orElseThrow().firstPeriod());
    }

    @Test
    void aContinuationRefusesAStatementItCannotContinue() {
        IncentiveScheme scheme = IncentiveScheme.builder().addComponents(tiers()).build();
        Agreement a = gbpAgreement(scheme);
        IncentiveStatement december = IncentiveCalculator.standard().calculate(a, scheme,
                List.of(inputs(a, "2026-12", availability("2026-12", "97.0"))), elevenMonths());
        // the next period must be the one after the statement's last
        ValidationException skipped = assertThrows(ValidationException.class, () -> IncentiveCalculator.standard()
                .continueFrom(a, scheme, december, inputs(a, "2027-02", availability("2027-02", "97.0"))));
        assertEquals(List.of("opening.firstPeriod"), skipped.violations().stream().map(v -> v.path()).toList());
        // a statement without a closing balance (built by hand, or stored before 0.2.0)
        IncentiveStatement bare = new IncentiveStatement(december.agreementId(), december.supplierId(), december.periods(),
                december.explanation());
        ValidationException none = assertThrows(ValidationException.class, () -> IncentiveCalculator.standard()
                .continueFrom(a, scheme, bare, inputs(a, "2027-01", availability("2027-01", "97.0"))));
        assertEquals(List.of("previous.closingBalance"), none.violations().stream().map(v -> v.path()).toList());
    }
}
