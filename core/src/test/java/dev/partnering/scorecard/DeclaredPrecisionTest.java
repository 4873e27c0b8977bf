package dev.partnering.scorecard;

import dev.partnering.evaluation.ScorecardCalculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.Precision;
import dev.partnering.period.ReportingPeriod;

/** An agreement's declared precision: each figure rounded once to its own decimals, the next computed from it. */
class DeclaredPrecisionTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    private static Agreement agreement(Precision precision) {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule()).precision(precision).build();
    }

    private static List<Measurement> january() {
        // availability 99.2 and 99.3 → mean 99.25; incident response 5, 6, 6 → mean 17 / 3; tickets 91 / 97
        return List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-01", "99.2"),
                Fixtures.measurement(Fixtures.AVAILABILITY, "2026-01", "99.3"),
                Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, "2026-01", "5"),
                Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, "2026-01", "6"),
                Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, "2026-01", "6"),
                Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, "2026-01", "91", "97"));
    }

    @Test
    void theStandardPrecisionIsSixDecimals() {
        Agreement a = agreement(Precision.standard());
        assertEquals(Precision.standard(), Fixtures.agreement().precision());
        Scorecard card = ScorecardCalculator.standard().calculate(a, JAN, january());
        // incident response 17 / 3 = 5.666… → 5.666667; attainment (8 − 5.666667) / (8 − 4) = 2.333333 / 4 = 0.58333325
        // → 0.583333 (from the rounded value)
        assertEquals(new BigDecimal("5.666667"), card.line(Fixtures.INCIDENT_RESPONSE).orElseThrow().value().orElseThrow());
        assertEquals(new BigDecimal("0.583333"), card.line(Fixtures.INCIDENT_RESPONSE).orElseThrow().attainment().orElseThrow());
        // tickets 91 / 97 = 0.938144329… → 0.938144; attainment (0.938144 − 0.90) / 0.05 = 0.76288
        assertEquals(new BigDecimal("0.938144"), card.line(Fixtures.TICKET_SLA).orElseThrow().value().orElseThrow());
        assertEquals(0, new BigDecimal("0.76288").compareTo(card.line(Fixtures.TICKET_SLA).orElseThrow().attainment().orElseThrow()));
        // availability 99.25: (99.25 − 99) / 0.5 = 0.5; score (2 × 0.5 + 0.583333 + 0.76288) / 4 = 2.346213 / 4
        // = 0.58655325 → 0.586553
        assertEquals(new BigDecimal("0.586553"), card.score().orElseThrow());
    }

    @Test
    void anAgreementMayDeclareItsOwnDecimalsForEachFigure() {
        Agreement a = agreement(Precision.of(2, 3, 2));
        Scorecard card = ScorecardCalculator.standard().calculate(a, JAN, january());
        // incident response 17 / 3 → 5.67 (2 decimals); attainment (8 − 5.67) / 4 = 2.33 / 4 = 0.5825 → 0.582 (3 decimals,
        // HALF_EVEN: 2 is even)
        assertEquals(new BigDecimal("5.67"), card.line(Fixtures.INCIDENT_RESPONSE).orElseThrow().value().orElseThrow());
        assertEquals(new BigDecimal("0.582"), card.line(Fixtures.INCIDENT_RESPONSE).orElseThrow().attainment().orElseThrow());
        // tickets 91 / 97 → 0.94; attainment (0.94 − 0.90) / 0.05 = 0.8
        assertEquals(new BigDecimal("0.94"), card.line(Fixtures.TICKET_SLA).orElseThrow().value().orElseThrow());
        assertEquals(0, new BigDecimal("0.8").compareTo(card.line(Fixtures.TICKET_SLA).orElseThrow().attainment().orElseThrow()));
        // score (2 × 0.5 + 0.582 + 0.8) / 4 = 2.382 / 4 = 0.5955 → 0.60 (2 decimals; 0.5955 is above the half)
        assertEquals(0, new BigDecimal("0.60").compareTo(card.score().orElseThrow()));
        assertTrue(card.explanation().toText().contains("= 0.6"), card.explanation().toText());
    }

    @Test
    void withPrecisionCopiesTheAgreement() {
        Agreement a = Fixtures.agreement();
        Agreement two = a.withPrecision(Precision.decimals(2));
        assertEquals(Precision.decimals(2), two.precision());
        assertEquals(Precision.standard(), a.precision());
        assertEquals(a.kpis(), two.kpis());
    }
}
