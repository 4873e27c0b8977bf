package dev.partnering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.action.Action;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.ActionReport;
import dev.partnering.action.Decision;
import dev.partnering.action.Minutes;
import dev.partnering.agreement.Agreement;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.health.HealthCalculator;
import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.health.HealthReport;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.improvement.Initiative;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.lifecycle.GovernancePlaybook;
import dev.partnering.money.Money;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.outcome.OutcomeCoverage;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.risk.Risk;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskReview;

/** The examples of docs/relationship-management.md, compiled and run. */
class RelationshipManagementGuideTest {

    private static Agreement.Builder agreementWithoutOutcomes() {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule());
    }

    @Test
    void outcomesActionsRisksAndBacklog() {
        Agreement.Builder builder = agreementWithoutOutcomes();
        // tag::outcomes[]
        Agreement agreement = builder
                .addOutcomes(DesiredOutcome.builder().id("reliable-it")
                        .statement("Clinical staff can always rely on their IT")
                        .measuredBy("availability", new BigDecimal("3"))
                        .measuredBy("incident-response", BigDecimal.ONE)
                        .build())
                .build();
        OutcomeCoverage coverage = agreement.outcomeCoverage();
        coverage.kpisWithoutOutcome();   // [ticket-sla]: followed up, but for which outcome?
        // end::outcomes[]
        assertEquals(List.of("ticket-sla"), coverage.kpisWithoutOutcome());

        // tag::actions[]
        Minutes board = Minutes.builder()
                .meeting(ForumMeeting.held("delivery-board", LocalDate.of(2026, 2, 10)))
                .addDecisions(Decision.of("d-triage", "Introduce a shared triage desk",
                        GovernanceLevel.TACTICAL, LocalDate.of(2026, 2, 10)))
                .addActions(Action.builder().id("a1").description("Publish the triage rules")
                        .owner("region-nord").ownerRole("region-nord-B")
                        .due(LocalDate.of(2026, 3, 1)).decision("d-triage").build())
                .addActions(Action.builder().id("a2").description("Offline backups")
                        .owner("acme").ownerRole("acme-B").due(LocalDate.of(2026, 6, 30))
                        .risk("ransomware").build())
                .build();
        ActionRegister actions = ActionRegister.of(agreement.governance(), List.of(board));
        ActionReport onApril1 = actions.reportOn(LocalDate.of(2026, 4, 1));
        onApril1.forParty("region-nord").overdue();   // 1: a1 was due on 2026-03-01
        // end::actions[]
        assertEquals(1, onApril1.forParty("region-nord").overdue());

        // tag::risks[]
        RiskRegister risks = RiskRegister.builder()   // 5 x 5 scales, high from 13
                .addRisks(Risk.builder().id("ransomware").title("Ransomware attack").owner("acme")
                        .likelihood(3).impact(5)                       // possible x severe = 15
                        .identifiedOn(LocalDate.of(2026, 1, 15)).reviewBy(LocalDate.of(2026, 3, 31))
                        .build())
                .build();
        RiskReview review = risks.review(actions, LocalDate.of(2026, 4, 1));
        review.unreviewed();        // [ransomware]: its review day has passed
        review.unmitigatedHigh();   // []: action a2 mitigates it
        // end::risks[]
        assertEquals(1, review.unreviewed().size());
        assertEquals(List.of(), review.unmitigatedHigh());

        // tag::backlog[]
        ImprovementBacklog backlog = ImprovementBacklog.builder().currency(Fixtures.SEK)
                .addInitiatives(Initiative.builder().id("portal").title("Self-service portal")
                        .proposer("acme").decidedBy(GovernanceLevel.TACTICAL)       // B: improvement
                        .proposedOn(LocalDate.of(2026, 1, 10))
                        .status(InitiativeStatus.DELIVERED).decidedOn(LocalDate.of(2026, 2, 10))
                        .deliveredOn(LocalDate.of(2026, 3, 15))
                        .expectedBenefit(Money.of("100000.00", "SEK"))
                        .realisedBenefit(Money.of("120000.00", "SEK"))
                        .gainShare("savings")                  // the gain-share component it feeds
                        .build())
                .build();
        Map<String, CostOutcome> costs = backlog.costsFor(ReportingPeriod.parse("2026-Q1"));
        // {savings=120000.00 SEK}: put into IncentivePeriod.Builder.putAllCosts(costs)
        BacklogReport pipeline = backlog.report(LocalDate.of(2026, 4, 1), agreement.parties());
        pipeline.supplierShare();   // 1: acme proposed every initiative
        // end::backlog[]
        assertEquals(Map.of("savings", CostOutcome.savings(Money.of("120000.00", "SEK"))), costs);
        assertEquals(0, BigDecimal.ONE.compareTo(pipeline.supplierShare().orElseThrow()));

        // tag::health[]
        HealthInputs inputs = HealthInputs.builder().period(ReportingPeriod.parse("2026-03"))
                .performance(new BigDecimal("90")).trustIndex(new BigDecimal("80"))
                .governanceScore(new BigDecimal("85"))
                .management(onApril1, review, pipeline)   // score 50 and its concerns
                .build();
        HealthReport health = HealthCalculator.of(HealthPolicy.builder()
                .managementWeight(BigDecimal.ONE).build()).assess(inputs);
        String playbook = GovernancePlaybook.render(agreement, onApril1, review, pipeline);
        // end::health[]
        // actions: a1 overdue of 2 open -> 1/2; risks: ransomware unreviewed -> 0/1; no proposal waiting -> 1
        // 100 x (1/2 + 0 + 1) / 3 = 50; health (90 + 80 + 85 + 50) / 4 = 76.25
        assertEquals(0, new BigDecimal("50").compareTo(inputs.managementScore().orElseThrow()));
        assertEquals(0, new BigDecimal("76.25").compareTo(health.score().orElseThrow()));
        assertTrue(playbook.contains("## Top risks on 2026-04-01"), playbook);
    }
}
