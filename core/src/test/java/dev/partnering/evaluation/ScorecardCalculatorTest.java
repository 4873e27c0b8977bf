package dev.partnering.evaluation;

import dev.partnering.explanation.StepKind;
import dev.partnering.explanation.Step;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.scorecard.ScorecardWarning;

import static dev.partnering.scorecard.ScorecardFixtures.agreement;
import static dev.partnering.scorecard.ScorecardFixtures.availability;
import static dev.partnering.scorecard.ScorecardFixtures.firstQuarter;
import static dev.partnering.scorecard.ScorecardFixtures.incidentResponse;
import static dev.partnering.scorecard.ScorecardFixtures.ratio;
import static dev.partnering.scorecard.ScorecardFixtures.standard;
import static dev.partnering.scorecard.ScorecardFixtures.ticketSla;
import static dev.partnering.scorecard.ScorecardFixtures.ticketSlaBuilder;
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
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.period.ReportingPeriod;

class ScorecardCalculatorTest {

    private final ScorecardCalculator calculator = ScorecardCalculator.standard();

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    private Scorecard score(Agreement a, String period, List<Measurement> ms) {
        return calculator.calculate(a, ReportingPeriod.parse(period), ms);
    }

    @Test
    void quarterScoreIsTheWeightedMeanOfAttainments() {
        Scorecard sc = score(standard(MissingDataPolicy.ZERO), "2026-Q1", firstQuarter());
        // availability mean(99.7, 99.8, 99.9) = 99.8 → 1 + (0.3 / 0.4) × 0.2 = 1.15, weight 2
        // incident-response mean(5, 7, 6) = 6 → (8 − 6) / (8 − 4) = 0.5, weight 1
        // ticket-sla (180 + 190 + 0) / (200 + 200 + 0) = 0.925 → (0.925 − 0.85) / 0.1 = 0.75, weight 1
        // score = (2 × 1.15 + 0.5 + 0.75) / 4 = 3.55 / 4 = 0.8875
        assertDecimal("1.15", sc.line("availability").orElseThrow().attainment().orElseThrow());
        assertDecimal("2.3", sc.line("availability").orElseThrow().contribution().orElseThrow());
        assertDecimal("0.5", sc.line("incident-response").orElseThrow().attainment().orElseThrow());
        assertDecimal("0.75", sc.line("ticket-sla").orElseThrow().attainment().orElseThrow());
        assertDecimal("0.8875", sc.score().orElseThrow());
        assertEquals(KpiStatus.MET, sc.line("availability").orElseThrow().status());
        assertEquals(KpiStatus.BELOW_TARGET, sc.line("incident-response").orElseThrow().status());
        assertEquals(List.of("2026-03: 0/0, no volume"), sc.line("ticket-sla").orElseThrow().aggregation().orElseThrow().notes());
        // 2025-Q4: no KPI version in force yet → the previous score is undefined, so there is no trend
        assertFalse(sc.previousScore().isPresent());
        assertFalse(sc.trend().isPresent());
    }

    @Test
    void monthlyTrendAgainstThePreviousMonth() {
        Scorecard feb = score(standard(MissingDataPolicy.ZERO), "2026-02", firstQuarter());
        // January: 99.7 → 1 + (0.2 / 0.4) × 0.2 = 1.1; 5 h → 0.75; 180/200 = 0.9 → 0.5: (2.2 + 0.75 + 0.5) / 4 = 0.8625
        // February: 99.8 → 1.15; 7 h → 0.25; 190/200 = 0.95 → 1: (2.3 + 0.25 + 1) / 4 = 0.8875
        assertDecimal("0.8625", feb.previousScore().orElseThrow());
        assertDecimal("0.8875", feb.score().orElseThrow());
        assertDecimal("0.025", feb.trend().orElseThrow());
    }

    @Test
    void missingDataPolicyZeroCountsTheMissingKpiAsZero() {
        Scorecard mar = score(standard(MissingDataPolicy.ZERO), "2026-03", firstQuarter());
        // 99.9 → 1.2; 6 h → 0.5; ticket-sla 0/0 → missing → 0: (2.4 + 0.5 + 0) / 4 = 0.725
        assertDecimal("0.725", mar.score().orElseThrow());
        ScorecardLine sla = mar.line("ticket-sla").orElseThrow();
        assertEquals(KpiStatus.MISSING, sla.status());
        assertTrue(sla.counted());
        assertEquals(List.of("ticket-sla"), mar.missingKpis());
        assertTrue(rules(sla).contains("missing-data policy ZERO: counted with attainment 0"), rules(sla).toString());
    }

    @Test
    void missingDataPolicyExcludeRenormalisesTheWeights() {
        Scorecard mar = score(standard(MissingDataPolicy.EXCLUDE), "2026-03", firstQuarter());
        // (2 × 1.2 + 0.5) / (2 + 1) = 2.9 / 3 = 0.96666… → 0.966667 (6 declared decimals, HALF_EVEN; it was
        // 0.9666666666666667 at 16 significant digits)
        assertEquals(new BigDecimal("0.966667"), mar.score().orElseThrow());
        assertFalse(mar.line("ticket-sla").orElseThrow().counted());
        assertEquals(MissingDataPolicy.EXCLUDE, mar.policy());
    }

    @Test
    void missingDataPolicyLastKnownUsesTheLatestEarlierValue() {
        Scorecard mar = score(standard(MissingDataPolicy.LAST_KNOWN), "2026-03", firstQuarter());
        // ticket-sla takes February's 190/200 = 0.95 → 1: (2.4 + 0.5 + 1) / 4 = 0.975
        assertDecimal("0.975", mar.score().orElseThrow());
        ScorecardLine sla = mar.line("ticket-sla").orElseThrow();
        assertEquals(ReportingPeriod.parse("2026-02"), sla.valueFrom().orElseThrow());
        assertEquals(KpiStatus.MISSING, sla.status());
    }

    @Test
    void lastKnownWithoutAnEarlierValueFallsBackToZero() {
        Scorecard jan = score(agreement(MissingDataPolicy.LAST_KNOWN, List.of(availability(), ticketSla())), "2026-01",
                List.of(value("availability", "2026-01", "99.5")));
        // availability 99.5 → 1 (weight 2); ticket-sla nothing earlier → 0: 2 / 3 = 0.666… → 0.666667 (6 declared
        // decimals; it was 0.6666666666666667 at 16 significant digits)
        assertEquals(new BigDecimal("0.666667"), jan.score().orElseThrow());
        assertTrue(rules(jan.line("ticket-sla").orElseThrow()).get(1).contains("no earlier value: counted as ZERO"));
    }

    @Test
    void tooLittleVolumeMakesTheKpiNotDetermined() {
        KpiDefinition sla = ticketSlaBuilder().addQualifyingConditions(QualifyingCondition.minimumVolume(new BigDecimal("20"))).build();
        Agreement a = agreement(MissingDataPolicy.ZERO, List.of(availability(), incidentResponse(), sla));
        List<Measurement> ms = new ArrayList<>(firstQuarter());
        ms.add(ratio("ticket-sla", "2026-04", 9, 10));
        ms.add(value("availability", "2026-04", "99.5"));
        ms.add(value("incident-response", "2026-04", "4"));
        Scorecard apr = score(a, "2026-04", ms);
        // ticket-sla volume 10 < 20 → not determined: (2 × 1 + 1) / 3 = 1
        ScorecardLine line = apr.line("ticket-sla").orElseThrow();
        assertEquals(KpiStatus.NOT_DETERMINED, line.status());
        assertFalse(line.counted());
        assertEquals("volume 10 in 2026-04 is below the minimum volume 20 needed to judge the kpi", rules(line).get(0));
        assertDecimal("1", apr.score().orElseThrow());
    }

    @Test
    void aPeriodDeclaredOutOfScopeIsNotDetermined() {
        KpiDefinition sla = ticketSlaBuilder().addQualifyingConditions(QualifyingCondition.outOfScope(
                List.of(ReportingPeriod.parse("2026-02")), "office move declared by the customer")).build();
        Agreement a = agreement(MissingDataPolicy.ZERO, List.of(availability(), incidentResponse(), sla));
        Scorecard feb = score(a, "2026-02", firstQuarter());
        assertEquals(KpiStatus.NOT_DETERMINED, feb.line("ticket-sla").orElseThrow().status());
        assertEquals("2026-02 was declared out of scope: office move declared by the customer",
                rules(feb.line("ticket-sla").orElseThrow()).get(0));
        // (2.3 + 0.25) / 3 = 0.85
        assertDecimal("0.85", feb.score().orElseThrow());
        // the quarter overlaps the out-of-scope month, so the quarter is not determined either
        assertEquals(KpiStatus.NOT_DETERMINED, score(a, "2026-Q1", firstQuarter()).line("ticket-sla").orElseThrow().status());
    }

    @Test
    void theVersionInForceAtThePeriodStartApplies() {
        KpiDefinition v2 = KpiDefinition.builder().id("availability").name("Availability").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99.5"), new BigDecimal("99.8"), new BigDecimal("99.95")).weight(new BigDecimal("2"))
                .dataSource("monitoring").measurementMethod("uptime / scheduled")
                .version(2).effectiveFrom(LocalDate.of(2026, 3, 1)).build();
        Agreement a = agreement(MissingDataPolicy.ZERO, List.of(availability(), v2));
        List<Measurement> ms = firstQuarter().stream().filter(m -> m.kpiId().equals("availability"))
                .collect(Collectors.toList());
        Scorecard mar = score(a, "2026-03", ms);
        ScorecardLine line = mar.line("availability").orElseThrow();
        // v2: 99.9 → 1 + (0.1 / 0.15) × 0.2 = (0.15 + 0.1 × 0.2) / 0.15 = 0.17 / 0.15 = 1.1333… → 1.133333 (6 declared
        // decimals, one exact quotient; it was 1.133333333333333 with a 16-digit intermediate)
        assertEquals(2, line.version().orElseThrow());
        assertEquals(new BigDecimal("1.133333"), line.attainment().orElseThrow());
        assertTrue(line.explanation().children().get(0).text().startsWith("version 2 in force from 2026-03-01"));
        // Q1 starts 2026-01-01, when version 1 was in force
        assertEquals(1, score(a, "2026-Q1", ms).line("availability").orElseThrow().version().orElseThrow());
    }

    @Test
    void everyKpiLeftOutGivesAnUndefinedScoreNeverZero() {
        Measurement storm = Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-01")).value(new BigDecimal("90"))
                .recordedAt(Instant.parse("2026-02-01T00:00:00Z")).exclusionReason("storm").build();
        Scorecard jan = score(agreement(MissingDataPolicy.EXCLUDE, List.of(availability(), incidentResponse())), "2026-01",
                List.of(storm));
        assertFalse(jan.score().isPresent());
        assertEquals("every kpi was left out of the weighting, so the score is undefined", jan.undefinedReason().orElseThrow());
        assertEquals(KpiStatus.EXCLUDED, jan.line("availability").orElseThrow().status());
        assertEquals(KpiStatus.MISSING, jan.line("incident-response").orElseThrow().status());
        assertTrue(jan.explanation().toText().contains("score undefined"));
    }

    @Test
    void belowMinimumStatus() {
        Scorecard jan = score(standard(MissingDataPolicy.ZERO), "2026-01",
                List.of(value("availability", "2026-01", "98"), value("incident-response", "2026-01", "8"),
                        ratio("ticket-sla", "2026-01", 95, 100)));
        assertEquals(KpiStatus.BELOW_MINIMUM, jan.line("availability").orElseThrow().status());
        assertEquals(KpiStatus.BELOW_TARGET, jan.line("incident-response").orElseThrow().status()); // at minimum, not below
        assertEquals(KpiStatus.MET, jan.line("ticket-sla").orElseThrow().status());
        assertDecimal("0.25", jan.score().orElseThrow()); // (0 + 0 + 1) / 4
    }

    @Test
    void transparencyWarnings() {
        KpiDefinition bare = KpiDefinition.builder().id("nps").name("NPS").unit("points")
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("0"), new BigDecimal("30")).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
        Agreement a = agreement(MissingDataPolicy.ZERO, List.of(bare));
        Scorecard later = calculator.calculate(a, ReportingPeriod.parse("2027-03"), List.of(value("nps", "2027-03", "40")));
        List<ScorecardWarning.Kind> kinds = later.warnings().stream().map(ScorecardWarning::kind).collect(Collectors.toList());
        assertEquals(List.of(ScorecardWarning.Kind.NO_DATA_SOURCE, ScorecardWarning.Kind.NO_MEASUREMENT_METHOD,
                ScorecardWarning.Kind.NOT_REVISED), kinds);
        assertEquals("kpi 'nps' v1 has not been revised since 2026-01-01 (review interval P12M, period ends 2027-03-31)",
                later.warnings().get(2).message());
        Scorecard early = calculator.calculate(a, ReportingPeriod.parse("2026-03"), List.of(value("nps", "2026-03", "40")));
        assertEquals(2, early.warnings().size());
        Scorecard relaxed = ScorecardCalculator.withReviewInterval(Period.ofMonths(24))
                .calculate(a, ReportingPeriod.parse("2027-03"), List.of(value("nps", "2027-03", "40")));
        assertEquals(2, relaxed.warnings().size());
    }

    @Test
    void measurementsOfUnknownKpisOrOutOfRangeAreRefusedAllAtOnce() {
        List<Measurement> ms = List.of(value("nope", "2026-01", "1"), ratio("availability", "2026-01", 1, 2));
        ValidationException e = assertThrows(ValidationException.class,
                () -> score(standard(MissingDataPolicy.ZERO), "2026-01", ms));
        assertEquals(2, e.violations().size());
        assertEquals("measurements[0].kpiId", e.violations().get(0).path());
        assertTrue(e.violations().get(0).rule().contains("kpi 'nope', which agreement 'acme' does not define"));
    }

    @Test
    void explanationRendersEveryStep() {
        String text = score(standard(MissingDataPolicy.ZERO), "2026-Q1", firstQuarter()).explanation().toText();
        assertTrue(text.startsWith("Scorecard acme 2026-Q1\n"), text);
        assertTrue(text.contains("rule: version 1 in force from 2026-01-01 (HIGHER_IS_BETTER: minimum 99, target 99.5, stretch 99.9 → 1.2)"), text);
        assertTrue(text.contains("aggregated ticket-sla over 2026-Q1 by ratio: 370 / 400 = 0.925"), text);
        assertTrue(text.contains("between target and stretch: 1 + (99.8 − 99.5) / (99.9 − 99.5) × (1.2 − 1) = 1.15"), text);
        assertTrue(text.contains("= score = Σ w·a / Σ w = (2×1.15 + 1×0.5 + 1×0.75) / 4 = 0.8875"), text);
    }

    /** The rules that decided a line, from its explanation: its RULE steps other than the version's thresholds. */
    private static List<String> rules(ScorecardLine line) {
        return line.explanation().children().stream().filter(s -> s.kind() == StepKind.RULE)
                .map(Step::text).filter(t -> !t.startsWith("version ")).toList();
    }
}
