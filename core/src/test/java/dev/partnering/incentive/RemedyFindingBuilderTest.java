package dev.partnering.incentive;

import static dev.partnering.incentive.Rejections.assertOnly;
import static dev.partnering.incentive.Rejections.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Violation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.period.ReportingPeriod;

class RemedyFindingBuilderTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");
    private static final RemedyTrigger TRIGGER = RemedyTrigger.consecutiveBelowMinimum("availability", 2, Remedy.STEP_IN);

    @Test
    void aFindingIsBuiltWithItsExplanationWhichWinsOverFacts() {
        Step why = Step.of(StepKind.WARNING, "remedy STEP_IN: as stored");
        assertEquals(new RemedyFinding(MARCH, TRIGGER, why),
                RemedyFinding.builder().period(MARCH).trigger(TRIGGER).explanation(why).build());
        assertEquals(new RemedyFinding(MARCH, TRIGGER, why), RemedyFinding.builder().period(MARCH).trigger(TRIGGER)
                .addAllFacts(List.of("ignored")).explanation(why).build());
    }

    @Test
    void withoutAnExplanationItIsMadeFromTheFactsAsTheCalculatorMakesIt() {
        List<String> facts = List.of("availability below minimum in 2026-02", "availability below minimum in 2026-03");
        assertEquals(RemedyFinding.of(MARCH, TRIGGER, facts),
                RemedyFinding.builder().period(MARCH).trigger(TRIGGER).addAllFacts(facts).build());
    }

    @Test
    void everyMissingPartIsNamed() {
        assertViolations(() -> RemedyFinding.builder().build(),
                Violation.of("period", null, "period is required: null is not allowed"),
                Violation.of("trigger", null, "trigger is required: null is not allowed"),
                Violation.of("explanation", null, "explanation is required: null is not allowed"));
        assertOnly(() -> RemedyFinding.builder().period(MARCH).trigger(TRIGGER).addAllFacts(java.util.Arrays.asList("a", null))
                .build(), "facts[1]", null, "facts[1] is required: null is not allowed");
    }
}
