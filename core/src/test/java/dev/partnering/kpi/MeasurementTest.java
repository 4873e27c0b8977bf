package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.period.ReportingPeriod;

class MeasurementTest {

    private static final String WHAT = "measurement of kpi 'ticket-sla' in 2026-03";

    private static Measurement.Builder measurement() {
        return Measurement.builder().kpiId("ticket-sla").period(ReportingPeriod.parse("2026-03"))
                .recordedAt(Instant.parse("2026-04-02T08:00:00Z"));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Violation only(ValidationException e) {
        assertEquals(1, e.violations().size(), e::getMessage);
        return e.violations().get(0);
    }

    @Test
    void aValueMeasurement() {
        Measurement m = measurement().value(new BigDecimal("99.7")).source("Uptime report 2026-04-01").build();
        assertEquals(Optional.of(d("99.7")), m.value());
        assertFalse(m.isRatio());
        assertFalse(m.isExcluded());
    }

    @Test
    void aRatioMeasurement() {
        // 180 of 200 tickets answered within the SLA
        Measurement m = measurement().ratio(d("180"), d("200")).build();
        assertTrue(m.isRatio());
        assertEquals(Optional.empty(), m.value());
        assertEquals(Optional.of(d("200")), m.denominator());
    }

    @Test
    void aRatioOfNothingIsAllowed() {
        // 0 of 0 tickets: the aggregation decides what that means; the measurement itself is valid
        assertTrue(measurement().ratio(BigDecimal.ZERO, BigDecimal.ZERO).build().isRatio());
    }

    @Test
    void notBothAValueAndARatio() {
        Violation v = only(assertThrows(ValidationException.class,
                () -> measurement().value(new BigDecimal("0.9")).ratio(d("180"), d("200")).build()));
        assertEquals("value", v.path());
        assertEquals("0.9", v.value());
        assertEquals(WHAT + " needs either a value or a numerator and a denominator, not both", v.rule());
    }

    @Test
    void notNeither() {
        Violation v = only(assertThrows(ValidationException.class, () -> measurement().build()));
        assertEquals(WHAT + " needs either a value or a numerator and a denominator, not neither", v.rule());
    }

    @Test
    void aNumeratorNeedsADenominatorAndViceVersa() {
        Violation v = only(assertThrows(ValidationException.class, () -> measurement().numerator(d("180")).build()));
        assertEquals(Violation.of("denominator", null, WHAT + ": a ratio needs both a numerator and a denominator"), v);
        v = only(assertThrows(ValidationException.class, () -> measurement().denominator(d("200")).build()));
        assertEquals(Violation.of("numerator", null, WHAT + ": a ratio needs both a numerator and a denominator"), v);
    }

    @Test
    void numeratorAndDenominatorAreNotNegative() {
        ValidationException e = assertThrows(ValidationException.class, () -> measurement().ratio(d("-1"), d("-2")).build());
        assertEquals(List.of(
                Violation.of("numerator", "-1", WHAT + ": numerator -1 must not be negative"),
                Violation.of("denominator", "-2", WHAT + ": denominator -2 must not be negative")), e.violations());
    }

    @Test
    void aNegativeValueIsAllowedHere() {
        // whether a value is in range is the KPI's valid range's business, not the measurement's
        assertEquals(Optional.of(d("-3")), measurement().value(new BigDecimal("-3")).build().value());
    }

    @Test
    void anExclusionNeedsAReason() {
        Measurement m = measurement().value(new BigDecimal("97.0")).exclusionReason("Force majeure: regional power outage").build();
        assertTrue(m.isExcluded());
        Violation v = only(assertThrows(ValidationException.class,
                () -> measurement().value(new BigDecimal("97.0")).exclusionReason(" ").build()));
        assertEquals(Violation.of("exclusionReason", " ", WHAT + ": an exclusion needs a reason"), v);
    }

    @Test
    void theKpiIdFollowsTheIdRule() {
        ValidationException e = assertThrows(ValidationException.class, () -> Measurement.builder().kpiId("ticket sla")
                .period(ReportingPeriod.parse("2026-03")).recordedAt(Instant.EPOCH).value(new BigDecimal("1")).build());
        assertEquals("kpiId", only(e).path());
        assertTrue(e.getMessage().startsWith("Measurement of 'ticket sla' in 2026-03 is invalid"), e.getMessage());
    }

    /**
     * Found by review: a measurement missing its period and its value named only the period. Two
     * independent violations, one exception: the period is required (1), and a measurement needs a
     * value or a ratio (2); the second rule's text names the KPI, without the period it does not have.
     */
    @Test
    void aMissingPeriodAndAMissingValueAreBothNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> Measurement.builder().kpiId("ticket-sla")
                .recordedAt(Instant.parse("2026-04-02T08:00:00Z")).build());
        assertEquals(List.of(
                Violation.of("period", null, "period is required: null is not allowed"),
                Violation.of("value", null, "measurement of kpi 'ticket-sla' needs either a value or a numerator and a"
                        + " denominator, not neither")), e.violations());
        assertTrue(e.getMessage().startsWith("Measurement is invalid (2 violations):"), e.getMessage());
        // and at the row of a table built from the same figures: measurements[0].period, measurements[0].value
        ValidationException t = assertThrows(ValidationException.class, () -> MeasurementTable.builder()
                .add("ticket-sla", null, Instant.parse("2026-04-02T08:00:00Z"), null).build());
        assertEquals(List.of("measurements[0].period", "measurements[0].value"),
                t.violations().stream().map(Violation::path).toList(), t.getMessage());
    }

    /**
     * Every independent violation at once, the structural ones first, in the order of the attributes:
     * a missing recorded-at instant (1), a malformed KPI id (2), a numerator without a denominator
     * (3), a blank exclusion reason (4) and a malformed scope (5).
     */
    @Test
    void everyIndependentViolationAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> Measurement.builder().kpiId("ticket sla")
                .period(ReportingPeriod.parse("2026-03")).numerator(d("180")).exclusionReason(" ").scope("north site")
                .build());
        String what = "measurement of kpi 'ticket sla' in 2026-03";
        assertEquals(List.of(
                Violation.of("recordedAt", null, "recordedAt is required: null is not allowed"),
                Violation.of("kpiId", "ticket sla", "kpi id 'ticket sla' must be 1 to 64 letters, digits, '-', '_' or '.',"
                        + " starting with a letter or digit"),
                Violation.of("denominator", null, what + ": a ratio needs both a numerator and a denominator"),
                Violation.of("exclusionReason", " ", what + ": an exclusion needs a reason"),
                Violation.of("scope", "north site", "scope id 'north site' must be 1 to 64 letters, digits, '-', '_' or"
                        + " '.', starting with a letter or digit")), e.violations());
    }

    /**
     * A rule that needs a broken attribute is not judged: a missing KPI id has no form to check (one
     * violation at kpiId, not two), and the sign of a numerator beyond the bounds, or the ratio it
     * makes over 0, is not judged (one violation at numerator). A numerator of -1 over 0 breaks two
     * rules, each named: -1 is negative (1), and -1/0 is not a ratio (2).
     */
    @Test
    void aRuleThatNeedsABrokenAttributeIsNotJudged() {
        dev.partnering.Refusals.assertPaths(() -> Measurement.builder().period(ReportingPeriod.parse("2026-03"))
                .recordedAt(Instant.EPOCH).value(d("1")).build(), "kpiId");
        ValidationException e = dev.partnering.Refusals.assertPaths(() -> measurement()
                .ratio(new BigDecimal("-1e999999999"), BigDecimal.ZERO).build(), "numerator");
        assertTrue(only(e).rule().endsWith("is out of bounds: a decimal has at most 18 digits before the decimal point"
                + " and 18 after it"), e.getMessage());
        dev.partnering.Refusals.assertPaths(() -> measurement().ratio(d("-1"), BigDecimal.ZERO).build(),
                "numerator", "denominator");
    }

    @Test
    void requiresKpiPeriodAndRecordedAt() {
        dev.partnering.Refusals.assertPaths(() -> Measurement.builder().value(new BigDecimal("1")).build(), "kpiId", "period", "recordedAt");
    }
}
