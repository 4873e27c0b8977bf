package dev.partnering.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class EscalationSubstanceTest {

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void anEscalationCarriesItsSubjectRaiserLevelsAndOutcome() {
        Escalation e = Escalation.builder().id("e1").title("Invoice dispute March").raisedBy("acme")
                .raisedByRole("acme-C").raisedAt(GovernanceLevel.OPERATIONAL).raisedOn(day("2026-04-02"))
                .escalatedTo(GovernanceLevel.TACTICAL, day("2026-04-09")).resolvedOn(day("2026-04-14"))
                .outcome(EscalationOutcome.decision("d-invoicing")).build();
        assertEquals(Optional.of("acme"), e.raisedBy());
        assertEquals(GovernanceLevel.OPERATIONAL, e.raisedAt());
        assertEquals(Optional.of(GovernanceLevel.TACTICAL), e.resolvedAt());
        assertEquals(Optional.of(EscalationOutcome.decision("d-invoicing")), e.outcome());
        assertEquals("DECISION d-invoicing", e.outcome().orElseThrow().toString());
    }

    @Test
    void anOpenEscalationHasNoResolvedLevel() {
        Escalation e = Escalation.builder().id("e1").raisedAt(GovernanceLevel.OPERATIONAL).raisedOn(day("2026-04-02")).build();
        assertEquals(Optional.empty(), e.resolvedAt());
        assertEquals(Optional.empty(), e.outcome());
    }

    @Test
    void anOutcomeNeedsAResolutionAndARoleNeedsAParty() {
        ValidationException x = assertThrows(ValidationException.class, () -> Escalation.builder().id("e1")
                .raisedByRole("acme-C").raisedAt(GovernanceLevel.OPERATIONAL).raisedOn(day("2026-04-02"))
                .outcome(EscalationOutcome.contractChange("amendment-3")).build());
        assertEquals(List.of("raisedByRole", "outcome"), x.violations().stream().map(Violation::path).toList());
        assertTrue(x.getMessage().contains("escalation 'e1' is open and cannot have an outcome"), x.getMessage());
        assertTrue(x.getMessage().contains("escalation 'e1': a raising role needs the raising party (raisedBy)"));
        assertThrows(ValidationException.class, () -> EscalationOutcome.action("not an id"));
    }
}
