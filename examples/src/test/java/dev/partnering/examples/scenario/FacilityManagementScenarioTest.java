package dev.partnering.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.governance.GovernanceReport;
import dev.partnering.health.HealthReason;
import dev.partnering.health.HealthReport;
import dev.partnering.health.HealthStatus;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.trust.Balance;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustReport;

class FacilityManagementScenarioTest {

    private static final ReportingPeriod Y2026 = ReportingPeriod.year(2026);
    private static final ReportingPeriod Y2027 = ReportingPeriod.year(2027);

    private static String round2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    @Test
    void yearlyScorecards() throws Exception {
        List<Measurement> m = FacilityManagementScenario.measurements();
        assertEquals(96, m.size());
        // every KPI's quarters share one denominator, so the year's ratio is the mean of the quarters':
        // 2026 cleaning 0.90 → (0.90 − 0.75) / 0.20 = 0.75; maintenance 0.85 → 0.5; vehicles 0.93 → 0.9;
        //      restaurant 0.80 → (0.80 − 0.65) / 0.20 = 0.75; (0.75 + 2 × 0.5 + 0.9 + 0.75) / 5 = 3.4 / 5 = 0.68
        Scorecard y2026 = ScorecardCalculator.standard().calculate(FacilityManagementScenario.agreement(), Y2026, m);
        assertDecimal("0.9", y2026.line("cleaning-response").orElseThrow().value().orElseThrow());
        assertDecimal("0.68", y2026.score().orElseThrow());
        // 2027 cleaning 0.96 → 1 + (0.96 − 0.95) / 0.04 × 0.2 = 1.05; maintenance 0.97 → 1.1; vehicles 0.96 → 1.05;
        //      restaurant 0.87 → 1.1; (1.05 + 2 × 1.1 + 1.05 + 1.1) / 5 = 5.4 / 5 = 1.08
        Scorecard y2027 = ScorecardCalculator.standard().calculate(FacilityManagementScenario.agreement(), Y2027, m);
        assertDecimal("1.08", y2027.score().orElseThrow());
    }

    @Test
    void bonusMalusAndGainShare() throws Exception {
        // curve: −4 % up to a score of 0.8, rising to 0 % at 0.95, flat to 1.0, then +20 % per 1.0 of score up to +4 % at 1.2
        // 2026 quarterly scores 0.45, 0.6, 0.76 (each −4 % of 3,000,000 = −120,000) and 0.91:
        //      −4 + (0.91 − 0.8) / 0.15 × 4 = −1.0667 % → −32,000; energy savings 60,000 × 50 % = +30,000
        IncentiveStatement y2026 = FacilityManagementScenario.statement(Y2026);
        assertEquals(List.of(sek("-120000.00"), sek("-120000.00"), sek("-120000.00"), sek("-2000.00")),
                y2026.periods().stream().map(p -> p.net()).toList());
        assertEquals(sek("-32000.00"), y2026.periods().get(3).outcome("vested-bonus").orElseThrow().amount());
        assertEquals(sek("-362000.00"), y2026.totalNet());
        // 2027 scores 1.01, 1.08, 1.1, 1.13 → +0.2 %, +1.6 %, +2 %, +2.6 % of 3,000,000 = 6,000 + 48,000 + 60,000 + 78,000
        //      = 192,000; energy savings 240,000 × 50 % = 120,000; net 312,000 to the supplier
        IncentiveStatement y2027 = FacilityManagementScenario.statement(Y2027);
        assertEquals(List.of(sek("6000.00"), sek("48000.00"), sek("60000.00"), sek("198000.00")),
                y2027.periods().stream().map(p -> p.net()).toList());
        assertEquals(sek("312000.00"), y2027.totalByParty().get("facilico"));
        assertEquals(sek("-312000.00"), y2027.totalByParty().get("rta"));
    }

    @Test
    void trustConvergesFromOutOfBalanceToInBalance() throws Exception {
        List<TrustReport> trust = FacilityManagementScenario.trust();
        assertEquals(2, trust.size());
        TrustReport t2026 = trust.get(0);
        // 9 respondents per side (3 per level), answers 1–7 normalised to (a − 1) / 6 × 100; with equal counts the
        // index is (mean answer − 1) / 6 × 100: Σ answers 392 over 90 → (392 − 90) / 540 × 100 = 55.93
        assertEquals("55.93", round2(t2026.trustIndex().orElseThrow()));
        // customer side Σ 177 over 45 answers: (177 − 45) / 270 × 100 = 48.89; supplier Σ 215: 170 / 270 = 62.96
        assertEquals("48.89", round2(t2026.trustIndex(PartyKind.CUSTOMER).orElseThrow()));
        assertEquals("62.96", round2(t2026.trustIndex(PartyKind.SUPPLIER).orElseThrow()));
        // transparency: customer Σ 30, supplier Σ 44 → gap |30 − 44| / 54 × 100 = 25.93 > 15
        assertEquals("25.93", round2(t2026.dimension(TrustDimension.TRANSPARENCY).perceptionGap().orElseThrow()));
        assertEquals("22.22", round2(t2026.dimension(TrustDimension.RECIPROCITY).perceptionGap().orElseThrow()));
        assertEquals(Balance.OUT_OF_BALANCE, t2026.balance());
        assertTrue(t2026.suppressed().isEmpty(), "every group has three respondents or more");
        TrustReport t2027 = trust.get(1);
        // Σ 240 + 252 = 492: (492 − 90) / 540 × 100 = 74.44; the widest gap is loyalty |48 − 51| / 54 × 100 = 5.56
        assertEquals("74.44", round2(t2027.trustIndex().orElseThrow()));
        assertEquals(Balance.IN_BALANCE, t2027.balance());
        assertTrue(t2027.trend().isPresent());
    }

    @Test
    void governanceInOperation() throws Exception {
        // 2026: 28 meetings scheduled (4 board + 12 service reviews + 12 site meetings), 21 held (3 + 8 + 10): 0.75;
        //       6 escalations resolved, 3 where raised (E-01, E-03, E-06): 0.5; 3 within every level's deadline
        //       (E-01, E-03, E-05): 0.5; score (0.75 + 0.5 + 0.5) / 3 × 100 = 58.33
        GovernanceReport g2026 = FacilityManagementScenario.governance(Y2026);
        assertEquals(28, g2026.scheduledMeetings());
        assertEquals(21, g2026.heldMeetings());
        assertEquals(6, g2026.resolvedEscalations());
        assertEquals(3, g2026.resolvedWhereRaised());
        assertEquals(3, g2026.withinDeadline());
        assertEquals("58.33", round2(g2026.score().orElseThrow()));
        // 2027: 27 of 28 held; 4 escalations, all resolved at level C within 3 days: (27/28 + 1 + 1) / 3 × 100 = 98.81
        assertEquals("98.81", round2(FacilityManagementScenario.governance(Y2027).score().orElseThrow()));
    }

    @Test
    void healthTurnsFromAmberToGreen() throws Exception {
        List<HealthReport> health = FacilityManagementScenario.health();
        HealthReport h2026 = health.get(0);
        // (68 + 55.93 + 58.33) / 3 = 60.75: AMBER by the score alone, and capped at AMBER by the trust imbalance
        assertEquals(HealthStatus.AMBER, h2026.status().orElseThrow());
        assertEquals("60.75", round2(h2026.score().orElseThrow()));
        assertEquals(List.of("at most AMBER: the sides' views of trust are out of balance", "performance 68 below 75",
                "trust index 55.93 below 75", "governance score 58.33 below 75",
                "trust perception gap on reciprocity 22.22 > 15", "trust perception gap on transparency 25.93 > 15",
                // relationship management at the end of 2026 (weight 0 by default: reasons, not score)
                "1 action overdue, owned by facilico", "1 action overdue, owned by rta",
                "risk 'R-01' unreviewed since 2026-09-30",
                "1 improvement proposal waiting for a decision longer than allowed"),
                h2026.reasons().stream().map(HealthReason::text).toList());
        HealthReport h2027 = health.get(1);
        // performance min(1.08 × 100, 100) = 100; (100 + 74.44 + 98.81) / 3 = 91.08: GREEN, trust still just below 75
        assertEquals(HealthStatus.GREEN, h2027.status().orElseThrow());
        assertEquals("91.08", round2(h2027.score().orElseThrow()));
        assertEquals(List.of("trust index 74.44 below 75"), h2027.reasons().stream().map(HealthReason::text).toList());
    }
}
