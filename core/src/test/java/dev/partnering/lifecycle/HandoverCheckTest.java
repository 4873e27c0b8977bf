package dev.partnering.lifecycle;

import java.math.BigDecimal;
import dev.partnering.agreement.LifecyclePhase;

import static dev.partnering.lifecycle.LifecycleFixtures.agreement;
import static dev.partnering.lifecycle.LifecycleFixtures.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;
import dev.partnering.party.Party;

class HandoverCheckTest {

    @Test
    void aCompleteAgreementIsReady() {
        ReadinessReport report = HandoverCheck.run(agreement(), HandoverDeclaration.of(IncentiveArrangement.SCHEME_AGREED));
        assertTrue(report.isReady());
        assertEquals(ReadinessRequirement.handover(), report.requirements());
        assertTrue(report.toString().startsWith("Handover check of agreement 'it-partnering': ready"));
    }

    @Test
    void anAgreementThatCarriesItsSchemeHasDecidedIncentives() {
        dev.partnering.incentive.IncentiveScheme scheme = dev.partnering.incentive.IncentiveScheme.builder()
                .addComponents(dev.partnering.incentive.BonusMalusCurve.builder().id("bonus").point(new BigDecimal("1"), new BigDecimal("0")).build()).build();
        assertTrue(HandoverCheck.run(agreement(), HandoverDeclaration.of(IncentiveArrangement.UNDECIDED)).gaps().stream()
                .anyMatch(g -> g.requirement() == ReadinessRequirement.INCENTIVES_DECIDED));
        ReadinessReport report = HandoverCheck.run(agreement().withIncentiveScheme(scheme),
                HandoverDeclaration.of(IncentiveArrangement.UNDECIDED));
        assertTrue(report.isReady(), report.toString());
    }

    /**
     * Every kind of gap at once: no vision, a blank goal, level C with no roles and no forum, a
     * vacant role, a role whose counterpart names someone else, a KPI without source and method,
     * undecided incentives and an area owned by a supplier without a role.
     */
    static Agreement agreementWithEveryGap() {
        Governance governance = Governance.builder()
                .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL, GovernanceLevel.OPERATIONAL)
                .addRoles(role("cus-exec", "Chief digital officer", "northfield", GovernanceLevel.STRATEGIC,
                        "Sets the direction", "sup-exec", "Eva Lind"))
                .addRoles(role("sup-exec", "Account director", "nordic-it", GovernanceLevel.STRATEGIC,
                        "Commits resources", "cus-exec", "Jonas Berg"))
                .addRoles(role("cus-delivery", "Service delivery manager", "northfield", GovernanceLevel.TACTICAL,
                        "Follows up delivery", "sup-delivery", "Maria Holm"))
                .addRoles(role("cus-quality", "Quality coordinator", "northfield", GovernanceLevel.TACTICAL,
                        "Follows up quality", "sup-delivery", "Per Ek"))
                .addRoles(role("sup-delivery", "Delivery manager", "nordic-it", GovernanceLevel.TACTICAL,
                        "Answers for delivery", "cus-delivery", null))
                .addForums(Forum.builder().id("steering").name("Steering group").level(GovernanceLevel.STRATEGIC)
                        .cadence(Cadence.QUARTERLY).addParticipants("cus-exec", "sup-exec").build())
                .addForums(Forum.builder().id("delivery-board").name("Delivery board").level(GovernanceLevel.TACTICAL)
                        .cadence(Cadence.MONTHLY).addParticipants("cus-delivery", "sup-delivery").build())
                .escalationPolicy(EscalationPolicy.builder()
                        .putTimeAllowed(GovernanceLevel.OPERATIONAL, Duration.ofDays(2))
                        .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(10))
                        .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(30)).build())
                .build();
        return Agreement.builder().id("it-partnering").title("IT operations partnership")
                .addParties(Party.customer("northfield", "Northfield Municipality"),
                        Party.leadSupplier("nordic-it", "Nordic IT AB"), Party.supplier("deskside", "Deskside AB"))
                .term(LifecycleFixtures.threePlusOnePlusOne()).phase(LifecyclePhase.TRANSITION)
                .addGoals("Answer 95 % of incidents within 4 business hours", " ")
                .addResponsibilityAreas(ResponsibilityArea.of("servers", "Server operations", "nordic-it"),
                        ResponsibilityArea.of("devices", "End-user devices", "deskside"))
                .governance(governance)
                .addKpis(LifecycleFixtures.incidentResponse(), KpiDefinition.builder().id("availability")
                        .name("Availability").unit("%").direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99"), new BigDecimal("99.5"))
                        .effectiveFrom(LifecycleFixtures.START).build())
                .currency(Money.currency("SEK")).build();
    }

    @Test
    void everyGapIsReportedNotOnlyTheFirst() {
        ReadinessReport report = HandoverCheck.run(agreementWithEveryGap(),
                HandoverDeclaration.of(IncentiveArrangement.UNDECIDED));
        assertFalse(report.isReady());
        assertEquals(List.of(
                "sharedVision: agreement 'it-partnering' has no shared vision",
                "goals[1]: goal 2 is blank",
                "governance.roles: level C (OPERATIONAL) has no role on the customer side",
                "governance.roles: level C (OPERATIONAL) has no role on the supplier side",
                "governance.forums: level C (OPERATIONAL) has no meeting forum",
                "governance.roles[3].counterpart: role 'cus-quality' names 'sup-delivery' as its counterpart, but"
                        + " 'sup-delivery' names 'cus-delivery'; mirrored roles name each other",
                "governance.roles[4].holder: role 'sup-delivery' (Delivery manager, Nordic IT AB) at level B (TACTICAL)"
                        + " is not staffed: no one holds it",
                "kpis[1].dataSource: kpi 'availability' v1 has no data source: both parties must know which data underlies it",
                "kpis[1].measurementMethod: kpi 'availability' v1 has no measurement method: both parties must know how it"
                        + " is measured",
                "incentiveArrangement: the incentive arrangement is undecided: agree a scheme or decide explicitly to have none",
                "responsibilityAreas[1].owner: area 'devices' is owned by 'deskside' (Deskside AB), which has no role in the"
                        + " governance to answer for it"),
                report.gaps().stream().map(ReadinessGap::toString).toList());
        for (ReadinessRequirement r : ReadinessRequirement.handover()) {
            assertFalse(report.isMet(r), r::name);
        }
        assertEquals(5, report.gaps(ReadinessRequirement.GOVERNANCE_STAFFED).size());
    }

    @Test
    void theReportReadsAsAChecklist() {
        Agreement a = agreement();
        Agreement noGoals = Agreement.builder().id(a.id()).title(a.title()).addAllParties(a.parties()).term(a.term())
                .phase(a.phase()).sharedVision(a.sharedVision()).addAllResponsibilityAreas(a.responsibilityAreas())
                .governance(a.governance()).addAllKpis(a.kpis()).currency(a.currency()).build();
        assertEquals(String.join("\n",
                "Handover check of agreement 'it-partnering': 1 gap",
                "  [ ] a shared vision and at least one goal",
                "      - goals: agreement 'it-partnering' has no shared goal; at least one is needed",
                "  [x] every governance level staffed on both sides with mirrored roles and a forum",
                "  [x] every KPI with a data source and a measurement method",
                "  [x] an incentive scheme, or an explicit decision to have none",
                "  [x] every responsibility area owned by a party present in the governance"),
                HandoverCheck.run(noGoals, HandoverDeclaration.of(IncentiveArrangement.EXPLICITLY_NONE)).toString());
    }

    @Test
    void anAgreementWithoutAreasHasNobodyOwningAnything() {
        Agreement a = agreement();
        Agreement noAreas = Agreement.builder().id(a.id()).title(a.title()).addAllParties(a.parties()).term(a.term())
                .sharedVision(a.sharedVision()).addAllGoals(a.goals()).governance(a.governance()).addAllKpis(a.kpis())
                .currency(a.currency()).build();
        assertEquals(List.of("responsibilityAreas: no responsibility area is defined, so nobody owns anything"),
                HandoverCheck.run(noAreas, HandoverDeclaration.of(IncentiveArrangement.SCHEME_AGREED)).gaps().stream()
                        .map(ReadinessGap::toString).toList());
    }
}
