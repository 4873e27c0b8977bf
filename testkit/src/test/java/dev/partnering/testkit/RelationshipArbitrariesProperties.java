package dev.partnering.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.partnering.action.ActionCounts;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.ActionReport;
import dev.partnering.agreement.Agreement;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.improvement.PipelineCell;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.outcome.OutcomeCoverage;
import dev.partnering.party.Party;
import dev.partnering.risk.RiskAssessment;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskReview;

class RelationshipArbitrariesProperties {

    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Provide
    Arbitrary<Agreement> agreements() {
        return RelationshipArbitraries.agreementsWithOutcomes();
    }

    @Property
    void coverageFindsEveryUncoveredOutcomeInGeneratedAgreements(@ForAll("agreements") Agreement a) {
        OutcomeCoverage c = a.outcomeCoverage();
        for (DesiredOutcome o : a.outcomes()) {
            assertEquals(o.contributions().isEmpty(), c.outcomesWithoutKpis().contains(o.id()), o.id());
        }
        for (String kpi : a.kpiIds()) {
            boolean served = a.outcomes().stream().anyMatch(o -> o.kpiIds().contains(kpi));
            assertEquals(!served, c.kpisWithoutOutcome().contains(kpi), kpi);
        }
    }

    record Register(Agreement agreement, ActionRegister actions) {
    }

    @Provide
    Arbitrary<Register> registers() {
        return PartneringArbitraries.agreements().flatMap(a -> RelationshipArbitraries.actionRegisters(a.governance())
                .map(r -> new Register(a, r)));
    }

    @Property
    void theActionRegistersCountsAddUpPerPartyAndPerLevel(@ForAll("registers") Register r) {
        ActionReport report = r.actions().reportOn(END);
        assertEquals(report.total(), report.byParty().values().stream().reduce(ActionCounts.NONE, ActionCounts::plus));
        assertEquals(report.total(), report.byLevel().values().stream().reduce(ActionCounts.NONE, ActionCounts::plus));
        assertEquals(r.actions().actions().size(), report.total().total());
        assertTrue(r.agreement().parties().stream().map(Party::id).toList().containsAll(report.byParty().keySet()));
    }

    record Risks(RiskRegister register, ActionRegister actions) {
    }

    @Provide
    Arbitrary<Risks> risks() {
        return PartneringArbitraries.agreements().flatMap(a -> Combinators.combine(
                RelationshipArbitraries.riskRegisters(a.parties().stream().map(Party::id).toList()),
                RelationshipArbitraries.actionRegisters(a.governance())).as(Risks::new));
    }

    @Property
    void everyOpenHighRiskWithoutMitigationIsWarned(@ForAll("risks") Risks r) {
        RiskReview review = r.register().review(r.actions(), END);
        for (RiskAssessment a : review.assessments()) {
            boolean expected = a.risk().score() >= r.register().highFrom() && a.mitigations().isEmpty();
            assertEquals(expected, review.unmitigatedHigh().contains(a));
            assertEquals(a.risk().reviewBy().isBefore(END), review.unreviewed().contains(a));
        }
        List<RiskAssessment> open = review.open();
        for (int i = 1; i < open.size(); i++) {
            assertTrue(open.get(i - 1).score() >= open.get(i).score(), "ranked by score");
        }
    }

    record Backlog(Agreement agreement, ImprovementBacklog backlog) {
    }

    @Provide
    Arbitrary<Backlog> backlogs() {
        return PartneringArbitraries.agreements().flatMap(a -> RelationshipArbitraries.backlogs(a.currency(),
                a.parties().stream().map(Party::id).toList()).map(b -> new Backlog(a, b)));
    }

    @Property
    void thePipelineCountsEveryInitiativeOnce(@ForAll("backlogs") Backlog b) {
        BacklogReport report = b.backlog().report(END.plusYears(1), b.agreement().parties());
        assertEquals(b.backlog().initiatives().size(), report.pipeline().stream().mapToInt(PipelineCell::count).sum());
        long bySuppliers = b.backlog().initiatives().stream()
                .filter(i -> b.agreement().suppliers().stream().anyMatch(s -> s.id().equals(i.proposer()))).count();
        assertEquals(bySuppliers, report.proposedBySuppliers());
    }
}
