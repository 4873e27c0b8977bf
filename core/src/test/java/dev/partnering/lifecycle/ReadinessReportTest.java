package dev.partnering.lifecycle;

import dev.partnering.lifecycle.internal.ReadinessReports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;

class ReadinessReportTest {

    @Test
    void aReportFromItsPartsEqualsTheCheckedOne() {
        ReadinessReport checked = HandoverCheck.run(LifecycleFixtures.agreement(),
                HandoverDeclaration.of(IncentiveArrangement.UNDECIDED));

        ReadinessReport rebuilt = ReadinessReports.of(checked.check(), checked.agreementId(), checked.requirements(),
                checked.gaps());

        assertEquals(checked, rebuilt);
        assertEquals(checked.hashCode(), rebuilt.hashCode());
        assertEquals(checked.toString(), rebuilt.toString());
        assertNotEquals(checked, ReadinessReports.of(checked.check(), checked.agreementId(), checked.requirements(), List.of()));
    }

    @Test
    void theExplanationListsEveryRequirementWithItsGapsAndTheResult() {
        ReadinessReport checked = HandoverCheck.run(LifecycleFixtures.agreement(),
                HandoverDeclaration.of(IncentiveArrangement.UNDECIDED));
        Explanation e = checked.explanation();

        assertEquals("Handover check of agreement 'it-partnering'", e.subject());
        // one rule step per requirement, in report order, then the result
        assertEquals(checked.requirements().size() + 1, e.steps().size());
        for (int i = 0; i < checked.requirements().size(); i++) {
            ReadinessRequirement r = checked.requirements().get(i);
            Step step = e.steps().get(i);
            assertEquals(StepKind.RULE, step.kind());
            assertEquals(r.description(), step.text());
            assertEquals(String.valueOf(checked.isMet(r)), step.facts().get("met"));
            assertEquals(checked.gaps(r).stream().map(ReadinessGap::toString).toList(),
                    step.children().stream().map(Step::text).toList());
        }
        Step result = e.steps().get(e.steps().size() - 1);
        assertEquals(StepKind.RESULT, result.kind());
        // the undecided incentive arrangement is the one gap
        assertEquals(1, checked.gaps().size());
        assertEquals("not ready: 1 gap to close", result.text());
        // a report rebuilt from its parts explains itself the same way
        assertEquals(e, ReadinessReports.of(checked.check(), checked.agreementId(), checked.requirements(),
                checked.gaps()).explanation());
        assertEquals("ready: every requirement is met", ReadinessReports.of(checked.check(), checked.agreementId(),
                checked.requirements(), List.of()).explanation().steps().get(checked.requirements().size()).text());
    }

    @Test
    void everyBrokenRuleOfThePartsIsReported() {
        ReadinessGap exitGap = new ReadinessGap(ReadinessRequirement.EXIT_TRANSITION_PERIOD, "transitionPeriod",
                "the exit plan gives no transition period");

        ValidationException e = assertThrows(ValidationException.class, () -> ReadinessReports.of(" ", "it-partnering",
                List.of(ReadinessRequirement.KPIS_MEASURABLE, ReadinessRequirement.KPIS_MEASURABLE), List.of(exitGap)));

        assertEquals(List.of(
                Violation.of("check", " ", "a readiness report must say what was checked"),
                Violation.of("requirements", "[KPIS_MEASURABLE, KPIS_MEASURABLE]",
                        "a readiness report lists each requirement once, not [KPIS_MEASURABLE, KPIS_MEASURABLE]"),
                Violation.of("gaps[0].requirement", "EXIT_TRANSITION_PERIOD", "gap 'transitionPeriod: the exit plan gives no"
                        + " transition period' is of requirement EXIT_TRANSITION_PERIOD, which the report did not check")),
                e.violations());
    }
}
