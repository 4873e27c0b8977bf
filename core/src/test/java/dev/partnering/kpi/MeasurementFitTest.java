package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.period.ReportingPeriod;

class MeasurementFitTest {

    static final KpiDefinition AVAILABILITY = KpiDefinition.builder().id("availability").name("Availability").unit("%")
            .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("99"), new BigDecimal("99.5")).validRange(ValueRange.percentage())
            .effectiveFrom(LocalDate.of(2026, 1, 1)).build();

    private static Measurement.Builder of(KpiDefinition kpi) {
        return Measurement.builder().forKpi(kpi).period(ReportingPeriod.parse("2026-03"))
                .recordedAt(Instant.parse("2026-04-01T00:00:00Z"));
    }

    @Test
    void aValueInsideTheRangeIsAccepted() {
        assertEquals(new BigDecimal("99.7"), of(AVAILABILITY).value(new BigDecimal("99.7")).build().value().orElseThrow());
    }

    @Test
    void aValueOutsideTheRangeIsRejectedWhenBuiltNamingKpiValueAndRange() {
        ValidationException e = assertThrows(ValidationException.class, () -> of(AVAILABILITY).value(new BigDecimal("100.5")).build());
        assertEquals("measurement of kpi 'availability' in 2026-03: value 100.5 is outside the valid range [0, 100]"
                + " of kpi 'availability'", e.violations().get(0).rule());
    }

    @Test
    void aRatioForAValueKpiIsRejected() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> of(AVAILABILITY).ratio(BigDecimal.ONE, BigDecimal.TEN).build());
        assertEquals("measurement of kpi 'availability' in 2026-03: kpi 'availability' aggregates by mean and needs a value",
                e.violations().get(0).rule());
    }

    @Test
    void aRatioIsCheckedAsNumeratorOverDenominator() {
        KpiDefinition sla = KpiDefinition.builder().id("sla").name("SLA").unit("ratio").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(new BigDecimal("0.8"), new BigDecimal("0.9")).aggregation(AggregationRule.ratio())
                .validRange(ValueRange.of(BigDecimal.ZERO, BigDecimal.ONE)).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
        of(sla).ratio(new BigDecimal("180"), new BigDecimal("200")).build();
        of(sla).ratio(BigDecimal.ZERO, BigDecimal.ZERO).build(); // no volume, nothing to check
        ValidationException e = assertThrows(ValidationException.class,
                () -> of(sla).ratio(new BigDecimal("210"), new BigDecimal("200")).build());
        assertEquals("numerator", e.violations().get(0).path());
    }

    @Test
    void aBinaryKpiTakesOnlyZeroOrOne() {
        KpiDefinition report = KpiDefinition.builder().id("report").name("Report").unit("yes/no")
                .direction(Direction.BINARY).aggregation(AggregationRule.last()).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
        of(report).value(new BigDecimal("1")).build();
        ValidationException e = assertThrows(ValidationException.class, () -> of(report).value(new BigDecimal("0.5")).build());
        assertEquals("measurement of kpi 'report' in 2026-03: value 0.5 of a BINARY kpi must be 0 or 1",
                e.violations().get(0).rule());
    }

    @Test
    void aRatioJustAboveItsRangeIsRefusedExactly() {
        // 100000000000000001 / 100000000000000000 = 1.00000000000000001 > 1, outside [0, 1]; at 16 significant digits
        // the quotient was 1.000000000000000 and the measurement passed
        KpiDefinition sla = dev.partnering.Fixtures.ticketSla();
        Measurement above = dev.partnering.Fixtures.ratioMeasurement(sla.id(), "2026-01", "100000000000000001",
                "100000000000000000");
        assertEquals(1, sla.violationsOf(above).size());
        assertEquals("numerator", sla.violationsOf(above).get(0).path());
        assertThrows(ValidationException.class, () -> sla.requireFits(above));
        Measurement within = dev.partnering.Fixtures.ratioMeasurement(sla.id(), "2026-01", "99999999999999999",
                "100000000000000000");
        assertEquals(java.util.List.of(), sla.violationsOf(within));
    }

    /**
     * A measurement built for a KPI names its own violations and the KPI's at once: a malformed scope
     * (1, the measurement's) and a value of 100.5 outside [0, 100] (2, the KPI's); without a period
     * (1) the KPI's rule is named too, its text without the period (2).
     */
    @Test
    void theKpisViolationsAreNamedBesideTheMeasurementsOwn() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> of(AVAILABILITY).value(new BigDecimal("100.5")).scope("north site").build());
        assertEquals(java.util.List.of(
                dev.partnering.Violation.of("scope", "north site", "scope id 'north site' must be 1 to 64 letters, digits,"
                        + " '-', '_' or '.', starting with a letter or digit"),
                dev.partnering.Violation.of("value", "100.5", "measurement of kpi 'availability' in 2026-03: value 100.5"
                        + " is outside the valid range [0, 100] of kpi 'availability'")), e.violations());
        e = assertThrows(ValidationException.class, () -> Measurement.builder().forKpi(AVAILABILITY)
                .recordedAt(Instant.EPOCH).value(new BigDecimal("100.5")).build());
        assertEquals(java.util.List.of(
                dev.partnering.Violation.of("period", null, "period is required: null is not allowed"),
                dev.partnering.Violation.of("value", "100.5", "measurement of kpi 'availability': value 100.5"
                        + " is outside the valid range [0, 100] of kpi 'availability'")), e.violations());
        assertEquals("Measurement", e.subject());
    }

    /**
     * The KPI's rules read the figures: a broken figure is named for itself alone, not also for the
     * KPI (a value beyond the bounds is not also outside the range; neither a value nor a ratio is
     * not also the wrong kind; -1 over 0 is not also outside [0, 1]).
     */
    @Test
    void theKpisRulesAreNotJudgedOnABrokenFigure() {
        dev.partnering.Refusals.assertPaths(() -> of(AVAILABILITY).value(new BigDecimal("1e999999999")).build(), "value");
        dev.partnering.Refusals.assertPaths(() -> of(AVAILABILITY).build(), "value");
        dev.partnering.Refusals.assertPaths(() -> of(dev.partnering.Fixtures.ticketSla()).ratio(new BigDecimal("-1"),
                BigDecimal.ZERO).build(), "numerator", "denominator");
        // and judged beside an independent violation of the measurement: a blank exclusion reason, -1 outside [0, 100]
        dev.partnering.Refusals.assertPaths(() -> of(AVAILABILITY).value(new BigDecimal("-1")).exclusionReason(" ")
                .build(), "exclusionReason", "value");
    }
}
