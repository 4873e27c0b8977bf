package dev.partnering.incentive;

import dev.partnering.incentive.internal.PeriodContext;
import dev.partnering.incentive.internal.PastPeriod;
import dev.partnering.analysis.BackTester;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.Rejections.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/** What a component sees of the calculation: its period, its fee and the history before it. */
class IncentiveContextTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");
    private static final ReportingPeriod FEB = ReportingPeriod.parse("2026-02");
    private static final ReportingPeriod MAR = ReportingPeriod.parse("2026-03");

    private static ComponentOutcome outcome(String id, ReportingPeriod p, String amount) {
        return new ComponentOutcome(id, "test", p, sek(amount), List.of(), List.of(), Step.of(StepKind.RESULT, amount));
    }

    private static IncentiveContext march(Optional<Money> janFee) {
        IncentiveContext.Past jan = new PastPeriod(IncentivePeriod.builder().period(JAN).build(), janFee,
                List.of(outcome("a", JAN, "-1.00"), outcome("b", JAN, "-2.00")), sek("-3.00"), NetLimits.none());
        IncentiveContext.Past feb = new PastPeriod(IncentivePeriod.builder().period(FEB).build(), Optional.empty(),
                List.of(outcome("a", FEB, "-3.00")), sek("-3.00"), NetLimits.none());
        return new PeriodContext(Fixtures.agreement(), IncentivePeriod.builder().period(MAR).build(), Optional.of(sek("70000.00")),
                List.of(jan, feb));
    }

    @Test
    void theHistoryIsTheEarlierPeriodsOldestFirst() {
        IncentiveContext c = march(Optional.of(sek("50000.00")));
        assertEquals(List.of(JAN, FEB), c.earlier().stream().map(IncentiveContext.Past::period).toList());
        assertEquals(Optional.of(FEB), c.earlier(FEB).map(IncentiveContext.Past::period));
        assertEquals(Optional.empty(), c.earlier(MAR));
        assertEquals(List.of(outcome("a", JAN, "-1.00"), outcome("a", FEB, "-3.00")), c.earlierOutcomes("a"));
        assertEquals(List.of(outcome("b", JAN, "-2.00")), c.earlierOutcomes("b"));
        assertEquals(List.of(), c.earlierOutcomes("c"));
        assertEquals(MAR, c.period());
        assertEquals(Money.zero(Fixtures.SEK), c.zero());
    }

    @Test
    void feesComeFromTheCalculationThenTheSchedule() {
        IncentiveContext c = march(Optional.of(sek("50000.00")));
        // March: its own fee; January: the fee given for it; February: none given, so the schedule's 250,000
        assertEquals(Optional.of(sek("70000.00")), c.feeOf(MAR));
        assertEquals(Optional.of(sek("50000.00")), c.feeOf(JAN));
        assertEquals(Optional.of(sek("250000.00")), c.feeOf(FEB));
        // outside the calculation: the schedule, which starts in 2026-01
        assertEquals(Optional.of(sek("250000.00")), c.feeOf(ReportingPeriod.parse("2026-06")));
        assertEquals(Optional.empty(), c.feeOf(ReportingPeriod.parse("2025-12")));
        assertEquals(Optional.of(sek("250000.00")), march(Optional.empty()).feeOf(JAN));
    }

    @Test
    void consortiumPartiesAreListedOnce() {
        assertOnly(() -> ConsortiumSplit.equally(sek("100.00"), List.of("north", "east", "north")), "partyIds", "north",
                "party 'north' is listed twice");
    }

    @Test
    void aBackTestNeedsBothSchemes() {
        IncentiveScheme s = IncentiveFixtures.noIncentives();
        assertOnly(() -> BackTester.compare(IncentiveFixtures.agreement(s).withoutIncentiveScheme(), IncentiveFixtures.agreement(s),
                List.of(JAN), List.of(), List.of(), Map.of()), "incentiveScheme", null,
                "agreement 'it-partnering' has no incentive scheme to back-test");
    }

    @Test
    void feesGivenWithLaterPeriodsOfTheCalculationAreKnown() {
        IncentiveContext c = new PeriodContext(Fixtures.agreement(), IncentivePeriod.builder().period(JAN).build(),
                Optional.of(sek("70000.00")), List.of(), java.util.Map.of(MAR, sek("90000.00")));
        // March comes later in the calculation with its own fee; February falls back to the schedule's 250,000
        assertEquals(Optional.of(sek("90000.00")), c.feeOf(MAR));
        assertEquals(Optional.of(sek("250000.00")), c.feeOf(FEB));
        assertEquals(Optional.of(sek("70000.00")), c.feeOf(JAN));
    }

    @Test
    void aPastPeriodKnowsWhatEachComponentChangedItsNetBy() {
        // gross -1.00 + -2.00 = -3.00 under a floor of -2.50: net -2.50; without a (-1.00) the net would be -2.00, so a
        // changed it by -0.50; without b (-2.00) it would be -1.00, so b changed it by -1.50; c has no outcome: 0
        IncentiveContext.Past jan = new PastPeriod(IncentivePeriod.builder().period(JAN).build(), Optional.empty(),
                List.of(outcome("a", JAN, "-1.00"), outcome("b", JAN, "-2.00")), sek("-3.00"),
                new NetLimits(Optional.of(sek("-2.50")), Optional.empty()));
        assertEquals(sek("-2.50"), jan.net());
        assertEquals(sek("-0.50"), jan.netEffectOf("a"));
        assertEquals(sek("-1.50"), jan.netEffectOf("b"));
        assertEquals(sek("0.00"), jan.netEffectOf("c"));
        assertEquals(sek("-2.00"), jan.amountOf("b"));
    }
}
