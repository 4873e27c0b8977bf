package dev.partnering.evaluation;

import static dev.partnering.scorecard.ScorecardFixtures.firstQuarter;
import static dev.partnering.scorecard.ScorecardFixtures.ratio;
import static dev.partnering.scorecard.ScorecardFixtures.standard;
import static dev.partnering.scorecard.ScorecardFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;

/** Scorecards from a {@link MeasurementTable}: the ones the measurements give, figure for figure. */
class MeasurementTableScorecardTest {

    private static final List<ReportingPeriod> Q1 = List.of(ReportingPeriod.parse("2026-01"),
            ReportingPeriod.parse("2026-02"), ReportingPeriod.parse("2026-03"));

    @Test
    void theFirstQuarterFromATable() {
        Agreement agreement = standard(MissingDataPolicy.EXCLUDE);
        MeasurementTable table = MeasurementTable.of(firstQuarter());
        List<Scorecard> scorecards = ScorecardCalculator.standard().calculate(agreement, Q1, table);
        // January: availability 99.7, between target 99.5 and stretch 99.9: 1 + 0.2 / 0.4 × 0.2 = 1.1 (weight 2);
        // incident-response 5 h, lower is better, between minimum 8 and target 4: (8 − 5) / (8 − 4) = 0.75 (weight 1);
        // ticket-sla 180 / 200 = 0.9, (0.9 − 0.85) / (0.95 − 0.85) = 0.5 (weight 1);
        // score (2 × 1.1 + 0.75 + 0.5) / 4 = 3.45 / 4 = 0.8625
        assertEquals(new BigDecimal("0.8625"), scorecards.get(0).score().orElseThrow());
        // March: ticket-sla 0/0 has no value and EXCLUDE leaves it out:
        // availability 99.9 is the stretch: 1.2; incident-response 6 h: (8 − 6) / 4 = 0.5;
        // score (2 × 1.2 + 0.5) / 3 = 2.9 / 3 = 0.966666(6…) = 0.966667 at 6 decimals, HALF_EVEN
        assertEquals(new BigDecimal("0.966667"), scorecards.get(2).score().orElseThrow());
        assertEquals(KpiStatus.MISSING, scorecards.get(2).line("ticket-sla").orElseThrow().status());
        // figure for figure, explanation for explanation, what the list gives
        assertEquals(ScorecardCalculator.standard().calculate(agreement, Q1, firstQuarter()), scorecards);
    }

    /**
     * Periods of the year 1 have no period before them: the refusal names the first of them in the order given
     * (0001-Q1, though 0001-01 sorts before it), from a table as from a list, as the measurement check always did.
     */
    @Test
    void aPeriodWithoutOneBeforeItIsNamedInTheOrderGiven() {
        Agreement agreement = standard(MissingDataPolicy.EXCLUDE);
        List<ReportingPeriod> periods = List.of(ReportingPeriod.parse("0001-Q1"), ReportingPeriod.parse("0001-01"));
        dev.partnering.ValidationException fromTable = org.junit.jupiter.api.Assertions.assertThrows(
                dev.partnering.ValidationException.class,
                () -> ScorecardCalculator.standard().calculate(agreement, periods, MeasurementTable.of(firstQuarter())));
        dev.partnering.ValidationException fromList = org.junit.jupiter.api.Assertions.assertThrows(
                dev.partnering.ValidationException.class,
                () -> ScorecardCalculator.standard().calculate(agreement, periods, firstQuarter()));
        assertEquals("0001-Q1", fromTable.violations().get(0).value());
        assertEquals(fromList.violations(), fromTable.violations());
    }

    @Test
    void everyPolicyAndAQuarterGiveWhatTheListGives() {
        List<Measurement> ms = new ArrayList<>(firstQuarter());
        // a measurement in the general form (with a source), two in one month, one of the month before
        ms.add(Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-02"))
                .value(new BigDecimal("99.6")).source("monitoring").recordedAt(Instant.parse("2027-01-02T00:00:00Z"))
                .build());
        ms.add(ratio("ticket-sla", "2025-12", 170, 200));
        ms.add(value("incident-response", "2026-02", "3.25"));
        List<ReportingPeriod> periods = List.of(ReportingPeriod.parse("2026-Q1"), ReportingPeriod.parse("2026-03"),
                ReportingPeriod.parse("2026-01"), ReportingPeriod.parse("2026-04"));
        MeasurementTable table = MeasurementTable.of(ms);
        for (MissingDataPolicy policy : MissingDataPolicy.values()) {
            Agreement agreement = standard(policy);
            assertEquals(ScorecardCalculator.standard().calculate(agreement, periods, ms),
                    ScorecardCalculator.standard().calculate(agreement, periods, table), policy.toString());
        }
    }

    @Test
    void aMeasurementThatDoesNotFitIsRefusedAtItsRowAsInTheList() {
        List<Measurement> ms = new ArrayList<>(firstQuarter());
        ms.add(value("ticket-sla", "2026-02", "0.9"));        // a value for a ratio KPI
        ms.add(value("unknown", "2026-03", "1"));             // a KPI the agreement does not define
        ms.add(value("availability", "2026-03", "140"));      // within the range: availability declares none
        ms.add(value("unknown", "2027-03", "1"));             // outside every period: not checked
        Agreement agreement = standard(MissingDataPolicy.ZERO);
        ValidationException fromList = assertThrows(ValidationException.class,
                () -> ScorecardCalculator.standard().calculate(agreement, Q1, ms));
        ValidationException fromTable = assertThrows(ValidationException.class,
                () -> ScorecardCalculator.standard().calculate(agreement, Q1, MeasurementTable.of(ms)));
        assertEquals(fromList.getMessage(), fromTable.getMessage());
        assertEquals(fromList.violations(), fromTable.violations());
        assertEquals(2, fromTable.violations().size(), fromTable.getMessage());
        assertEquals("measurements[9]", fromTable.violations().get(0).path().substring(0, 15));
        assertEquals("measurements[10].kpiId", fromTable.violations().get(1).path());
    }
}
