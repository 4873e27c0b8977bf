package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ThoroughTries;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The compact form of a measurement ({@link CompactMeasurement}) is the general form (the generated
 * {@code ImmutableMeasurement}) in fewer bytes: for any decimals, the measurement {@link
 * Measurement#builder()} returns has the same accessors (the same {@code BigDecimal}s, scale
 * included), the same equality, hash and text as the general form built from the same attributes.
 */
@AddLifecycleHook(ThoroughTries.class)
class CompactMeasurementProperties {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");
    private static final Instant AT = Instant.parse("2026-04-02T08:00:00Z");

    /**
     * Decimals around the edges of the packed form, every one a measurement may hold (at most 18 digits
     * before the point and 18 after it): scales −3 to 18, unscaled values up to 20 digits.
     */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(16).negate(), BigInteger.TEN.pow(16)),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 18)).as(BigDecimal::new)
                .filter(dev.partnering.internal.Limits::within);
    }

    @Provide
    Arbitrary<BigDecimal> nonNegative() {
        return decimals().map(BigDecimal::abs);
    }

    @Property
    void aValueMeasurementIsTheGeneralOne(@ForAll("decimals") BigDecimal value) {
        Measurement compact = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(value).build();
        Measurement general = ImmutableMeasurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(value).build();
        assertSameMeasurement(general, compact);
        assertEquals(CompactMeasurement.packs(value), compact instanceof CompactMeasurement, value.toString());
    }

    @Property
    void aRatioMeasurementIsTheGeneralOne(@ForAll("nonNegative") BigDecimal n, @ForAll("nonNegative") BigDecimal d) {
        BigDecimal denominator = d.signum() == 0 && n.signum() != 0 ? BigDecimal.ONE : d; // n/0 is invalid
        Measurement compact = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).ratio(n, denominator).build();
        Measurement general = ImmutableMeasurement.builder().kpiId("k").period(MARCH).recordedAt(AT).numerator(n)
                .denominator(denominator).build();
        assertSameMeasurement(general, compact);
        assertEquals(CompactMeasurement.packs(n) && CompactMeasurement.packs(denominator),
                compact instanceof CompactMeasurement, n + "/" + denominator);
    }

    @Property
    void equalFiguresMakeEqualMeasurementsAndOthersNot(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
        Measurement x = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(a).build();
        Measurement y = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(b).build();
        assertEquals(a.equals(b), x.equals(y), a + " against " + b);
        assertEquals(a.equals(b), y.equals(x), b + " against " + a);
        if (a.equals(b)) {
            assertEquals(x.hashCode(), y.hashCode());
        }
    }

    @Provide
    Arbitrary<AggregationRule> valueRules() {
        return Arbitraries.of(AggregationRule.mean(), AggregationRule.sum(), AggregationRule.min(), AggregationRule.max(),
                AggregationRule.last(), AggregationRule.percentile(new BigDecimal("95")));
    }

    /**
     * The aggregator takes the period value of one compact measurement from its packed longs; it must
     * be the aggregation of the same measurement in the general form: value (scale included), sums,
     * notes and explanation, at every number of decimals.
     */
    @Property
    void oneCompactValueAggregatesAsTheGeneralOne(@ForAll("decimals") BigDecimal value,
            @ForAll("valueRules") AggregationRule rule, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 18) int decimals) {
        Measurement compact = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(value).build();
        Measurement general = ImmutableMeasurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(value).build();
        assertSameAggregation(AggregatorTest.kpi(rule), general, compact, decimals);
    }

    @Property
    void oneCompactRatioAggregatesAsTheGeneralOne(@ForAll("nonNegative") BigDecimal n, @ForAll("nonNegative") BigDecimal d,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 18) int decimals) {
        BigDecimal denominator = d.signum() == 0 && n.signum() != 0 ? BigDecimal.ONE : d; // n/0 is invalid; 0/0 is not
        Measurement compact = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).ratio(n, denominator).build();
        Measurement general = ImmutableMeasurement.builder().kpiId("k").period(MARCH).recordedAt(AT).numerator(n)
                .denominator(denominator).build();
        assertSameAggregation(AggregatorTest.kpi(AggregationRule.ratio()), general, compact, decimals);
    }

    private static void assertSameAggregation(KpiDefinition kpi, Measurement general, Measurement compact, int decimals) {
        Aggregation g = Aggregator.aggregate(kpi, MARCH, java.util.List.of(general), decimals);
        Aggregation c = Aggregator.aggregate(kpi, MARCH, java.util.List.of(compact), decimals);
        assertEquals(g.value(), c.value(), general + " at " + decimals);
        assertEquals(g.value().map(BigDecimal::scale), c.value().map(BigDecimal::scale));
        assertEquals(g.numeratorSum(), c.numeratorSum());
        assertEquals(g.numeratorSum().map(BigDecimal::scale), c.numeratorSum().map(BigDecimal::scale));
        assertEquals(g.denominatorSum(), c.denominatorSum());
        assertEquals(g.denominatorSum().map(BigDecimal::scale), c.denominatorSum().map(BigDecimal::scale));
        assertEquals(g.notes(), c.notes());
        assertEquals(g.explanation().toString(), c.explanation().toString());
        assertEquals(g.explanation(), c.explanation()); // kind, text, facts and children
    }

    @Test
    void aMeasurementWithASourceAnExclusionOrAScopeKeepsTheGeneralForm() {
        Measurement.Builder[] builders = {
            Measurement.builder().source("export"), Measurement.builder().exclusionReason("force majeure"),
            Measurement.builder().scope("north")};
        for (Measurement.Builder b : builders) {
            Measurement m = b.kpiId("k").period(MARCH).recordedAt(AT).value(new BigDecimal("99.5")).build();
            assertInstanceOf(ImmutableMeasurement.class, m);
        }
        // 99.5 in both forms: equal figures, but a measurement with a source is another measurement
        Measurement compact = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(new BigDecimal("99.5"))
                .build();
        assertInstanceOf(CompactMeasurement.Value.class, compact);
        assertNotEquals(builders[0].build(), compact);
        assertNotEquals(compact, builders[0].build());
    }

    @Test
    void thePackedFormKeepsTheScaleAndTheSign() {
        // 1.50 is 150 at scale 2, not 1.5; −0.000001 is −1 at scale 6; 10^17 − 1 at scale 18 is the largest packed
        for (String s : new String[] {"1.50", "-0.000001", "0.00", "99999999999999999", "0.099999999999999999", "-7"}) {
            BigDecimal d = new BigDecimal(s);
            assertTrue(CompactMeasurement.packs(d), s);
            BigDecimal back = CompactMeasurement.unpack(CompactMeasurement.pack(d));
            assertEquals(d, back, s);
            assertEquals(d.scale(), back.scale(), s);
        }
        // 18 digits, a 19th decimal or a negative scale do not pack
        for (String s : new String[] {"100000000000000000", "0.0000000000000000001", "1E+3"}) {
            assertEquals(false, CompactMeasurement.packs(new BigDecimal(s)), s);
        }
    }

    private static void assertSameMeasurement(Measurement general, Measurement compact) {
        assertEquals(general.kpiId(), compact.kpiId());
        assertSame(general.period(), compact.period());
        assertEquals(general.recordedAt(), compact.recordedAt());
        assertEquals(general.value(), compact.value());
        assertEquals(general.numerator(), compact.numerator());
        assertEquals(general.denominator(), compact.denominator());
        // BigDecimal.equals compares the scale too: 1.50 stays 1.50
        assertEquals(general.value().map(BigDecimal::scale), compact.value().map(BigDecimal::scale));
        assertEquals(general.numerator().map(BigDecimal::scale), compact.numerator().map(BigDecimal::scale));
        assertEquals(general.denominator().map(BigDecimal::scale), compact.denominator().map(BigDecimal::scale));
        assertEquals(Optional.empty(), compact.source());
        assertEquals(Optional.empty(), compact.exclusionReason());
        assertEquals(Optional.empty(), compact.scope());
        assertEquals(general.isRatio(), compact.isRatio());
        assertEquals(general.isExcluded(), compact.isExcluded());
        assertEquals(general.valueOrNull(), compact.valueOrNull());
        assertEquals(general.numeratorOrNull(), compact.numeratorOrNull());
        assertEquals(general.denominatorOrNull(), compact.denominatorOrNull());
        assertEquals(general.toString(), compact.toString());
        assertEquals(general.hashCode(), compact.hashCode());
        assertEquals(compact, compact.withScope(null), "a copy is equal");
        assertEquals(compact.hashCode(), compact.withScope(null).hashCode());
    }
}
