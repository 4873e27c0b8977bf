package dev.partnering.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.RelationshipFixtures;
import dev.partnering.action.ActionReport;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.risk.RiskReview;

class RelationshipManagementHealthTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 30);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static HealthInputs inputs() {
        ActionReport actions = RelationshipFixtures.actions().reportOn(DAY);
        RiskReview risks = RelationshipFixtures.risks().review(RelationshipFixtures.actions(), DAY);
        BacklogReport backlog = RelationshipFixtures.backlog().report(DAY, Fixtures.parties());
        return HealthInputs.builder().period(ReportingPeriod.parse("2026-04")).performance(d("90")).trustIndex(d("80"))
                .governanceScore(d("85")).management(actions, risks, backlog).build();
    }

    @Test
    void overdueActionsUnreviewedRisksAndAStalledPipelineLowerTheManagementScore() {
        HealthInputs in = inputs();
        // actions on 04-30: a2 and a3 open, a2 overdue (due 03-01): 1 of 2 on time = 1/2
        // risks: key-staff fine; ransomware unreviewed (03-31) and high without mitigation: 1 of 2 = 1/2
        // proposals undecided: desk (since 01-05, > 90 days: stalled) and cloud (since 03-01): 1 of 2 = 1/2
        // management = 100 x (1/2 + 1/2 + 1/2) / 3 = 50
        assertEquals(0, d("50").compareTo(in.managementScore().orElseThrow()));
        assertEquals(List.of("1 action overdue, owned by region-nord", "risk 'ransomware' unreviewed since 2026-03-31",
                "high risk 'ransomware' (15) without mitigation",
                "1 improvement proposal waiting for a decision longer than allowed"),
                in.concerns().stream().map(HealthReason::text).toList());
    }

    @Test
    void managementWeighsNothingByDefaultButItsConcernsAreReasons() {
        HealthReport r = HealthCalculator.standard().assess(inputs());
        // (90 + 80 + 85) / 3 = 85: management weighs 0 by default
        assertEquals(0, d("85").compareTo(r.score().orElseThrow()));
        assertEquals(Optional.of(HealthStatus.GREEN), r.status());
        assertEquals(4, r.reasons().stream().filter(x -> x.pillar().equals(Optional.of(Pillar.MANAGEMENT))).count());
    }

    @Test
    void aWeightedManagementPillarCountsAndCapsTheStatus() {
        HealthPolicy policy = HealthPolicy.builder().managementWeight(BigDecimal.ONE).pillarFloor(d("60")).build();
        HealthReport r = HealthCalculator.of(policy).assess(inputs());
        // (90 + 80 + 85 + 50) / 4 = 305 / 4 = 76.25: GREEN by score, capped at AMBER by management 50 < floor 60
        assertEquals(0, d("76.25").compareTo(r.score().orElseThrow()));
        assertEquals(Optional.of(HealthStatus.AMBER), r.status());
        assertEquals(Optional.of(HealthStatus.AMBER), r.status(Pillar.MANAGEMENT));
        assertTrue(r.reasons().get(0).text().contains("relationship management 50 below the pillar floor 60"),
                r.reasons().toString());
    }

    @Test
    void theReasonsAreTheExplanationsWarningsWithTheirPillars() {
        HealthReport r = HealthCalculator.standard().assess(inputs());
        List<String> warnings = r.explanation().steps().stream()
                .filter(s -> s.kind() == dev.partnering.explanation.StepKind.WARNING).map(s -> s.text()).toList();
        assertEquals(warnings, r.reasons().stream().map(HealthReason::text).toList());
    }
}
