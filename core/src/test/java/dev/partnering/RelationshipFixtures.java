package dev.partnering;

import static dev.partnering.Fixtures.CUSTOMER;
import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static dev.partnering.Fixtures.SUPPLIER;
import static dev.partnering.Fixtures.roleId;
import static dev.partnering.Fixtures.sek;

import java.time.LocalDate;
import java.util.List;

import dev.partnering.action.Action;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.Decision;
import dev.partnering.action.Minutes;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.improvement.Initiative;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.risk.Risk;
import dev.partnering.risk.RiskRegister;

/**
 * Relationship management for the fixture agreement (see {@link Fixtures}), for tests across
 * packages: minutes with three actions, a risk register with two risks, a backlog with three
 * initiatives.
 * <ul>
 *   <li>Delivery board 2026-02-10 decided {@code d-triage}; actions {@code a1} (acme, due 03-01,
 *       done 02-25), {@code a2} (region-nord, due 03-01, open), {@code a3} (globex, due 06-30,
 *       open, mitigates {@code key-staff}).</li>
 *   <li>Risks identified 2026-01-15: {@code key-staff} (acme, 4 x 4 = 16, high, review by
 *       06-30, mitigated by a3); {@code ransomware} (acme, 3 x 5 = 15, high, review by 03-31,
 *       no mitigation).</li>
 *   <li>Initiatives: {@code portal} (acme, B, delivered 2026-03-15, expected 100,000.00,
 *       realised 120,000.00 SEK, feeds {@code savings}); {@code desk} (region-nord, B, proposed
 *       2026-01-05, undecided); {@code cloud} (acme, A, proposed 2026-03-01, undecided).</li>
 * </ul>
 */
public final class RelationshipFixtures {

    private RelationshipFixtures() {
    }

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    /** @return the action register */
    public static ActionRegister actions() {
        GovernanceLevel b = GovernanceLevel.TACTICAL;
        Minutes m = Minutes.builder().meeting(ForumMeeting.held("delivery-board", day("2026-02-10")))
                .addDecisions(Decision.of("d-triage", "Introduce a shared triage desk", b, day("2026-02-10")))
                .addActions(Action.builder().id("a1").description("Staff the triage desk").owner(LEAD_SUPPLIER)
                        .ownerRole(roleId(LEAD_SUPPLIER, b)).due(day("2026-03-01")).decision("d-triage")
                        .doneOn(day("2026-02-25")).build())
                .addActions(Action.builder().id("a2").description("Publish the triage rules").owner(CUSTOMER)
                        .ownerRole(roleId(CUSTOMER, b)).due(day("2026-03-01")).decision("d-triage").build())
                .addActions(Action.builder().id("a3").description("Name deputies for key roles").owner(SUPPLIER)
                        .ownerRole(roleId(SUPPLIER, b)).due(day("2026-06-30")).risk("key-staff").build())
                .build();
        return ActionRegister.of(Fixtures.governance(), List.of(m));
    }

    /** @return the risk register */
    public static RiskRegister risks() {
        return RiskRegister.builder()
                .addRisks(Risk.builder().id("key-staff").title("Key staff leave").owner(LEAD_SUPPLIER).likelihood(4)
                        .impact(4).identifiedOn(day("2026-01-15")).reviewBy(day("2026-06-30")).build())
                .addRisks(Risk.builder().id("ransomware").title("Ransomware attack").owner(LEAD_SUPPLIER).likelihood(3)
                        .impact(5).identifiedOn(day("2026-01-15")).reviewBy(day("2026-03-31")).build())
                .build();
    }

    /** @return the improvement backlog */
    public static ImprovementBacklog backlog() {
        GovernanceLevel b = GovernanceLevel.TACTICAL;
        return ImprovementBacklog.builder().currency(Fixtures.SEK)
                .addInitiatives(Initiative.builder().id("portal").title("Self-service portal").proposer(LEAD_SUPPLIER)
                        .decidedBy(b).proposedOn(day("2026-01-10")).status(InitiativeStatus.DELIVERED)
                        .decidedOn(day("2026-02-10")).deliveredOn(day("2026-03-15")).expectedBenefit(sek("100000.00"))
                        .realisedBenefit(sek("120000.00")).gainShare("savings").build())
                .addInitiatives(Initiative.builder().id("desk").title("Shared service desk").proposer(CUSTOMER)
                        .decidedBy(b).proposedOn(day("2026-01-05")).expectedBenefit(sek("50000.00")).build())
                .addInitiatives(Initiative.builder().id("cloud").title("Move to the cloud").proposer(LEAD_SUPPLIER)
                        .decidedBy(GovernanceLevel.STRATEGIC).proposedOn(day("2026-03-01"))
                        .expectedBenefit(sek("2000000.00")).build())
                .build();
    }
}
