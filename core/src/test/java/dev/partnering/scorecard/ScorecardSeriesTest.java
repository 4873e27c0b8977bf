package dev.partnering.scorecard;

import dev.partnering.evaluation.ScorecardCalculator;

import static dev.partnering.scorecard.ScorecardFixtures.firstQuarter;
import static dev.partnering.scorecard.ScorecardFixtures.standard;
import static dev.partnering.scorecard.ScorecardFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;

/** The series path computes each period once; it must give exactly what one period at a time gives. */
class ScorecardSeriesTest {

    private final ScorecardCalculator calculator = ScorecardCalculator.standard();

    @Test
    void aSeriesEqualsThePeriodsOneByOneInAnyOrderWithRepeats() {
        for (MissingDataPolicy policy : MissingDataPolicy.values()) {
            Agreement agreement = standard(policy);
            List<Measurement> measurements = new ArrayList<>(firstQuarter());
            measurements.add(value("availability", "2026-05", "98.2"));
            List<ReportingPeriod> periods = List.of(ReportingPeriod.parse("2026-03"), ReportingPeriod.parse("2026-01"),
                    ReportingPeriod.parse("2026-Q1"), ReportingPeriod.parse("2026-05"), ReportingPeriod.parse("2026-03"),
                    ReportingPeriod.parse("2026-02"), ReportingPeriod.parse("2026-04"));
            List<Scorecard> series = calculator.calculate(agreement, periods, measurements);
            assertEquals(periods.size(), series.size());
            for (int i = 0; i < periods.size(); i++) {
                Scorecard single = calculator.calculate(agreement, periods.get(i), measurements);
                assertEquals(single, series.get(i), policy + " " + periods.get(i));
                assertEquals(single.explanation().toText(), series.get(i).explanation().toText());
            }
        }
    }

    @Test
    void aSeriesChecksTheMeasurementsOfEveryPeriodAndThePeriodBeforeItOnly() {
        Agreement agreement = standard(MissingDataPolicy.ZERO);
        List<Measurement> measurements = new ArrayList<>(firstQuarter());
        // 2026-07 lies between the windows of 2026-02 (2026-01..02) and 2026-10 (2026-09..10): not checked
        measurements.add(value("unknown-kpi", "2026-07", "1"));
        calculator.calculate(agreement, List.of(ReportingPeriod.parse("2026-02"), ReportingPeriod.parse("2026-10")),
                measurements);
        // 2026-07 is the period before 2026-08: checked, and the message names the measurement
        ValidationException e = assertThrows(ValidationException.class, () -> calculator.calculate(agreement,
                List.of(ReportingPeriod.parse("2026-02"), ReportingPeriod.parse("2026-08")), measurements));
        assertEquals("measurements[9].kpiId", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("unknown-kpi"), e.getMessage());
    }
}
