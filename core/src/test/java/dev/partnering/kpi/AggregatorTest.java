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
                .thresholds(new BigDecimal("0"), new BigDecimal("1")).aggregation(rule).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    static Measurement value(String period, String value, String recordedAt) {
        return Measurement.builder().kpiId("k").period(ReportingPeriod.parse(period)).value(new BigDecimal(value))
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
    void theMeanOfOneValueIsTheValueRoundedOnceToSixDecimalsInCanonicalForm() {
        // the mean of one value is v / 1: the value itself, rounded HALF_EVEN to the declared 6 decimals when it
        // has more, in canonical form (99.10 → 99.1, 0.000 → 0); 123456789.0123456789 → 123456789.012346
        // (the 7th decimal is 6, so the 6th, 5, rounds up), -0.5 stays -0.5
        List<String[]> cases = List.of(new String[] {"99.10", "99.1"}, new String[] {"4", "4"},
                new String[] {"0.000", "0"}, new String[] {"123456789.0123456789", "123456789.012346"},
                new String[] {"12345678901234567", "12345678901234567"}, new String[] {"-0.5", "-0.5"},
                new String[] {"0.0000005", "0"}, new String[] {"0.0000015", "0.000002"});
        for (String[] c : cases) {
            BigDecimal mean = aggregate(AggregationRule.mean(), List.of(value("2026-02", c[0], "2026-03-01T00:00:00Z")));
            assertEquals(new BigDecimal(c[1]), mean, c[0]);
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
    void meanIsTheExactQuotientRoundedOnceToSixDecimals() {
        // (1 + 1 + 2) / 3 = 4/3 = 1.3333333… → 1.333333 (6 declared decimals, HALF_EVEN); it was 1.333333333333333
        // (16 significant digits) before the precision rule
        List<Measurement> ms = List.of(value("2026-01", "1", "2026-02-01T00:00:00Z"),
                value("2026-02", "1", "2026-03-01T00:00:00Z"), value("2026-03", "2", "2026-04-01T00:00:00Z"));
        assertEquals(new BigDecimal("1.333333"), aggregate(AggregationRule.mean(), ms));
        // (1 + 1 + 3) / 3 = 5/3 = 1.6666666… → 1.666667; at 2 declared decimals 1.67
        List<Measurement> up = List.of(value("2026-01", "1", "2026-02-01T00:00:00Z"),
                value("2026-02", "1", "2026-03-01T00:00:00Z"), value("2026-03", "3", "2026-04-01T00:00:00Z"));
        assertEquals(new BigDecimal("1.666667"), aggregate(AggregationRule.mean(), up));
        assertEquals(new BigDecimal("1.67"), Aggregator.aggregate(kpi(AggregationRule.mean()), Q1, up, 2).value().orElseThrow());
    }

    @Test
    void ratioAndSumAreRoundedOnceToTheDeclaredDecimals() {
        // 2 / 3 = 0.6666666… → 0.666667 (6 decimals), 0.667 (3 decimals), 1 (0 decimals)
        List<Measurement> ms = List.of(ratio("2026-01", 2, 3));
        assertEquals(new BigDecimal("0.666667"), Aggregator.aggregate(kpi(AggregationRule.ratio()), Q1, ms).value().orElseThrow());
        assertEquals(new BigDecimal("0.667"), Aggregator.aggregate(kpi(AggregationRule.ratio()), Q1, ms, 3).value().orElseThrow());
        assertEquals(new BigDecimal("1"), Aggregator.aggregate(kpi(AggregationRule.ratio()), Q1, ms, 0).value().orElseThrow());
        // 0.1234565 + 0.0000010 = 0.1234575 → 0.123458 (HALF_EVEN: 7 is odd, rounds up); a sum is rounded too
        List<Measurement> vs = List.of(value("2026-01", "0.1234565", "2026-02-01T00:00:00Z"),
                value("2026-02", "0.0000010", "2026-03-01T00:00:00Z"));
        assertEquals(new BigDecimal("0.123458"), aggregate(AggregationRule.sum(), vs));
        // the maximum 0.1234565 → 0.123456 (HALF_EVEN: 6 is even, stays)
        assertEquals(new BigDecimal("0.123456"), aggregate(AggregationRule.max(), vs));
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
        Measurement storm = Measurement.builder().kpiId("k").period(ReportingPeriod.parse("2026-02")).value(new BigDecimal("0"))
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
        Measurement other = Measurement.builder().kpiId("other").period(ReportingPeriod.parse("2026-01")).value(new BigDecimal("100"))
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
