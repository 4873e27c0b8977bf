package dev.partnering.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.action.ActionCounts;
import dev.partnering.action.RegisteredAction;
import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.health.HealthInputs;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.money.Money;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.outcome.OutcomeCoverage;
import dev.partnering.outcome.OutcomeTracker;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;

class FacilityRelationshipTest {

    private static final ReportingPeriod Y2026 = ReportingPeriod.year(2026);
    private static final ReportingPeriod Y2027 = ReportingPeriod.year(2027);

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void outcomesAreMeasuredAndTheEnergyGoalHasNoKpiYet() throws Exception {
        Agreement a = FacilityManagementScenario.agreement();
        OutcomeCoverage c = a.outcomeCoverage();
        assertEquals(List.of("energy"), c.outcomesWithoutKpis());
        assertEquals(List.of(), c.kpisWithoutOutcome());
        DesiredOutcome sla = a.outcomes().get(1);
        Scorecard y2026 = ScorecardCalculator.standard().calculate(a, Y2026, FacilityManagementScenario.measurements());
        Scorecard y2027 = ScorecardCalculator.standard().calculate(a, Y2027, FacilityManagementScenario.measurements());
        // 2026 attainments: cleaning 0.75, maintenance 0.5 (weight 2), vehicles 0.9: (0.75 + 1 + 0.9) / 4 = 0.6625
        assertDecimal("0.6625", OutcomeTracker.standard().progress(sla, y2026).progress().orElseThrow());
        // 2027: cleaning 1.05, maintenance 1.1 (weight 2), vehicles 1.05: (1.05 + 2.2 + 1.05) / 4 = 1.075
        assertDecimal("1.075", OutcomeTracker.standard().progress(sla, y2027).progress().orElseThrow());
    }

    @Test
    void aYearOfDecisionsAndActions() {
        var end2026 = FacilityRelationship.actions().reportOn(Y2026.end());
        // 8 actions agreed in 2026, A-04 (late), A-02 (late), A-05 done; overdue; A-08 open
        assertEquals(new ActionCounts(3, 2, 5, 2, 0), end2026.total());
        assertEquals(new ActionCounts(2, 1, 3, 1, 0), end2026.forParty("facilico"));
        assertEquals(new ActionCounts(1, 1, 2, 1, 0), end2026.forParty("rta"));
        assertEquals(List.of("A-06", "A-07"), end2026.overdue().stream().map(RegisteredAction::id).toList());
        var end2027 = FacilityRelationship.actions().reportOn(Y2027.end());
        // A-09 added and done on time; A-06 (due 2026-11-30, done 2027-02-15) and A-07 were done late
        assertEquals(new ActionCounts(0, 0, 9, 4, 0), end2027.total());
        assertEquals(new ActionCounts(0, 0, 2, 2, 0), end2027.forLevel(GovernanceLevel.STRATEGIC));
        assertEquals(4, FacilityRelationship.actions().decisions().size());
    }

    @Test
    void theRiskRegisterIsReviewedAndMitigated() {
        var r2026 = FacilityRelationship.risks(Y2026).review(FacilityRelationship.actions(), Y2026.end());
        // R-04 4 x 4 = 16 (mitigated by A-03), R-03 3 x 5 = 15 (mitigated by A-08), R-01 3 x 4 = 12, R-02 4 x 3 = 12
        assertEquals(List.of("R-04", "R-03", "R-01", "R-02"), r2026.open().stream().map(a -> a.risk().id()).toList());
        assertEquals(List.of("R-01"), r2026.unreviewed().stream().map(a -> a.risk().id()).toList());
        assertEquals(List.of(), r2026.unmitigatedHigh());
        var r2027 = FacilityRelationship.risks(Y2027).review(FacilityRelationship.actions(), Y2027.end());
        assertEquals(List.of(), r2027.unreviewed());
        assertEquals(3, r2027.open().size());
    }

    @Test
    void theBacklogsRealisedSavingsFeedTheGainShare() throws Exception {
        var backlog = FacilityRelationship.backlog().report(Y2027.end(), FacilityManagementScenario.agreement().parties());
        // delivered: night setback 50,000 / 60,000, LED 200,000 / 240,000, QR rounds 80,000 / 70,000
        assertEquals(sek("330000.00"), backlog.expectedDelivered());
        assertEquals(sek("370000.00"), backlog.realised());
        // the supplier proposed 4 of 5 initiatives
        assertDecimal("0.8", backlog.supplierShare().orElseThrow());
        assertEquals(1, backlog.count(InitiativeStatus.PROPOSED, GovernanceLevel.STRATEGIC));
        assertEquals(List.of(), backlog.stalled());
        // night setback realised 60,000 in 2026-Q4, LED 240,000 in 2027-Q4: shared 50 / 50 like the metered savings
        IncentiveStatement fed2026 = FacilityRelationship.statement(Y2026);
        assertEquals(sek("30000.00"), fed2026.periods().get(3).outcome("energy-savings").orElseThrow().amount());
        IncentiveStatement fed2027 = FacilityRelationship.statement(Y2027);
        assertEquals(sek("120000.00"), fed2027.periods().get(3).outcome("energy-savings").orElseThrow().amount());
        // the same totals as the statement from the metered energy costs
        assertEquals(FacilityManagementScenario.statement(Y2026).totalNet(), fed2026.totalNet());
        assertEquals(FacilityManagementScenario.statement(Y2027).totalNet(), fed2027.totalNet());
    }

    @Test
    void relationshipManagementScoresPerYear() {
        var s2026 = FacilityRelationship.stateAtEndOf(Y2026);
        // actions: 3 open, 2 overdue -> 1/3; risks: 4 open, R-01 unreviewed -> 3/4; proposals: qr-rounds stalled -> 0/1
        // 100 x (1/3 + 3/4 + 0) / 3 = 100 x 13/36 = 36.111111
        assertDecimal("36.111111", HealthInputs.managementScore(s2026.actions(), s2026.risks(), s2026.backlog()));
        var s2027 = FacilityRelationship.stateAtEndOf(Y2027);
        assertDecimal("100", HealthInputs.managementScore(s2027.actions(), s2027.risks(), s2027.backlog()));
    }

    @Test
    void theReportCarriesOutcomesActionsRisksAndTheBacklog() throws Exception {
        var tables = new FacilityManagementScenario().run().tables();
        assertEquals(List.of("Desired outcomes", "Actions agreed in the forums, on 2027-12-31", "Top risks on 2027-12-31",
                "Improvement backlog on 2027-12-31"), tables.stream().map(t -> t.title()).toList());
        assertTrue(tables.get(0).rows().get(1).containsAll(List.of("0.66", "1.08")), tables.get(0).rows().toString());
    }
}
