package dev.partnering.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.evaluation.GovernanceCalculator;
import dev.partnering.governance.GovernanceFixtures;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.Balance;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurveys;

class HealthCalculatorTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);
    private static final HealthCalculator CALCULATOR = HealthCalculator.standard();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static HealthInputs.Builder q1() {
        return HealthInputs.builder().period(Q1);
    }

    @Test
    void combinesTheThreePillarsWithTheReasonsFromTheReports() {
        TrustReport trust = TrustCalculator.standard().assess(TrustSurveys.march());
        GovernanceReport governance = GovernanceCalculator.standard().assess(GovernanceFixtures.agreement(), Q1,
                GovernanceFixtures.meetings(), GovernanceFixtures.escalations());
        HealthReport r = CALCULATOR.assess(q1().scorecardScore(d("0.95")).trust(trust).governance(governance).build());
        // performance 0.95 x 100 = 95; trust index 75.892857 (6 decimals, see TrustCalculatorTest);
        // governance score 48.253967 (6 decimals, see GovernanceCalculatorTest)
        // score (95 + 75.892857 + 48.253967) / 3 = 219.146824 / 3 = 73.0489413… → 73.048941 (rounded once)
        assertEquals(0, d("73.048941").compareTo(r.score().orElseThrow()));
        // 50 <= 73.05 < 75 is AMBER; governance 48.25 < 50 and trust out of balance cap at AMBER too
        assertEquals(Optional.of(HealthStatus.AMBER), r.status());
        assertEquals(Optional.of(HealthStatus.GREEN), r.status(Pillar.PERFORMANCE));
        assertEquals(Optional.of(HealthStatus.GREEN), r.status(Pillar.TRUST));
        assertEquals(Optional.of(HealthStatus.RED), r.status(Pillar.GOVERNANCE));
        assertEquals(List.of(
                "at most AMBER: governance score 48.25 below the pillar floor 50",
                "at most AMBER: the sides' views of trust are out of balance",
                "governance score 48.25 below 75",
                "trust perception gap on transparency 21.88 > 15",
                "level B forum not held since 2026-01",
                "2 escalations overdue at level C"), r.reasons().stream().map(HealthReason::text).toList());
        assertEquals(Optional.of(Pillar.GOVERNANCE), r.reasons().get(5).pillar());
        assertTrue(r.explanation().toText().contains("score = (1 x 95 + 1 x 75.89 + 1 x 48.25) / (1 + 1 + 1) = 73.05"),
                r.explanation().toText());
    }

    @Test
    void green() {
        // scorecard 1.1 -> 110, capped at 100; (100 + 80 + 90) / 3 = 90
        HealthReport r = CALCULATOR.assess(q1().scorecardScore(d("1.1")).trustIndex(d("80"))
                .trustBalance(Balance.IN_BALANCE).governanceScore(d("90")).build());
        assertEquals(0, d("90").compareTo(r.score().orElseThrow()));
        assertEquals(Optional.of(HealthStatus.GREEN), r.status());
        assertEquals(List.of(), r.reasons());
    }

    @Test
    void red() {
        // (30 + 40 + 20) / 3 = 30 < 50
        HealthReport r = CALCULATOR.assess(q1().performance(d("30")).trustIndex(d("40")).governanceScore(d("20")).build());
        assertEquals(Optional.of(HealthStatus.RED), r.status());
    }

    @Test
    void aWeakPillarKeepsAGoodScoreFromGreen() {
        // (100 + 100 + 40) / 3 = 80 >= 75, but governance 40 < floor 50
        HealthReport r = CALCULATOR.assess(q1().performance(d("100")).trustIndex(d("100")).governanceScore(d("40")).build());
        assertEquals(0, d("80").compareTo(r.score().orElseThrow()));
        assertEquals(Optional.of(HealthStatus.AMBER), r.status());
        assertEquals("at most AMBER: governance score 40 below the pillar floor 50", r.reasons().get(0).text());
        assertTrue(r.explanation().toText().contains("status AMBER (the score alone gives GREEN)"));
    }

    @Test
    void weightsAndAMissingPillar() {
        HealthPolicy policy = HealthPolicy.builder().performanceWeight(d("2")).governanceWeight(BigDecimal.ZERO).build();
        // governance weighs 0 and is ignored, also for the floor; trust missing:
        // (2 x 60) / 2 = 60 -> AMBER
        HealthReport r = HealthCalculator.of(policy).assess(q1().performance(d("60")).governanceScore(d("10")).build());
        assertEquals(0, d("60").compareTo(r.score().orElseThrow()));
        assertEquals(Optional.of(HealthStatus.AMBER), r.status());
        assertEquals(Optional.empty(), r.status(Pillar.GOVERNANCE));
        assertEquals(List.of("performance 60 below 75", "trust index not available"),
                r.reasons().stream().map(HealthReason::text).toList());
        // the colours of the pillars at once: performance only (trust has no score, governance weighs 0)
        assertEquals(List.of(Pillar.PERFORMANCE), List.copyOf(r.pillars().keySet()));
        assertEquals(r.status(Pillar.PERFORMANCE).orElseThrow(), r.pillars().get(Pillar.PERFORMANCE));
    }

    @Test
    void thePillarsColoursAreThoseOfStatusInThePillarsOrder() {
        HealthReport r = CALCULATOR.assess(q1().performance(d("30")).trustIndex(d("80")).governanceScore(d("60")).build());
        assertEquals(List.of(Pillar.PERFORMANCE, Pillar.TRUST, Pillar.GOVERNANCE), List.copyOf(r.pillars().keySet()));
        for (Pillar p : Pillar.values()) {
            assertEquals(r.status(p), Optional.ofNullable(r.pillars().get(p)), p.name());
        }
        assertThrows(UnsupportedOperationException.class, () -> r.pillars().clear());
    }

    @Test
    void aReasonWithoutItsTextIsAViolationNamingIt() {
        ValidationException e = assertThrows(ValidationException.class, () -> new HealthReason(Optional.empty(), null));
        assertEquals(List.of(Violation.of("text", null, "text is required: null is not allowed")), e.violations());
    }

    @Test
    void withoutAnyPillarThereIsNoStatus() {
        HealthReport r = CALCULATOR.assess(q1().build());
        assertEquals(Optional.empty(), r.score());
        assertEquals(Optional.empty(), r.status());
        assertEquals(3, r.reasons().size());
        assertTrue(r.explanation().toText().contains("no pillar has a score: health not available"));
    }

    @Test
    void thresholdsAreConfigurable() {
        HealthPolicy strict = HealthPolicy.builder().greenFrom(d("95")).amberFrom(d("85")).pillarFloor(d("0")).build();
        // (100 + 90 + 80) / 3 = 90: AMBER under 85..95
        HealthReport r = HealthCalculator.of(strict).assess(q1().performance(d("100")).trustIndex(d("90"))
                .governanceScore(d("80")).build());
        assertEquals(Optional.of(HealthStatus.AMBER), r.status());
    }

    @Test
    void aPolicyRejectsImpossibleSettings() {
        ValidationException e = assertThrows(ValidationException.class, () -> HealthPolicy.builder()
                .performanceWeight(d("-1")).trustWeight(BigDecimal.ZERO).governanceWeight(BigDecimal.ZERO)
                .greenFrom(d("60")).amberFrom(d("70")).pillarFloor(d("101")).build());
        assertEquals(List.of("the weight of performance -1 must not be negative",
                "at least one pillar must weigh more than 0",
                "pillarFloor 101 must be between 0 and 100",
                "amber threshold 70 must not be above the green threshold 60"),
                e.violations().stream().map(Violation::rule).toList());
    }

    @Test
    void inputsAreScoresFromZeroToHundred() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> q1().trustIndex(d("101")).governanceScore(d("-1")).build());
        assertEquals(List.of("trust index 101 must be between 0 and 100", "governance score -1 must be between 0 and 100"),
                e.violations().stream().map(Violation::rule).toList());
    }
}
