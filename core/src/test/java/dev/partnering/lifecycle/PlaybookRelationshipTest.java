package dev.partnering.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.RelationshipFixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.outcome.OutcomeKind;

class PlaybookRelationshipTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 30);

    private static Agreement agreement() {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule())
                .addOutcomes(DesiredOutcome.builder().id("reliable-it").statement("Staff can rely on their IT")
                        .kind(OutcomeKind.VISION).measuredBy(Fixtures.AVAILABILITY, new BigDecimal("3"))
                        .measuredBy(Fixtures.INCIDENT_RESPONSE, BigDecimal.ONE).build())
                .addOutcomes(DesiredOutcome.builder().id("self-service").statement("Half of the tickets self-served").build())
                .build();
    }

    @Test
    void thePlaybookShowsOutcomesOpenActionsTopRisksAndTheBacklog() {
        String md = GovernancePlaybook.render(agreement(), RelationshipFixtures.actions().reportOn(DAY),
                RelationshipFixtures.risks().review(RelationshipFixtures.actions(), DAY),
                RelationshipFixtures.backlog().report(DAY, Fixtures.parties()));
        assertTrue(md.contains("## Desired outcomes\n\n- **Staff can rely on their IT** (vision, `reliable-it`): measured by "
                + "`availability` (weight 3), `incident-response` (weight 1).\n"
                + "- **Half of the tickets self-served** (goal, `self-service`): not measured by any KPI yet.\n"), md);
        assertTrue(md.contains("KPIs that serve no outcome: ticket-sla."), md);
        assertTrue(md.contains("| Publish the triage rules | region-nord (region-nord-B) | B | 2026-03-01 | overdue |"), md);
        // key-staff 4 x 4 = 16 above ransomware 3 x 5 = 15
        assertTrue(md.contains("| Key staff leave | acme | likely x major = 16 | 1 | high |\n"
                + "| Ransomware attack | acme | possible x severe = 15 | 0 | high, unmitigated, review overdue |"), md);
        assertTrue(md.contains("| DELIVERED | B | 1 | 100000.00 SEK |"), md);
        assertTrue(md.contains("Delivered: expected 100000.00 SEK, realised 120000.00 SEK. Proposed by the suppliers: 2 of 3."
                + " Waiting too long for a decision: Shared service desk."), md);
    }

    @Test
    void anAgreementWithoutOutcomesKeepsItsPlaybook() {
        String md = GovernancePlaybook.render(Fixtures.agreement());
        assertFalse(md.contains("Desired outcomes"), md);
        assertFalse(md.contains("Open actions"), md);
    }
}
