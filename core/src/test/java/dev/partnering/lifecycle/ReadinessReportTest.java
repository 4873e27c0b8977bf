package dev.partnering.lifecycle;

import dev.partnering.lifecycle.internal.ReadinessReports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

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
