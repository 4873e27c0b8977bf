package dev.partnering.kpi;

import static dev.partnering.kpi.AggregatorTest.kpi;
import static dev.partnering.kpi.AggregatorTest.ratio;
import static dev.partnering.kpi.AggregatorTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.period.ReportingPeriod;

/** How the aggregator orders, lists and explains the measurements it uses. */
class AggregatorExplanationTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2026-Q1");
    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");
    private static final String AT = "2026-04-01T00:00:00Z";

    private static Measurement.Builder ratioBuilder(int num, int den) {
        return Measurement.builder().kpiId("k").period(JAN).ratio(BigDecimal.valueOf(num), BigDecimal.valueOf(den))
                .recordedAt(Instant.parse(AT));
    }

    private static List<Measurement> reversed(List<Measurement> ms) {
        List<Measurement> r = new ArrayList<>(ms);
        Collections.reverse(r);
        return r;
    }

    @Test
    void usedMeasurementsAreListedInTheirOrderWhateverTheInputOrder() {
        Measurement jan = value("2026-01", "4", "2026-02-01T00:00:00Z");
        Measurement marLow = value("2026-03", "2", AT);
        Measurement marHigh = value("2026-03", "7", AT);
        // by period, then recorded-at, then value: January's 4, then March's 2 and 7
        Aggregation a = Aggregator.aggregate(kpi(AggregationRule.mean()), Q1, List.of(marHigh, jan, marLow));
        assertEquals(List.of(jan, marLow, marHigh), a.used());
        assertEquals(a, Aggregator.aggregate(kpi(AggregationRule.mean()), Q1, List.of(marLow, marHigh, jan)));
        // (4 + 2 + 7) / 3 = 13 / 3 = 4.333… → 4.333333 (6 declared decimals; it was 4.333333333333333)
        assertEquals("aggregated k over 2026-Q1 by mean: mean of [4, 2, 7] = 4.333333 "
                + "[measurements=3, excluded=0, value=4.333333]", a.explanation().toString());
    }

    @Test
    void ratioTiesAreBrokenByNumeratorDenominatorSourceAndReason() {
        Measurement threeQuarters = ratioBuilder(3, 4).build();
        Measurement oneQuarter = ratioBuilder(1, 4).build();
        Measurement oneHalf = ratioBuilder(1, 2).build();
        Measurement fromB = ratioBuilder(1, 2).source("b").build();
        Measurement fromA = ratioBuilder(1, 2).source("a").build();
        List<Measurement> ms = List.of(threeQuarters, fromB, oneQuarter, fromA, oneHalf);
        Aggregation a = Aggregator.aggregate(kpi(AggregationRule.ratio()), JAN, ms);
        // numerators 1, 1, 1, 1, 3; among the 1s the denominators 2, 2, 2, 4; among the 1/2s no source, "a", "b"
        assertEquals(List.of(oneHalf, fromA, fromB, oneQuarter, threeQuarters), a.used());
        assertEquals(a.used(), Aggregator.aggregate(kpi(AggregationRule.ratio()), JAN, reversed(ms)).used());
        // (1 + 1 + 1 + 1 + 3) / (2 + 2 + 2 + 4 + 4) = 7 / 14 = 0.5
        assertEquals(new BigDecimal("0.5"), a.value().orElseThrow());
    }

    @Test
    void excludedMeasurementsAreListedInOrderWithTheirReasons() {
        Measurement y = ratioBuilder(1, 2).exclusionReason("y: audit").build();
        Measurement z = ratioBuilder(1, 2).exclusionReason("z: storm").build();
        Measurement early = Measurement.builder().kpiId("k").period(JAN).ratio(BigDecimal.ONE, BigDecimal.TEN)
                .recordedAt(Instant.parse("2026-02-01T00:00:00Z")).exclusionReason("x: outage").build();
        Aggregation a = Aggregator.aggregate(kpi(AggregationRule.ratio()), JAN, List.of(z, y, early));
        assertEquals(List.of(early, y, z), a.excluded());
        assertEquals(List.of(), a.used());
        assertEquals(String.join("\n",
                "aggregated k over 2026-01 by ratio: no measurement [measurements=0, excluded=3]",
                "  rule: excluded 2026-01 1/10 recorded 2026-02-01T00:00:00Z: x: outage",
                "  rule: excluded 2026-01 1/2 recorded 2026-04-01T00:00:00Z: y: audit",
                "  rule: excluded 2026-01 1/2 recorded 2026-04-01T00:00:00Z: z: storm"), a.explanation().toString());
        Measurement storm = Measurement.builder().kpiId("k").period(JAN).value(new BigDecimal("90"))
                .recordedAt(Instant.parse("2026-02-01T00:00:00Z")).exclusionReason("storm").build();
        Aggregation values = Aggregator.aggregate(kpi(AggregationRule.mean()), JAN, List.of(storm));
        assertEquals(String.join("\n",
                "aggregated k over 2026-01 by mean: no measurement [measurements=0, excluded=1]",
                "  rule: excluded 2026-01 90 recorded 2026-02-01T00:00:00Z: storm"), values.explanation().toString());
    }

    private static List<Measurement> daily(int n) {
        List<Measurement> ms = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ms.add(value("2026-01", String.valueOf(i), String.format("2026-02-%02dT00:00:00Z", i)));
        }
        return ms;
    }

    @Test
    void longListsOfValuesAreShortenedAfterTwelve() {
        // 1 to 12: (1 + … + 12) / 12 = 78 / 12 = 6.5, all listed
        assertEquals("aggregated k over 2026-01 by mean: mean of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] = 6.5",
                Aggregator.aggregate(kpi(AggregationRule.mean()), JAN, daily(12)).explanation().text());
        // 1 to 15: 120 / 15 = 8, the last three counted, not listed
        assertEquals("aggregated k over 2026-01 by mean: mean of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, … 3 more] = 8",
                Aggregator.aggregate(kpi(AggregationRule.mean()), JAN, daily(15)).explanation().text());
    }

    @Test
    void noMeasurementIsSaidSo() {
        Aggregation a = Aggregator.aggregate(kpi(AggregationRule.sum()), Q1, List.of(ratio("2025-12", 1, 2)));
        assertEquals("aggregated k over 2026-Q1 by sum: no measurement [measurements=0, excluded=0]", a.explanation().toString());
    }

    @Test
    void aMeasurementOfTheWrongKindIsRefused() {
        // the scorecard checks measurements first; called directly, the aggregator refuses them too
        Measurement plain = value("2026-01", "4", AT);
        ValidationException e = assertThrows(ValidationException.class,
                () -> Aggregator.aggregate(kpi(AggregationRule.ratio()), JAN, List.of(plain)));
        assertEquals("Aggregation", e.subject());
        assertEquals(kpi(AggregationRule.ratio()).violationsOf(plain), e.violations());
        Measurement share = ratio("2026-01", 1, 2);
        ValidationException f = assertThrows(ValidationException.class,
                () -> Aggregator.aggregate(kpi(AggregationRule.mean()), JAN, List.of(share)));
        assertEquals(kpi(AggregationRule.mean()).violationsOf(share), f.violations());
    }
}
