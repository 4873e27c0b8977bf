package dev.partnering.scorecard;


import dev.partnering.explanation.StepKind;
import dev.partnering.explanation.Step;
import dev.partnering.evaluation.ScorecardCalculator;

import static dev.partnering.scorecard.ScorecardFixtures.START;
import static dev.partnering.scorecard.ScorecardFixtures.agreement;
import static dev.partnering.scorecard.ScorecardFixtures.availability;
import static dev.partnering.scorecard.ScorecardFixtures.firstQuarter;
import static dev.partnering.scorecard.ScorecardFixtures.ratio;
import static dev.partnering.scorecard.ScorecardFixtures.standard;
import static dev.partnering.scorecard.ScorecardFixtures.ticketSla;
import static dev.partnering.scorecard.ScorecardFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;

/** Scorecard details: the last known value, KPIs not yet in force, binary KPIs, warnings and the explanation's words. */
class ScorecardDetailTest {

    private final ScorecardCalculator calculator = ScorecardCalculator.standard();

    private Scorecard score(Agreement a, String period, List<Measurement> ms) {
        return calculator.calculate(a, ReportingPeriod.parse(period), ms);
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    // ------------------------------------------------------------------ LAST_KNOWN

    @Test
    void lastKnownWalksBackOverEmptyPeriods() {
        Agreement a = agreement(MissingDataPolicy.LAST_KNOWN, List.of(ticketSla()));
        Scorecard apr = score(a, "2026-04", List.of(ratio("ticket-sla", "2026-01", 180, 200)));
        // nothing in February, March or April: January's 180 / 200 = 0.9 → (0.9 − 0.85) / 0.1 = 0.5
        ScorecardLine line = apr.line("ticket-sla").orElseThrow();
        assertEquals(Optional.of(ReportingPeriod.parse("2026-01")), line.valueFrom());
        assertDecimal("0.9", line.value().orElseThrow());
        assertDecimal("0.5", line.attainment().orElseThrow());
        assertEquals(List.of("no measurement in 2026-04", "missing-data policy LAST_KNOWN: value 0.9 of 2026-01 used"),
                rules(line));
    }

    @Test
    void lastKnownSkipsAnEarlierPeriodWithoutAUsableValue() {
        List<Measurement> ms = new ArrayList<>(firstQuarter());
        ms.add(value("availability", "2026-04", "99.5"));
        ms.add(value("incident-response", "2026-04", "4"));
        Scorecard apr = score(standard(MissingDataPolicy.LAST_KNOWN), "2026-04", ms);
        // March has tickets 0/0, no usable value; the latest earlier period with data is February: 190 / 200 = 0.95 → 1
        ScorecardLine line = apr.line("ticket-sla").orElseThrow();
        assertEquals(Optional.of(ReportingPeriod.parse("2026-02")), line.valueFrom());
        assertDecimal("1", line.attainment().orElseThrow());
        // (2 × 1 + 1 + 1) / 4 = 1
        assertDecimal("1", apr.score().orElseThrow());
    }

    @Test
    void lastKnownIgnoresExcludedLaterAndOtherMeasurements() {
        Agreement a = agreement(MissingDataPolicy.LAST_KNOWN, List.of(availability(), ticketSla()));
        Measurement audited = Measurement.builder().kpiId("ticket-sla").period(ReportingPeriod.parse("2026-02"))
                .ratio(BigDecimal.valueOf(200), BigDecimal.valueOf(200)).recordedAt(Instant.parse("2026-03-01T00:00:00Z"))
                .exclusionReason("audit found the export incomplete").build();
        List<Measurement> ms = List.of(ratio("ticket-sla", "2026-01", 180, 200), audited, ratio("ticket-sla", "2026-04", 200, 200),
                value("availability", "2026-02", "99.5"), value("availability", "2026-03", "99.5"));
        Scorecard mar = score(a, "2026-03", ms);
        // February's only ticket measurement is excluded and April's is later: January's 0.9 → 0.5
        ScorecardLine line = mar.line("ticket-sla").orElseThrow();
        assertEquals(Optional.of(ReportingPeriod.parse("2026-01")), line.valueFrom());
        assertDecimal("0.5", line.attainment().orElseThrow());
    }

    // ------------------------------------------------------------------ versions, binary KPIs, statuses

    @Test
    void aKpiNotYetInForceIsNotDetermined() {
        KpiDefinition later = KpiDefinition.builder().id("nps").name("NPS").unit("points").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("0"), new BigDecimal("30")).weight(new BigDecimal("3")).effectiveFrom(LocalDate.of(2026, 3, 1)).build();
        Agreement a = agreement(MissingDataPolicy.ZERO, List.of(availability(), later));
        Scorecard feb = score(a, "2026-02", List.of(value("availability", "2026-02", "99.5")));
        ScorecardLine line = feb.line("nps").orElseThrow();
        assertEquals(KpiStatus.NOT_DETERMINED, line.status());
        assertFalse(line.counted());
        assertDecimal("3", line.weight());
        assertEquals(Optional.empty(), line.version());
        assertEquals(List.of("no version of kpi 'nps' is in force on 2026-02-01 (the first is from 2026-03-01): not determined, "
                + "left out of the weighting"), rules(line));
        assertEquals(String.join("\n",
                "nps: NOT_DETERMINED, left out of the weighting [status=NOT_DETERMINED, counted=false]",
                "  rule: no version of kpi 'nps' is in force on 2026-02-01 (the first is from 2026-03-01): not determined, "
                        + "left out of the weighting"), line.explanation().toString());
        // no transparency warning about a KPI that is not in force, only that it is not (yet) in force; availability alone scores 1
        assertEquals(List.of(new ScorecardWarning("nps", ScorecardWarning.Kind.NOT_IN_FORCE,
                "kpi 'nps' is not in force on 2026-02-01: not determined in 2026-02")), feb.warnings());
        assertEquals(List.of(line), feb.leftOut());
        assertDecimal("1", feb.score().orElseThrow());
    }

    @Test
    void binaryKpisAreMetAtOne() {
        KpiDefinition report = KpiDefinition.builder().id("report").name("Report").unit("yes/no").direction(Direction.BINARY)
                .aggregation(AggregationRule.min()).dataSource("portal").measurementMethod("delivered by the 5th")
                .effectiveFrom(START).build();
        Agreement a = agreement(MissingDataPolicy.ZERO, List.of(report));
        ScorecardLine met = score(a, "2026-01", List.of(value("report", "2026-01", "1"))).line("report").orElseThrow();
        assertEquals(KpiStatus.MET, met.status());
        // a line scored on its own value is decided by its value and the thresholds: no further rule
        assertDecimal("1", met.value().orElseThrow());
        assertEquals(List.of(), rules(met));
        assertEquals("rule: version 1 in force from 2026-01-01 (binary: 1 is met)", met.explanation().children().get(0).toString());
        ScorecardLine missed = score(a, "2026-01", List.of(value("report", "2026-01", "0"))).line("report").orElseThrow();
        assertEquals(KpiStatus.BELOW_MINIMUM, missed.status());
        assertTrue(missed.explanation().toString().startsWith("report v1 (weight 1): BELOW_MINIMUM, attainment 0 "
                + "[status=BELOW_MINIMUM, counted=true]"), missed.explanation().toString());
    }

    @Test
    void onlyPeriodValuesAreMeasured() {
        assertEquals(List.of(KpiStatus.MET, KpiStatus.BELOW_TARGET, KpiStatus.BELOW_MINIMUM),
                List.of(KpiStatus.values()).stream().filter(KpiStatus::isMeasured).toList());
    }

    @Test
    void theReasonSaysWhetherThereWasAMeasurement() {
        Scorecard mar = score(standard(MissingDataPolicy.ZERO), "2026-03", firstQuarter());
        assertEquals(List.of("no usable value in 2026-03 (2026-03: 0/0, no volume; 2026-03: Σ denominators is 0, the ratio is undefined)",
                "missing-data policy ZERO: counted with attainment 0",
                // the attainment's own rule follows on a counted line without a value
                "no value: attainment 0"), rules(mar.line("ticket-sla").orElseThrow()));
        Scorecard apr = score(standard(MissingDataPolicy.EXCLUDE), "2026-04", firstQuarter());
        ScorecardLine none = apr.line("ticket-sla").orElseThrow();
        assertEquals(List.of("no measurement in 2026-04", "missing-data policy EXCLUDE: left out, the other weights renormalised"),
                rules(none));
        assertEquals(String.join("\n",
                "ticket-sla v1 (weight 1): MISSING, left out of the weighting [status=MISSING, counted=false]",
                "  rule: version 1 in force from 2026-01-01 (HIGHER_IS_BETTER: minimum 0.85, target 0.95)",
                "  aggregated ticket-sla over 2026-04 by ratio: no measurement [measurements=0, excluded=0]",
                "  rule: no measurement in 2026-04",
                "  rule: missing-data policy EXCLUDE: left out, the other weights renormalised"), none.explanation().toString());
        assertEquals(List.of("availability", "incident-response", "ticket-sla"), apr.missingKpis());
        assertEquals(3, apr.leftOut().size());
    }

    // ------------------------------------------------------------------ explanation and warnings

    @Test
    void theExplanationGivesTheTrendOrSaysWhyThereIsNone() {
        String feb = score(standard(MissingDataPolicy.ZERO), "2026-02", firstQuarter()).explanation().toText();
        // (see ScorecardCalculatorTest) 0.8875 − 0.8625 = 0.025, in canonical form (not 0.0250)
        assertTrue(feb.contains("  trend against 2026-01: 0.8875 − 0.8625 = 0.025\n"), feb);
        String jan = score(standard(MissingDataPolicy.ZERO), "2026-01", firstQuarter()).explanation().toText();
        assertTrue(jan.contains("  no trend: the score of 2025-12 is undefined\n"), jan);
        assertTrue(jan.contains("  rule: missing-data policy ZERO\n"), jan);
    }

    @Test
    void transparencyWarningsAreWordedAndExplained() {
        KpiDefinition bare = KpiDefinition.builder().id("nps").name("NPS").unit("points").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("0"), new BigDecimal("30")).effectiveFrom(START).build();
        Agreement a = agreement(MissingDataPolicy.ZERO, List.of(bare));
        Scorecard dec = score(a, "2026-12", List.of(value("nps", "2026-12", "40")));
        // 2026-01-01 + 12 months = 2027-01-01 is not before 2026-12-31: not yet overdue
        assertEquals(List.of(
                new ScorecardWarning("nps", ScorecardWarning.Kind.NO_DATA_SOURCE,
                        "kpi 'nps' v1 states no data source: both parties must know which data underlies it"),
                new ScorecardWarning("nps", ScorecardWarning.Kind.NO_MEASUREMENT_METHOD,
                        "kpi 'nps' v1 states no measurement method: both parties must know how it is measured")), dec.warnings());
        assertEquals("kpi 'nps' v1 states no data source: both parties must know which data underlies it",
                dec.warnings().get(0).toString());
        String text = dec.explanation().toText();
        assertTrue(text.contains("  warning: kpi 'nps' v1 states no measurement method: both parties must know how it is measured\n"),
                text);
        // 2027-01 ends 2027-01-31, after 2027-01-01: overdue
        assertEquals(ScorecardWarning.Kind.NOT_REVISED,
                score(a, "2027-01", List.of(value("nps", "2027-01", "40"))).warnings().get(2).kind());
    }

    @Test
    void theReviewIntervalMustBePositive() {
        assertEquals(Period.ofMonths(12), ScorecardCalculator.standard().reviewInterval());
        assertEquals(Period.ofMonths(6), ScorecardCalculator.withReviewInterval(Period.ofMonths(6)).reviewInterval());
        ValidationException zero = assertThrows(ValidationException.class, () -> ScorecardCalculator.withReviewInterval(Period.ZERO));
        assertEquals(List.of(Violation.of("reviewInterval", "P0D", "review interval P0D must be positive")), zero.violations());
        ValidationException negative = assertThrows(ValidationException.class,
                () -> ScorecardCalculator.withReviewInterval(Period.ofDays(-1)));
        assertEquals(List.of(Violation.of("reviewInterval", "P-1D", "review interval P-1D must be positive")), negative.violations());
    }

    @Test
    void measurementViolationsNameTheirIndex() {
        List<Measurement> ms = List.of(value("availability", "2026-01", "99.5"), value("nope", "2026-01", "1"),
                value("gone", "2025-06", "1"));
        ValidationException e = assertThrows(ValidationException.class, () -> score(standard(MissingDataPolicy.ZERO), "2026-01", ms));
        // the unknown kpi of 2025-06 lies outside January and December, so it is not checked
        assertEquals(List.of(Violation.of("measurements[1].kpiId", "nope",
                "measurement in 2026-01 is for kpi 'nope', which agreement 'acme' does not define")), e.violations());
    }

    @Test
    void severalPeriodsAreScoredInTheirOrder() {
        List<Scorecard> cards = calculator.calculate(standard(MissingDataPolicy.ZERO),
                List.of(ReportingPeriod.parse("2026-02"), ReportingPeriod.parse("2026-01")), firstQuarter());
        assertEquals(List.of(ReportingPeriod.parse("2026-02"), ReportingPeriod.parse("2026-01")),
                cards.stream().map(Scorecard::period).toList());
        // (see ScorecardCalculatorTest) February 0.8875, January 0.8625
        assertDecimal("0.8875", cards.get(0).score().orElseThrow());
        assertDecimal("0.8625", cards.get(1).score().orElseThrow());
    }

    /** The rules that decided a line, from its explanation: its RULE steps other than the version's thresholds. */
    private static List<String> rules(ScorecardLine line) {
        return line.explanation().children().stream().filter(s -> s.kind() == StepKind.RULE)
                .map(Step::text).filter(t -> !t.startsWith("version ")).toList();
    }
}
