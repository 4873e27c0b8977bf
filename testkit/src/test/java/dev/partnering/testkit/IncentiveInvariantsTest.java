package dev.partnering.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.partnering.incentive.OutcomeLine;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * {@link IncentiveInvariants} catches broken components, built as test doubles that each break one
 * invariant, and says which inputs and outputs broke it; a sound scheme passes every check.
 */
class IncentiveInvariantsTest {

    private static final Agreement AGREEMENT = TestAgreements.agreement();

    /** A double whose amount is computed by a function of its context. */
    record Double(String id, java.util.function.Function<IncentiveContext, Money> amount, Exposure exposure)
            implements IncentiveComponent {

        Double(String id, java.util.function.Function<IncentiveContext, Money> amount) {
            this(id, amount, Exposure.unknown());
        }

        @Override
        public String type() {
            return "test-double";
        }

        @Override
        public ComponentOutcome evaluate(IncentiveContext context) {
            Money m = amount.apply(context).rounded();
            return new ComponentOutcome(id, type(), context.period(), m, List.of(), List.of(),
                    Step.of(StepKind.COMPUTATION, "test double '" + id + "': " + m));
        }

        @Override
        public Exposure exposure(Money periodFee) {
            return exposure;
        }
    }

    /** @return the assertion error the check throws, if it throws one */
    private static java.util.Optional<AssertionError> failsWith(Runnable check) {
        try {
            check.run();
            return java.util.Optional.empty();
        } catch (AssertionError e) {
            return java.util.Optional.of(e);
        }
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** Pays 1,000.00 EUR while availability is below its target of 99.5, nothing once it is met: backwards. */
    private static IncentiveComponent rewardsMissingTheTarget() {
        return new Double("backwards", c -> c.inputs().scorecard().orElseThrow().line("availability")
                .flatMap(l -> l.attainment()).filter(a -> a.compareTo(BigDecimal.ONE) < 0).map(a -> eur("1000.00"))
                .orElse(eur("0.00")));
    }

    @Nested
    class Monotonicity {

        @Test
        void catchesAComponentThatPaysLessForBetterPerformance() {
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, rewardsMissingTheTarget());
            PeriodInputs worse = TestAgreements.march("99.2", "5");
            PeriodInputs better = TestAgreements.march("99.6", "5");

            AssertionError e = assertThrows(AssertionError.class, () -> invariants.assertMonotone(worse, better));

            // the two inputs and the two outputs that broke it
            assertEquals("""
                    monotonicity: component 'backwards' (test-double) paid less after an improvement: 1000.00 EUR became 0.00 EUR
                      worse inputs:     2026-03 {availability: 99.2; response: 5; no events; no costs; fee from the schedule}
                      better inputs:    2026-03 {availability: 99.6; response: 5; no events; no costs; fee from the schedule}
                      worse output:     net 1000.00 EUR = backwards 1000.00 EUR
                      better output:    net 0.00 EUR = backwards 0.00 EUR""", e.getMessage());
        }

        @Test
        void findsTheBreakAmongGeneratedImprovements() {
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, rewardsMissingTheTarget());
            long caught = PartneringArbitraries.periodInputs(AGREEMENT).withEveryKpiMeasured()
                    .improvements(Improvement.Kind.KPI_VALUE).sampleStream().limit(300).filter(i -> {
                        try {
                            invariants.assertMonotone(i);
                            return false;
                        } catch (AssertionError expected) {
                            assertTrue(expected.getMessage().contains("change:           availability (HIGHER_IS_BETTER): "
                                    + "measurements moved"), expected.getMessage());
                            return true;
                        }
                    }).count();
            assertTrue(caught > 0, "no generated improvement crossed the target");
        }

        @Test
        void refusesInputsThatAreNotAnImprovement() {
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, rewardsMissingTheTarget());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> invariants.assertMonotone(TestAgreements.march("99.6", "5"), TestAgreements.march("99.2", "6")));
            assertTrue(e.getMessage().contains("kpi 'availability' (HIGHER_IS_BETTER) is 99.2 in the better inputs, worse than 99.6"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("kpi 'response' (LOWER_IS_BETTER) is 6 in the better inputs, worse than 5"),
                    e.getMessage());
        }

        @Test
        void acceptsACurveRisingWithTheScore() {
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, IncentiveScheme.builder()
                    .addComponents(BonusMalusCurve.builder().id("curve").point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("1.2"), new BigDecimal("5")).build()).build());
            invariants.assertMonotone(TestAgreements.march("99.2", "5"), TestAgreements.march("99.6", "5"));
        }
    }

    @Nested
    class OverPeriods {

        private static PeriodInputs month(int month, String availability) {
            ReportingPeriod p = ReportingPeriod.month(2026, month);
            return PeriodInputs.of(p, List.of(Measurement.builder().kpiId("availability").period(p).value(new BigDecimal(availability))
                    .recordedAt(p.end().atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)).build()));
        }

        /** Credits 100.00 EUR below target, and refunds 300.00 EUR in the next period for a credit of the previous one. */
        private IncentiveComponent refundsMoreThanItCredited() {
            return new Double("refund", c -> {
                boolean missed = c.inputs().scorecard().orElseThrow().line("availability").flatMap(l -> l.attainment())
                        .filter(a -> a.compareTo(BigDecimal.ONE) < 0).isPresent();
                if (missed) {
                    return eur("-100.00");
                }
                boolean creditedBefore = c.earlier(c.period().plus(-1)).map(p -> p.amountOf("refund").isNegative()).orElse(false);
                return creditedBefore ? eur("300.00") : eur("0.00");
            });
        }

        @Test
        void catchesAComponentWhereAMissPaysMoreOverTheSequence() {
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, refundsMoreThanItCredited());
            // worse: March misses (-100.00), April meets the target and refunds 300.00: +200.00 in all;
            // better: March meets the target too: 0.00 + 0.00. Each period alone is monotone; the sequence is not
            List<PeriodInputs> worse = List.of(month(3, "99.2"), month(4, "99.6"));
            List<PeriodInputs> better = List.of(month(3, "99.6"), month(4, "99.6"));
            invariants.assertMonotone(worse.get(0), better.get(0));

            AssertionError e = assertThrows(AssertionError.class, () -> invariants.assertMonotoneOverPeriods(worse, better));

            assertTrue(e.getMessage().startsWith("monotonicity over periods: the supplier's total net over 2 periods fell after an "
                    + "improvement: 200.00 EUR became 0.00 EUR\n"), e.getMessage());
            assertTrue(e.getMessage().contains("2026-03 improved: 2026-03 {availability: 99.2; no events; no costs; fee from the schedule}"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("worse output:   net 300.00 EUR = refund 300.00 EUR"), e.getMessage());
        }

        @Test
        void findsTheBreakAmongGeneratedSequences() {
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, refundsMoreThanItCredited());
            long caught = PartneringArbitraries.periodInputs(AGREEMENT).sequenceImprovements(2, 3, Improvement.Kind.KPI_VALUE)
                    .sampleStream().limit(300).filter(i -> failsWith(() -> invariants.assertMonotone(i)).isPresent()).count();
            assertTrue(caught > 0, "no generated sequence improved a missed month before a met one");
        }

        @Test
        void refusesSequencesOfOtherPeriodsOrThatAreNotImprovements() {
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, refundsMoreThanItCredited());
            IllegalArgumentException shorter = assertThrows(IllegalArgumentException.class,
                    () -> invariants.assertMonotoneOverPeriods(List.of(month(3, "99.2")), List.of(month(3, "99.2"), month(4, "99.6"))));
            assertEquals("assertMonotoneOverPeriods needs two sequences of the same periods, but has 1 and 2 periods",
                    shorter.getMessage());
            IllegalArgumentException worse = assertThrows(IllegalArgumentException.class,
                    () -> invariants.assertMonotoneOverPeriods(List.of(month(3, "99.6")), List.of(month(3, "99.2"))));
            assertTrue(worse.getMessage().contains("in 2026-03 kpi 'availability' (HIGHER_IS_BETTER) is 99.2 in the better inputs, "
                    + "worse than 99.6"), worse.getMessage());
        }

        @Test
        void acceptsAYearCapReachedOverTheSequence() {
            // year cap 1 % × 12 × 10,000 = 1,200: March 1,000, April 1,200 - 1,000 = 200, May nothing: within the cap
            Penalty late = Penalty.builder().id("late").rate(eur("1000")).yearCapPercent(new BigDecimal("1")).build();
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, late);
            List<PeriodInputs> months = new java.util.ArrayList<>();
            for (int m = 3; m <= 5; m++) {
                PeriodInputs in = month(m, "99.6");
                months.add(in.withEvents(List.of(BreachEvent.builder().id("e" + m).penaltyId("late").date(in.period().start())
                        .build())));
            }
            invariants.assertBoundedOverPeriods(months);
            IncentiveStatement s = invariants.evaluate(months);
            assertEquals(List.of(eur("-1000.00"), eur("-200.00"), eur("0.00")), s.periods().stream().map(PeriodStatement::net).toList());
        }
    }

    @Nested
    class Bounds {

        @Test
        void catchesAComponentPayingMoreThanItDeclares() {
            IncentiveComponent overpaying = new Double("overpaying", c -> eur("5.00"), Exposure.of(eur("0.00"), eur("100.00")));
            AssertionError e = assertThrows(AssertionError.class,
                    () -> IncentiveInvariants.of(AGREEMENT, overpaying).assertBounded(TestAgreements.march("99.5", "4")));
            assertTrue(e.getMessage().startsWith("bounds: component 'overpaying' (test-double) paid 5.00 EUR, more than the upside "
                    + "0.00 EUR it declares at the fee 10000.00 EUR"), e.getMessage());
            assertTrue(e.getMessage().contains("2026-03 {availability: 99.5; response: 4;"), e.getMessage());
            assertTrue(e.getMessage().contains("output:           net 5.00 EUR = overpaying 5.00 EUR"), e.getMessage());
        }

        @Test
        void catchesANetOutsideTheSchemesCap() {
            // a component that ignores its own exposure cannot push the net past the cap: the calculator caps it
            IncentiveScheme capped = IncentiveScheme.builder().addComponents(new Double("big", c -> eur("5000.00")))
                    .cap(dev.partnering.incentive.Bound.percentOfFee(BigDecimal.TEN)).build();
            IncentiveInvariants.of(AGREEMENT, capped).assertBounded(TestAgreements.march("99.5", "4"));
            assertEquals(eur("1000.00"), IncentiveInvariants.of(AGREEMENT, capped).evaluate(TestAgreements.march("99.5", "4")).net());
        }
    }

    @Nested
    class OrderIndependence {

        @Test
        void catchesAComponentThatReadsTheFirstEvent() {
            IncentiveComponent first = new Double("first-event", c -> c.inputs().events().isEmpty() ? eur("0")
                    : eur("100").multipliedBy(c.inputs().events().get(0).units()));
            PeriodInputs inputs = TestAgreements.march("99.5", "4").withEvents(List.of(event("e1", "1"), event("e2", "3")));
            AssertionError e = assertThrows(AssertionError.class,
                    () -> IncentiveInvariants.of(AGREEMENT, first).assertOrderIndependent(inputs, 7));
            assertTrue(e.getMessage().startsWith("order independence: reordering the measurements and events changed the outcome"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("output:           net 100.00 EUR = first-event 100.00 EUR"), e.getMessage());
            assertTrue(e.getMessage().contains("reordered output: net 300.00 EUR = first-event 300.00 EUR"), e.getMessage());
        }

        private BreachEvent event(String id, String units) {
            return BreachEvent.builder().id(id).penaltyId("late").date(LocalDate.of(2026, 3, 10)).units(new BigDecimal(units)).build();
        }
    }

    @Nested
    class Scale {

        @Test
        void catchesAComponentWithAFixedAmount() {
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, new Double("fixed", c -> eur("100.00")))
                    .withScaling((c, k) -> c);
            AssertionError e = assertThrows(AssertionError.class,
                    () -> invariants.assertScaleInvariant(TestAgreements.march("99.5", "4"), 3));
            assertTrue(e.getMessage().startsWith("scale: component 'fixed' (test-double) is 100.00 EUR at scale 3, not 3 × 100.00 EUR"
                    + " = 300.00 EUR within 3 minor units"), e.getMessage());
        }

        @Test
        void acceptsAComponentScaledByItsAuthor() {
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, new Double("share", c -> c.fee().orElseThrow()
                    .percent(BigDecimal.ONE))).withScaling((c, k) -> c);
            invariants.assertScaleInvariant(TestAgreements.march("99.5", "4"), 7);
        }

        @Test
        void asksHowToScaleAComponentItDoesNotKnow() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IncentiveInvariants.of(AGREEMENT,
                    new Double("fixed", c -> eur("100.00"))).assertScaleInvariant(TestAgreements.march("99.5", "4"), 3));
            assertTrue(e.getMessage().startsWith("component 'fixed' (test-double, "), e.getMessage());
            assertTrue(e.getMessage().contains("withScaling("), e.getMessage());
        }
    }

    @Nested
    class Neutrality {

        @Test
        void catchesACurveThatPaysAtTarget() {
            // from (0.8, -5 %) to (1.2, 10 %): at a score of 1 it gives 2.5 % of the fee of 10,000.00 = 250.00
            IncentiveScheme scheme = IncentiveScheme.builder()
                    .addComponents(BonusMalusCurve.builder().id("curve").point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("1.2"), new BigDecimal("10")).build(),
                            AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.TEN).allocate("availability", new BigDecimal("50")).build())
                    .build();
            IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, scheme);
            AssertionError e = assertThrows(AssertionError.class, () -> invariants.assertNeutralAtTarget(TestAgreements.MARCH));
            assertTrue(e.getMessage().startsWith("neutrality at target: [component 'curve' (bonus-malus) 250.00 EUR] with every kpi "
                    + "at target, not zero"), e.getMessage());
            assertTrue(e.getMessage().contains("2026-03 {availability: 99.5; response: 4; no events; no costs;"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("score:            1 {availability=1, response=1}"), e.getMessage());
            assertTrue(e.getMessage().contains("curve:            bonus/malus 'curve': 250.00 EUR\n"
                    + "                      input: score 1\n"
                    + "                      curve value 2.5 % of fee 10000.00 EUR = 250.00 EUR"), e.getMessage());
            // the pool alone is neutral
            invariants.assertNeutralAtTarget(TestAgreements.MARCH, "pool");
        }

        @Test
        void acceptsASchemeThatIsNeutralAtTarget() {
            IncentiveScheme scheme = IncentiveScheme.builder()
                    .addComponents(BonusMalusCurve.builder().id("curve").point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("0.8"), new BigDecimal("0")).point(new BigDecimal("1.0"), new BigDecimal("0"))
                            .point(new BigDecimal("1.2"), new BigDecimal("5")).build())
                    .build();
            IncentiveInvariants.of(AGREEMENT, scheme).assertNeutralAtTarget(TestAgreements.MARCH);
        }
    }

    @Test
    void aSoundSchemePassesEveryCheck() {
        IncentiveInvariants invariants = IncentiveInvariants.of(AGREEMENT, IncentiveScheme.builder()
                .addComponents(AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.TEN).allocate("availability", new BigDecimal("60"))
                        .allocate("response", new BigDecimal("60")).build()).build());
        PeriodInputs inputs = TestAgreements.march("99.2", "6");
        invariants.assertMonotone(inputs, TestAgreements.march("99.7", "3"));
        invariants.assertBounded(inputs);
        invariants.assertConserved(inputs);
        invariants.assertOrderIndependent(inputs, 1);
        invariants.assertScaleInvariant(inputs, 9);
        invariants.assertNeutralAtTarget(TestAgreements.MARCH);
        // both kpis miss their targets: 60 % + 60 % of the pool of 1,000.00 is capped at the pool, shared 500.00 each
        Map<String, Money> credits = new java.util.TreeMap<>();
        invariants.evaluate(inputs).outcomes().get(0).lines(OutcomeLine.Kind.CREDIT)
                .forEach(l -> credits.put(l.kpiId().orElseThrow(), l.amount()));
        assertEquals(Map.of("availability", eur("-500.00"), "response", eur("-500.00")), credits);
    }
}
