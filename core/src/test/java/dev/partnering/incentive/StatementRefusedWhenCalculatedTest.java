package dev.partnering.incentive;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.agreement;
import static dev.partnering.incentive.IncentiveFixtures.atTarget;
import static dev.partnering.incentive.IncentiveFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * What a statement refuses is refused when it is calculated, not when it is read: a closing balance that
 * cannot be built and explanations deeper than {@link Explanation#MAX_DEPTH} fail {@code calculate()} (and
 * the Simulator, which keeps only the totals); and a statement hashes as the record it is. Found by a review
 * of a change that made the closing balance and the explanations when first read (since reverted).
 */
class StatementRefusedWhenCalculatedTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    /** A user's component: a fixed amount, with the given lines and explanation. */
    record Fixed(String id, Money amount, List<OutcomeLine> lines, Step explanation) implements IncentiveComponent {
        @Override
        public String type() {
            return "fixed";
        }

        @Override
        public ComponentOutcome evaluate(IncentiveContext context) {
            return new ComponentOutcome(id, type(), context.period(), amount, lines, List.of(), explanation);
        }
    }

    /** @return an eager step {@code levels} levels deep */
    private static Step deep(int levels) {
        Step s = Step.of(StepKind.RULE, "leaf");
        for (int i = 1; i < levels; i++) {
            s = Step.of(StepKind.COMPUTATION, "level " + i, Map.of(), List.of(s));
        }
        return s;
    }

    @Test
    void theStatementHashesAsTheRecordDid() {
        Agreement a = agreement(IncentiveScheme.builder().addComponents(new Fixed("erp", sek("-10.00"), List.of(),
                Step.of(StepKind.RESULT, "-10.00"))).build());
        IncentiveStatement s = run(a, List.of(JAN), atTarget("2026-01"));
        // a record's hash (java.lang.runtime.ObjectMethods): h = 0, then h = 31 * h + hash(component), in order
        int expected = 0;
        for (Object c : new Object[] {s.agreementId(), s.supplierId(), s.periods(), s.explanation(), s.closingBalance()}) {
            expected = 31 * expected + c.hashCode();
        }
        assertEquals(expected, s.hashCode());
        IncentiveStatement byHand = new IncentiveStatement(s.agreementId(), s.supplierId(), s.periods(), s.explanation());
        int expectedByHand = 0;
        for (Object c : new Object[] {s.agreementId(), s.supplierId(), s.periods(), s.explanation(), java.util.Optional.empty()}) {
            expectedByHand = 31 * expectedByHand + c.hashCode();
        }
        assertEquals(expectedByHand, byHand.hashCode());
    }

    @Test
    void aClosingBalanceThatCannotBeBuiltFailsTheCalculation() {
        // a user's component crediting the same KPI twice: the closing balance's carried period refuses the
        // credit given twice: calculate() throws that ValidationException
        Fixed twice = new Fixed("erp", sek("-15.00"), List.of(OutcomeLine.credit("availability", sek("-10.00")),
                OutcomeLine.credit("availability", sek("-5.00"))), Step.of(StepKind.RESULT, "-15.00"));
        Agreement a = agreement(IncentiveScheme.builder().addComponents(twice).build());
        ValidationException e = assertThrows(ValidationException.class, () -> run(a, List.of(JAN), atTarget("2026-01")));
        assertEquals("credits", e.violations().get(0).path());
    }

    @Test
    void aPeriodExplanationDeeperThanMaxDepthFailsTheCalculation() {
        // the component's step is MAX_DEPTH levels deep: the period's explanation would be MAX_DEPTH + 1
        Fixed deepest = new Fixed("erp", sek("0.00"), List.of(), deep(Explanation.MAX_DEPTH));
        Agreement a = agreement(IncentiveScheme.builder().addComponents(deepest).build());
        assertThrows(ValidationException.class, () -> run(a, List.of(JAN), atTarget("2026-01")));
    }

    @Test
    void aStatementExplanationDeeperThanMaxDepthFailsTheCalculation() {
        // MAX_DEPTH - 1 levels: the period's explanation is MAX_DEPTH deep, the statement's would be MAX_DEPTH + 1
        Fixed deeper = new Fixed("erp", sek("0.00"), List.of(), deep(Explanation.MAX_DEPTH - 1));
        Agreement a = agreement(IncentiveScheme.builder().addComponents(deeper).build());
        assertThrows(ValidationException.class, () -> run(a, List.of(JAN), atTarget("2026-01")));
    }

    @Test
    void aBuiltInPenaltyBeyondTheCarriedBoundsFailsTheCalculation() {
        // built-in components only: 900000000000000000 SEK per event × 2 events = 1800000000000000000 SEK, 19 digits
        // before the point: the closing balance's carried amount is out of bounds, and calculate() throws that
        // ValidationException
        Penalty late = Penalty.builder().id("late").rate(sek("900000000000000000")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(late).build());
        List<BreachEvent> events = List.of(
                BreachEvent.builder().id("e1").penaltyId("late").date(java.time.LocalDate.parse("2026-01-10")).build(),
                BreachEvent.builder().id("e2").penaltyId("late").date(java.time.LocalDate.parse("2026-01-20")).build());
        ValidationException e = assertThrows(ValidationException.class,
                () -> run(a, List.of(JAN), atTarget("2026-01"), events, Map.of()));
        assertEquals("amounts.late", e.violations().get(0).path());
    }

    @Test
    void theSimulatorRefusesWhatTheCalculatorRefused() {
        // the Simulator keeps only each statement's total net: a closing balance that cannot be built (a credit given
        // twice) or an explanation deeper than MAX_DEPTH makes the calculation, and so simulate(), throw
        Fixed twice = new Fixed("erp", sek("-15.00"), List.of(OutcomeLine.credit("availability", sek("-10.00")),
                OutcomeLine.credit("availability", sek("-5.00"))), Step.of(StepKind.RESULT, "-15.00"));
        Agreement a = agreement(IncentiveScheme.builder().addComponents(twice).build());
        Map<String, KpiDistribution> d = Map.of("availability", KpiDistribution.sampled(List.of(new java.math.BigDecimal("99.5"))));
        assertThrows(ValidationException.class, () -> dev.partnering.analysis.Simulator.simulate(a, JAN, d, 3, 1L));
        Fixed deeper = new Fixed("erp", sek("0.00"), List.of(), deep(Explanation.MAX_DEPTH));
        Agreement b = agreement(IncentiveScheme.builder().addComponents(deeper).build());
        assertThrows(ValidationException.class, () -> dev.partnering.analysis.Simulator.simulate(b, JAN, d, 3, 1L));
    }
}
