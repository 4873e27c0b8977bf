package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.period.ReportingPeriod;

class AggregatorTest {

    static final ReportingPeriod Q1 = ReportingPeriod.parse("2026-Q1");

    static KpiDefinition kpi(AggregationRule rule) {
        return KpiDefinition.builder().id("k").name("K").unit("u").direction(Direction.HIGHER_IS_BETTER)
                .thresholds("0", "1", null).aggregation(rule).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    static Measurement value(String period, String value, String recordedAt) {
        return Measurement.builder().kpiId("k").period(ReportingPeriod.parse(period)).value(value)
                .recordedAt(Instant.parse(recordedAt)).build();
    }

    static Measurement ratio(String period, int num, int den) {
        return Measurement.builder().kpiId("k").period(ReportingPeriod.parse(period))
                .ratio(BigDecimal.valueOf(num), BigDecimal.valueOf(den)).recordedAt(Instant.parse("2026-04-01T00:00:00Z")).build();
    }

    private static final List<Measurement> VALUES = List.of(
            value("2026-01", "4", "2026-02-01T00:00:00Z"),
            value("2026-02", "1", "2026-03-01T00:00:00Z"),
            value("2026-03", "7", "2026-04-01T00:00:00Z"),
            value("2026-03", "2", "2026-04-01T00:00:00Z"));

    private static BigDecimal aggregate(AggregationRule rule, List<Measurement> ms) {
        return Aggregator.aggregate(kpi(rule), Q1, ms).value().orElseThrow();
    }

    @Test
    void theMeanOfOneValueIsWhatDividingItByOneTo16DigitsGivesScaleAndAll() {
        // the mean of one value skips the division; it must equal v / 1 at 16 significant digits,
        // including the scale (99.10 stays 99.10) and the rounding of a longer value
        for (String v : List.of("99.10", "4", "0.000", "123456789.0123456789", "12345678901234567", "-0.5")) {
            BigDecimal expected = new BigDecimal(v).divide(BigDecimal.ONE, dev.partnering.money.Money.DIVISION);
            BigDecimal mean = aggregate(AggregationRule.mean(), List.of(value("2026-02", v, "2026-03-01T00:00:00Z")));
            assertEquals(expected, mean, v);
            assertEquals(expected.scale(), mean.scale(), v);
        }
    }

    @Test
    void ratioOfThreeMonthsWithAnEmptyMonthReported() {
        // (180 + 190 + 0) / (200 + 200 + 0) = 370 / 400 = 0.925
        Aggregation a = Aggregator.aggregate(kpi(AggregationRule.ratio()), Q1,
                List.of(ratio("2026-01", 180, 200), ratio("2026-02", 190, 200), ratio("2026-03", 0, 0)));
        assertEquals(0, new BigDecimal("0.925").compareTo(a.value().orElseThrow()));
        assertEquals(new BigDecimal("370"), a.numeratorSum().orElseThrow());
        assertEquals(new BigDecimal("400"), a.denominatorSum().orElseThrow());
        assertEquals(List.of("2026-03: 0/0, no volume"), a.notes());
        assertTrue(a.explanation().text().contains("370 / 400 = 0.925"), a.explanation().text());
    }

    @Test
    void zeroDenominatorIsReportedNotDividedBy() {
        Aggregation a = Aggregator.aggregate(kpi(AggregationRule.ratio()), Q1, List.of(ratio("2026-01", 0, 0)));
        assertFalse(a.value().isPresent());
        assertTrue(a.notes().contains("2026-Q1: Σ denominators is 0, the ratio is undefined"), a.notes().toString());
    }

    @Test
    void meanSumMinMaxOverTheQuarter() {
        // values 4, 1, 7, 2
        assertEquals(0, new BigDecimal("3.5").compareTo(aggregate(AggregationRule.mean(), VALUES))); // 14 / 4
        assertEquals(0, new BigDecimal("14").compareTo(aggregate(AggregationRule.sum(), VALUES)));
        assertEquals(0, BigDecimal.ONE.compareTo(aggregate(AggregationRule.min(), VALUES)));
        assertEquals(0, new BigDecimal("7").compareTo(aggregate(AggregationRule.max(), VALUES)));
    }

    @Test
    void meanDividesAtSixteenDigits() {
        // (1 + 1 + 2) / 3 = 1.333333333333333 (16 significant digits, HALF_EVEN)
        List<Measurement> ms = List.of(value("2026-01", "1", "2026-02-01T00:00:00Z"),
                value("2026-02", "1", "2026-03-01T00:00:00Z"), value("2026-03", "2", "2026-04-01T00:00:00Z"));
        assertEquals(new BigDecimal("1.333333333333333"), aggregate(AggregationRule.mean(), ms));
    }

    @Test
    void lastIsByRecordedAtWithTiesBrokenDeterministically() {
        // the two March values are recorded at the same instant; the tie goes to the larger value (7)
        // whatever the input order
        assertEquals(0, new BigDecimal("7").compareTo(aggregate(AggregationRule.last(), VALUES)));
        assertEquals(0, new BigDecimal("7").compareTo(aggregate(AggregationRule.last(),
                List.of(VALUES.get(3), VALUES.get(2), VALUES.get(1), VALUES.get(0)))));
        List<Measurement> later = List.of(VALUES.get(0), value("2026-01", "9", "2026-05-01T00:00:00Z"));
        assertEquals(0, new BigDecimal("9").compareTo(aggregate(AggregationRule.last(), later)));
    }

    @Test
    void percentileIsNearestRank() {
        // sorted 1, 2, 4, 7; p50: rank ceil(0.5 × 4) = 2 → 2; p75: ceil(3) = 3 → 4; p90: ceil(3.6) = 4 → 7; p1: rank 1 → 1
        assertEquals(0, new BigDecimal("2").compareTo(aggregate(AggregationRule.percentile(new BigDecimal("50")), VALUES)));
        assertEquals(0, new BigDecimal("4").compareTo(aggregate(AggregationRule.percentile(new BigDecimal("75")), VALUES)));
        assertEquals(0, new BigDecimal("7").compareTo(aggregate(AggregationRule.percentile(new BigDecimal("90")), VALUES)));
        assertEquals(0, BigDecimal.ONE.compareTo(aggregate(AggregationRule.percentile(BigDecimal.ONE), VALUES)));
    }

    @Test
    void percentileOutsideZeroToHundredIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> AggregationRule.percentile(new BigDecimal("101")));
        assertEquals("percentile 101 must be greater than 0 and at most 100", e.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> AggregationRule.percentile(BigDecimal.ZERO));
    }

    @Test
    void excludedMeasurementsAreLeftOutAndListedWithTheirReasons() {
        Measurement storm = Measurement.builder().kpiId("k").period(ReportingPeriod.parse("2026-02")).value("0")
                .recordedAt(Instant.parse("2026-03-01T00:00:00Z")).exclusionReason("storm: force majeure").build();
        Aggregation a = Aggregator.aggregate(kpi(AggregationRule.mean()), Q1,
                List.of(VALUES.get(0), storm, VALUES.get(2)));
        assertEquals(0, new BigDecimal("5.5").compareTo(a.value().orElseThrow())); // (4 + 7) / 2
        assertEquals(List.of(storm), a.excluded());
        assertTrue(a.explanation().children().get(0).text().endsWith("storm: force majeure"));
    }

    @Test
    void onlyMeasurementsInsideThePeriodAndOfTheKpiCount() {
        Measurement april = value("2026-04", "100", "2026-05-01T00:00:00Z");
        Measurement other = Measurement.builder().kpiId("other").period(ReportingPeriod.parse("2026-01")).value("100")
                .recordedAt(Instant.parse("2026-02-01T00:00:00Z")).build();
        assertEquals(0, new BigDecimal("4").compareTo(aggregate(AggregationRule.max(), List.of(VALUES.get(0), april, other))));
    }

    @Test
    void monthsRollUpIntoTheQuarterButAMonthDoesNotSeeTheQuarter() {
        Aggregation march = Aggregator.aggregate(kpi(AggregationRule.sum()), ReportingPeriod.parse("2026-03"), VALUES);
        assertEquals(0, new BigDecimal("9").compareTo(march.value().orElseThrow())); // 7 + 2
        Measurement quarterly = value("2026-Q1", "5", "2026-04-01T00:00:00Z");
        Aggregation monthOfQuarterly = Aggregator.aggregate(kpi(AggregationRule.sum()), ReportingPeriod.parse("2026-03"),
                List.of(quarterly));
        assertFalse(monthOfQuarterly.value().isPresent());
    }
}
