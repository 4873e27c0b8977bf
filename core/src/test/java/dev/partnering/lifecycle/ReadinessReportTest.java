package dev.partnering.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;

class ReadinessReportTest {

    @Test
    void aReportFromItsPartsEqualsTheCheckedOne() {
        ReadinessReport checked = HandoverCheck.run(LifecycleFixtures.agreement(),
                HandoverDeclaration.of(IncentiveArrangement.UNDECIDED));

        ReadinessReport rebuilt = new ReadinessReport(checked.check(), checked.agreementId(), checked.requirements(),
                checked.gaps());

        assertEquals(checked, rebuilt);
        assertEquals(checked.hashCode(), rebuilt.hashCode());
        assertEquals(checked.toString(), rebuilt.toString());
        assertNotEquals(checked, new ReadinessReport(checked.check(), checked.agreementId(), checked.requirements(), List.of()));
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
        assertEquals(e, new ReadinessReport(checked.check(), checked.agreementId(), checked.requirements(),
                checked.gaps()).explanation());
        assertEquals("ready: every requirement is met", new ReadinessReport(checked.check(), checked.agreementId(),
                checked.requirements(), List.of()).explanation().steps().get(checked.requirements().size()).text());
    }
}
