package dev.partnering.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.Scope;
import dev.partnering.evaluation.ScopeScorecardCalculator;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.ScopeScorecards;

/** The scope example of docs/multi-supplier.md, compiled and run. */
class ScopeGuideTest {

    @Test
    void scopesRollUpToTheAgreement() {
        Agreement existing = Fixtures.agreement(); // availability (weight 2), incident response, ticket SLA
        Measurement availability = Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.5");
        Measurement response = Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, "2026-03", "6");
        Measurement sla = Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, "2026-03", "95", "100");
        // tag::scopes[]
        Agreement agreement = existing.withScopes(List.of(
                Scope.of("depot-north", "North depot", new BigDecimal("3")),   // volume 3
                Scope.of("station-7", "Station 7", BigDecimal.ONE)));          // volume 1
        List<Measurement> march = List.of(
                availability.withScope("depot-north"), response.withScope("depot-north"), sla.withScope("depot-north"),
                availability.withScope("station-7"));                          // station 7 reports availability only
        ScopeScorecards s = ScopeScorecardCalculator.standard()
                .calculate(agreement, ReportingPeriod.parse("2026-03"), march);
        // depot-north: availability 99.5 → 1 (weight 2), response 6 h on 8/4 → 0.5, SLA 0.95 → 1: (2 + 0.5 + 1) / 4 = 0.875
        // station-7: availability → 1, the other two missing → 0 (policy ZERO): 2 / 4 = 0.5
        // roll-up, weighted by volume: (3 × 0.875 + 1 × 0.5) / 4 = 3.125 / 4 = 0.78125
        System.out.println(s.rolledUpScore().orElseThrow()); // 0.78125
        String why = s.explanation().toText(); // each scope's scorecard, then the roll-up arithmetic
        // end::scopes[]
        assertEquals(0, new BigDecimal("0.875").compareTo(s.scope("depot-north").orElseThrow().score().orElseThrow()));
        assertEquals(0, new BigDecimal("0.5").compareTo(s.scope("station-7").orElseThrow().score().orElseThrow()));
        assertEquals(0, new BigDecimal("0.78125").compareTo(s.rolledUpScore().orElseThrow()));
        assertTrue(s.explanation().toText().contains("scope 'station-7' (Station 7), weight 1: score 0.5"), s.explanation().toText());
        assertEquals(ScopeScorecards.RollUp.VOLUME_WEIGHTED, s.rule());
    }
}
