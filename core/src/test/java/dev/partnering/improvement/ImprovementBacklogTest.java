package dev.partnering.improvement;

import static dev.partnering.Fixtures.CUSTOMER;
import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static dev.partnering.Fixtures.SUPPLIER;
import static dev.partnering.Fixtures.sek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class ImprovementBacklogTest {

    private static final GovernanceLevel A = GovernanceLevel.STRATEGIC;
    private static final GovernanceLevel B = GovernanceLevel.TACTICAL;

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    static ImprovementBacklog backlog() {
        return ImprovementBacklog.builder().currency(Fixtures.SEK)
                .addInitiatives(Initiative.builder().id("self-service").title("Self-service portal").proposer(LEAD_SUPPLIER)
                        .decidedBy(B).proposedOn(day("2026-01-20")).status(InitiativeStatus.DELIVERED)
                        .decidedOn(day("2026-02-10")).deliveredOn(day("2026-06-15"))
                        .expectedBenefit(sek("400000.00")).realisedBenefit(sek("350000.00")).gainShare("savings").build())
                .addInitiatives(Initiative.builder().id("auto-patch").title("Automated patching").proposer(SUPPLIER)
                        .decidedBy(B).proposedOn(day("2026-02-01")).status(InitiativeStatus.DELIVERED)
                        .decidedOn(day("2026-02-10")).deliveredOn(day("2026-09-30"))
                        .expectedBenefit(sek("150000.00")).realisedBenefit(sek("180000.00")).gainShare("savings").build())
                .addInitiatives(Initiative.builder().id("cloud").title("Move to the cloud").proposer(LEAD_SUPPLIER)
                        .decidedBy(A).proposedOn(day("2026-03-20")).status(InitiativeStatus.IN_PROGRESS)
                        .decidedOn(day("2026-04-15")).expectedBenefit(sek("2000000.00")).build())
                .addInitiatives(Initiative.builder().id("shared-desk").title("Shared service desk").proposer(CUSTOMER)
                        .decidedBy(B).proposedOn(day("2026-05-01")).expectedBenefit(sek("90000.00")).build())
                .addInitiatives(Initiative.builder().id("drones").title("Drone inspections").proposer(SUPPLIER)
                        .decidedBy(B).proposedOn(day("2026-05-01")).status(InitiativeStatus.REJECTED)
                        .decidedOn(day("2026-06-01")).expectedBenefit(sek("10000.00")).build())
                .build();
    }

    @Test
    void theReportShowsThePipelineBenefitsSupplierShareAndStalledProposals() {
        BacklogReport r = backlog().report(day("2026-12-31"), Fixtures.parties());
        assertEquals(2, r.count(InitiativeStatus.DELIVERED, B));
        assertEquals(1, r.count(InitiativeStatus.IN_PROGRESS, A));
        assertEquals(1, r.count(InitiativeStatus.PROPOSED, B));
        assertEquals(1, r.count(InitiativeStatus.REJECTED, B));
        // delivered: expected 400,000 + 150,000 = 550,000; realised 350,000 + 180,000 = 530,000
        assertEquals(sek("550000.00"), r.expectedDelivered());
        assertEquals(sek("530000.00"), r.realised());
        // suppliers (acme, globex) proposed 4 of 5: 0.8
        assertEquals(4, r.proposedBySuppliers());
        assertEquals(0, new BigDecimal("0.8").compareTo(r.supplierShare().orElseThrow()));
        // shared-desk proposed 2026-05-01, undecided, 90 days passed on 2026-07-30
        assertEquals(List.of("shared-desk"), r.stalled().stream().map(Initiative::id).toList());
        assertTrue(r.explanation().toText().contains("initiative 'shared-desk' has waited for a decision by level B since 2026-05-01"),
                r.explanation().toText());
    }

    @Test
    void statusesAreReadOnTheDay() {
        BacklogReport r = backlog().report(day("2026-04-01"), Fixtures.parties());
        // on 04-01: self-service and auto-patch decided (02-10), not yet delivered: IN_PROGRESS; cloud undecided
        assertEquals(2, r.count(InitiativeStatus.IN_PROGRESS, B));
        assertEquals(1, r.count(InitiativeStatus.PROPOSED, A));
        assertEquals(3, r.initiatives().size());
        assertEquals(Money.zero(Fixtures.SEK), r.realised());
    }

    @Test
    void realisedSavingsFeedTheirGainShareInTheDeliveryPeriod() {
        ImprovementBacklog b = backlog();
        // self-service delivered 2026-06-15 realised 350,000; auto-patch 2026-09-30 realised 180,000
        assertEquals(Optional.of(CostOutcome.savings(sek("530000.00"))), b.savings("savings", ReportingPeriod.parse("2026")));
        assertEquals(Optional.of(CostOutcome.savings(sek("350000.00"))), b.savings("savings", ReportingPeriod.parse("2026-Q2")));
        assertEquals(Optional.empty(), b.savings("savings", ReportingPeriod.parse("2026-Q1")));
        assertEquals(Map.of("savings", CostOutcome.savings(sek("180000.00"))), b.costsFor(ReportingPeriod.parse("2026-Q3")));
    }

    @Test
    void initiativesAndBacklogsNameEveryProblem() {
        ValidationException e = assertThrows(ValidationException.class, () -> Initiative.builder().id("x").title(" ")
                .proposer(CUSTOMER).decidedBy(GovernanceLevel.OPERATIONAL).proposedOn(day("2026-05-01"))
                .status(InitiativeStatus.APPROVED).realisedBenefit(sek("1.00")).expectedBenefit(Money.of(new BigDecimal("1.005"), Fixtures.SEK))
                .build());
        assertEquals(List.of("title", "decidedBy", "decidedOn", "realisedBenefit", "expectedBenefit"),
                e.violations().stream().map(Violation::path).toList());
        assertTrue(e.getMessage().contains("initiative 'x' is decided by level C; initiatives are decided by level B"),
                e.getMessage());
        assertTrue(e.getMessage().contains("initiative 'x' is APPROVED and needs the day it was decided (decidedOn)"));
        Initiative eur = Initiative.builder().id("e").title("t").proposer(CUSTOMER).decidedBy(B)
                .proposedOn(day("2026-05-01")).expectedBenefit(Money.of("1.00", "EUR")).build();
        ValidationException c = assertThrows(ValidationException.class, () -> ImprovementBacklog.builder()
                .currency(Fixtures.SEK).addInitiatives(eur).addInitiatives(eur).build());
        assertEquals(List.of("initiatives[0].expectedBenefit", "initiatives[1].id", "initiatives[1].expectedBenefit"),
                c.violations().stream().map(Violation::path).toList());
    }
}
