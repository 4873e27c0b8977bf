package dev.partnering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.examples.ItPartnering;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;

/** The snippets of docs/kpis-and-scorecards.md, run on the IT-partnering agreement of the examples. */
class ScorecardSnippets {

    @Test
    void theFirstQuarterScorecard() {
        Agreement agreement = ItPartnering.agreement();
        // tag::measurements[]
        Instant recorded = Instant.parse("2026-04-02T08:00:00Z");
        List<Measurement> measurements = List.of(
                Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-01"))
                        .value(new BigDecimal("99.7")).source("monitoring").recordedAt(recorded).build(),
                Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-02"))
                        .value(new BigDecimal("99.8")).source("monitoring").recordedAt(recorded).build(),
                Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-03"))
                        .value(new BigDecimal("99.9")).source("monitoring").recordedAt(recorded).build(),
                // a ratio KPI: tickets resolved within the SLA of all tickets resolved
                Measurement.builder().kpiId("ticket-sla").period(ReportingPeriod.parse("2026-01"))
                        .ratio(new BigDecimal("180"), new BigDecimal("200")).recordedAt(recorded).build(),
                Measurement.builder().kpiId("ticket-sla").period(ReportingPeriod.parse("2026-02"))
                        .ratio(new BigDecimal("190"), new BigDecimal("200")).recordedAt(recorded).build());
        // end::measurements[]
        // tag::scorecard[]
        Scorecard q1 = ScorecardCalculator.standard()
                .calculate(agreement, ReportingPeriod.parse("2026-Q1"), measurements);
        q1.score();                                  // Optional[0.7625]
        q1.line("ticket-sla").get().status();        // BELOW_TARGET
        System.out.print(q1.explanation().toText());
        // end::scorecard[]
        // availability: mean 99.8, between target 99.5 and stretch 99.9: 1 + 0.3 / 0.4 × 0.2 = 1.15 (weight 2);
        // incident-response: no measurement, missing data counts as zero: 0 (weight 1);
        // ticket-sla: 370 / 400 = 0.925, (0.925 − 0.85) / (0.95 − 0.85) = 0.75 (weight 1);
        // score (2 × 1.15 + 0 + 0.75) / 4 = 3.05 / 4 = 0.7625
        assertEquals(new BigDecimal("0.7625"), q1.score().orElseThrow());
        assertEquals(KpiStatus.BELOW_TARGET, q1.line("ticket-sla").get().status());
        assertEquals(KpiStatus.MISSING, q1.line("incident-response").get().status());
    }
    @Test
    void aSeriesFromATable() {
        Agreement agreement = ItPartnering.agreement();
        List<ReportingPeriod> months = List.of(ReportingPeriod.parse("2026-01"), ReportingPeriod.parse("2026-02"));
        // tag::table[]
        Instant recorded = Instant.parse("2026-03-01T06:00:00Z");
        MeasurementTable table = MeasurementTable.builder()
                .add("availability", ReportingPeriod.parse("2026-01"), recorded, new BigDecimal("99.7"))
                .add("availability", ReportingPeriod.parse("2026-02"), recorded, new BigDecimal("99.8"))
                .addRatio("ticket-sla", ReportingPeriod.parse("2026-01"), recorded, new BigDecimal("180"),
                        new BigDecimal("200"))
                .build();                            // or MeasurementTable.of(measurements)
        table.get(2).numerator();                    // Optional[180]: every measurement comes back
        List<Scorecard> scorecards = ScorecardCalculator.standard().calculate(agreement, months, table);
        scorecards.get(0).score();                   // Optional[0.675]
        // end::table[]
        // January: availability 99.7 between target 99.5 and stretch 99.9: 1 + 0.2 / 0.4 × 0.2 = 1.1 (weight 2);
        // incident-response: no measurement, counted as zero (weight 1);
        // ticket-sla 180 / 200 = 0.9: (0.9 − 0.85) / (0.95 − 0.85) = 0.5 (weight 1);
        // score (2 × 1.1 + 0 + 0.5) / 4 = 2.7 / 4 = 0.675
        assertEquals(new BigDecimal("0.675"), scorecards.get(0).score().orElseThrow());
        assertEquals(java.util.Optional.of(new BigDecimal("180")), table.get(2).numerator());
        // the same scorecards as from the measurements themselves
        assertEquals(ScorecardCalculator.standard().calculate(agreement, months, table.asList()), scorecards);
    }
}
