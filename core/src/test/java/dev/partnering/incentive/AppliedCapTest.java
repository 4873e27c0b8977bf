package dev.partnering.incentive;

import static dev.partnering.Fixtures.sek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class AppliedCapTest {

    @Test
    void aCapTakesOffTheDifferenceAndOfRoundsToTheMinorUnit() {
        // 10,000.004 → 10,000.00 (HALF_EVEN); 10,000.00 − 5,000.00 = 5,000.00
        AppliedCap c = AppliedCap.of(AppliedCap.Kind.PERIOD, sek("10000.004"), sek("5000"));
        assertEquals(new AppliedCap(AppliedCap.Kind.PERIOD, sek("10000.00"), sek("5000.00")), c);
        assertEquals(sek("5000.00"), c.reduction());
        // a cap with nothing left allows zero
        assertEquals(sek("300.00"), new AppliedCap(AppliedCap.Kind.CONTRACT_YEAR, sek("300.00"), sek("0.00")).reduction());
    }

    @Test
    void aCapOnlyLowersPositiveRoundedAmountsOfOneCurrency() {
        assertRule(() -> new AppliedCap(AppliedCap.Kind.GAIN, sek("100.00"), sek("100.01")),
                "the limit 100.01 SEK must not exceed the uncapped amount 100.00 SEK: a cap only lowers");
        assertRule(() -> new AppliedCap(AppliedCap.Kind.PAIN, sek("100.00"), sek("-1.00")),
                "the limit -1.00 SEK must not be negative");
        assertRule(() -> new AppliedCap(AppliedCap.Kind.POOL, sek("100.005"), sek("1.00")),
                "the amounts 100.005 SEK and 1.00 SEK must be rounded to the minor unit");
        assertRule(() -> new AppliedCap(AppliedCap.Kind.OTHER, sek("100.00"), Money.of("1.00", "EUR")),
                "the uncapped amount 100.00 SEK and the limit 1.00 EUR are in different currencies");
    }

    @Test
    void anOutcomeRefusesACapInAnotherCurrency() {
        AppliedCap euros = new AppliedCap(AppliedCap.Kind.OTHER, Money.of("2.00", "EUR"), Money.of("1.00", "EUR"));
        ValidationException e = assertThrows(ValidationException.class, () -> new ComponentOutcome("x", "test",
                ReportingPeriod.parse("2026-01"), sek("-1.00"), List.of(), List.of(euros), Step.of(StepKind.RESULT, "x")));
        assertEquals("capsApplied[0]", e.violations().get(0).path());
    }

    private static void assertRule(org.junit.jupiter.api.function.Executable build, String rule) {
        ValidationException e = assertThrows(ValidationException.class, build);
        assertEquals(List.of(rule), e.violations().stream().map(v -> v.rule()).toList());
    }
}
