package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.partnering.ThoroughTries;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.Secret;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The lazy forms of {@link Aggregation} and {@link Attainment} (a figure held as a scaled long, its
 * {@code BigDecimal}, lists and explanation made when read) are the eager ones: for any measurement,
 * rule and declared decimals, the aggregation {@link Aggregator#aggregate} returns equals the one
 * every component of which is made at once, with the same value (scale included), hash and text,
 * whichever accessor is read first; an attainment made from its fixed-point value equals the one
 * {@link Attainment#of} makes.
 */
@AddLifecycleHook(ThoroughTries.class)
class LazyResultProperties {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");
    private static final Instant AT = Instant.parse("2026-04-02T08:00:00Z");

    /** Decimals a measurement may hold, around the edges of the packed form: scales 0 to 18, up to 20 digits. */
    @Provide
    Arbitrary<BigDecimal> nonNegative() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1_000_000).map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(17)),
                Arbitraries.of(0, 1, 2, 5, 17, 18).map(k -> BigInteger.valueOf(Long.MAX_VALUE / FixedPoint.pow10(k))),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(20)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(0, 18)).as(BigDecimal::new)
                .filter(dev.partnering.internal.Limits::within);
    }

    @Provide
    Arbitrary<AggregationRule> valueRules() {
        return Arbitraries.of(AggregationRule.mean(), AggregationRule.sum(), AggregationRule.min(), AggregationRule.max(),
                AggregationRule.last(), AggregationRule.percentile(new BigDecimal("95")));
    }

    private static KpiDefinition kpi(AggregationRule rule) {
        // thresholds wide enough for any value drawn; the aggregation does not read them
        return KpiDefinition.builder().id("k").name("K").unit("u").direction(Direction.HIGHER_IS_BETTER)
                .minimum(BigDecimal.ZERO).target(BigDecimal.ONE).aggregation(rule)
                .effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }

    @Property
    void theAggregationOfOneValueIsTheEagerOne(@ForAll("nonNegative") BigDecimal value, @ForAll("valueRules") AggregationRule rule,
            @ForAll @IntRange(max = 12) int decimals, @ForAll boolean hashFirst) {
        KpiDefinition kpi = kpi(rule);
        Measurement m = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(value).build();
        assertSameAggregation(Aggregator.aggregateEagerly(kpi, MARCH, List.of(m), decimals),
                Aggregator.aggregate(kpi, MARCH, List.of(m), decimals), hashFirst);
    }

    @Property
    void theAggregationOfOneRatioIsTheEagerOne(@ForAll("nonNegative") BigDecimal n, @ForAll("nonNegative") BigDecimal d,
            @ForAll @IntRange(max = 12) int decimals, @ForAll boolean hashFirst) {
        KpiDefinition kpi = kpi(AggregationRule.ratio());
        BigDecimal denominator = d.signum() == 0 && n.signum() != 0 ? BigDecimal.ONE : d; // n/0 is invalid
        Measurement m = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).ratio(n, denominator).build();
        assertSameAggregation(Aggregator.aggregateEagerly(kpi, MARCH, List.of(m), decimals),
                Aggregator.aggregate(kpi, MARCH, List.of(m), decimals), hashFirst);
    }

    /**
     * An attainment made from its value in fixed point (as the scorecard calculator makes it) is the one
     * {@link Attainment#of} computes: value, explanation, equality, hash and text.
     */
    @Property
    void anAttainmentFromItsFixedPointValueIsTheEagerOne(@ForAll @IntRange(min = 0, max = 2000) int valueHundredths,
            @ForAll @IntRange(max = 12) int decimals, @ForAll boolean stretch) {
        // min 5, target 10, stretch 15 (max 1.25): every branch of the interpolation within 0 to 20
        KpiDefinition kpi = KpiDefinition.builder().id("k").name("K").unit("u").direction(Direction.HIGHER_IS_BETTER)
                .minimum(new BigDecimal("5")).target(new BigDecimal("10.0"))
                .stretch(stretch ? java.util.Optional.of(new BigDecimal("15")) : java.util.Optional.empty())
                .maxAttainment(stretch ? new BigDecimal("1.25") : BigDecimal.ONE)
                .effectiveFrom(LocalDate.of(2026, 1, 1)).build();
        Measurement m = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT)
                .value(BigDecimal.valueOf(valueHundredths, 2)).build();
        Aggregation agg = Aggregator.aggregate(kpi, MARCH, List.of(m), 12);
        Attainment eager = Attainment.of(kpi, agg.value().get(), decimals);
        long unscaled = FixedPoint.rescale(FixedPoint.unscaled(eager.value()), eager.value().scale(), decimals);
        Attainment lazy = (Attainment) Secret.LAZY_ATTAINMENT.get().make(kpi, agg, decimals, unscaled);
        assertEquals(eager.hashCode(), lazy.hashCode());
        assertEquals(eager, lazy);
        assertEquals(lazy, eager);
        assertEquals(eager.value().scale(), lazy.value().scale());
        assertEquals(eager.explanation().toString(), lazy.explanation().toString());
        assertEquals(eager.toString(), lazy.toString());
        Attainment other = (Attainment) Secret.LAZY_ATTAINMENT.get().make(kpi, agg, decimals, unscaled + 1);
        assertNotEquals(eager, other);
    }

    private static void assertSameAggregation(Aggregation eager, Aggregation lazy, boolean hashFirst) {
        if (hashFirst) {
            assertEquals(eager.hashCode(), lazy.hashCode()); // before any other component of the lazy one is read
        }
        assertEquals(eager.value(), lazy.value());
        assertEquals(eager.value().map(BigDecimal::scale), lazy.value().map(BigDecimal::scale));
        assertEquals(eager, lazy);
        assertEquals(lazy, eager);
        assertEquals(eager.hashCode(), lazy.hashCode());
        assertEquals(eager.toString(), lazy.toString());
        assertEquals(eager.used(), lazy.used());
        assertEquals(eager.excluded(), lazy.excluded());
        assertEquals(eager.numeratorSum(), lazy.numeratorSum());
        assertEquals(eager.denominatorSum(), lazy.denominatorSum());
        assertEquals(eager.notes(), lazy.notes());
        assertEquals(eager.explanation(), lazy.explanation());
        assertEquals(eager.volume(), lazy.volume());
        assertEquals(eager.isAllExcluded(), lazy.isAllExcluded());
    }

    @Provide
    Arbitrary<BigDecimal> signed() {
        return Arbitraries.oneOf(nonNegative(), nonNegative().map(BigDecimal::negate));
    }

    /**
     * The measurement check decided on the packed figures (kind, 0 or 1 for a binary KPI, the valid range, a
     * ratio's quotient against it without dividing) gives the violations the check of the general form gives.
     */
    @Property
    void theCheckOfAPackedMeasurementIsTheGeneralOne(@ForAll("signed") BigDecimal a, @ForAll("signed") BigDecimal b,
            @ForAll("signed") BigDecimal x, @ForAll("nonNegative") BigDecimal d, @ForAll boolean ratio,
            @ForAll boolean binary, @ForAll boolean lowerOnly) {
        BigDecimal lower = a.min(b);
        ValueRange range = lowerOnly ? ValueRange.atLeast(lower) : ValueRange.of(lower, a.max(b));
        KpiDefinition.Builder kb = KpiDefinition.builder().id("k").name("K").unit("u").validRange(range)
                .effectiveFrom(LocalDate.of(2026, 1, 1));
        if (binary && !ratio) {
            kb.direction(Direction.BINARY).aggregation(AggregationRule.max());
        } else {
            // thresholds within the range: its lower bound and its upper bound (or one above the lower)
            kb.direction(Direction.HIGHER_IS_BETTER).minimum(lower).target(lowerOnly ? lower.add(BigDecimal.ONE) : a.max(b))
                    .aggregation(ratio ? AggregationRule.ratio() : AggregationRule.mean());
        }
        KpiDefinition kpi;
        try {
            kpi = kb.build();
        } catch (dev.partnering.ValidationException invalid) {
            net.jqwik.api.Assume.that(false); // a range of one value (minimum = target), or 0 or 1 outside a binary's
            return;
        }
        BigDecimal value = binary && !ratio ? (x.signum() > 0 ? BigDecimal.ONE : x.signum() < 0 ? x : BigDecimal.ZERO) : x;
        Measurement packed;
        Measurement general;
        if (ratio) {
            BigDecimal n = x.abs();
            BigDecimal den = d.signum() == 0 && n.signum() != 0 ? BigDecimal.ONE : d; // n/0 is invalid
            packed = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).ratio(n, den).build();
            general = ImmutableMeasurement.builder().kpiId("k").period(MARCH).recordedAt(AT).numerator(n).denominator(den)
                    .build();
        } else {
            packed = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(value).build();
            general = ImmutableMeasurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(value).build();
        }
        assertEquals(kpi.violationsOf(general), kpi.violationsOf(packed), packed + " against " + range);
        // both outcomes of the check on packed figures are drawn, not only one
        net.jqwik.api.statistics.Statistics.label("packed, fits").collect(packed instanceof CompactMeasurement,
                kpi.violationsOf(packed).isEmpty());
        net.jqwik.api.statistics.Statistics.label("packed, fits").coverage(c -> {
            c.check(true, true).percentage(p -> p > 5);
            c.check(true, false).percentage(p -> p > 5);
        });
        // and a measurement of the other kind is refused either way
        Measurement other = ratio ? Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(x).build()
                : Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).ratio(x.abs(), BigDecimal.ONE).build();
        assertEquals(false, kpi.violationsOf(other).isEmpty());
    }

    @Example
    void theCommonCaseIsHeldLazily() {
        // one compact value: the lazy form (its value held as a long, read back through the calculators' accessor)
        KpiDefinition kpi = kpi(AggregationRule.mean());
        Measurement m = Measurement.builder().kpiId("k").period(MARCH).recordedAt(AT).value(new BigDecimal("98.125"))
                .build();
        Aggregation lazy = Aggregator.aggregate(kpi, MARCH, List.of(m), 2);
        // 98.125 at 2 decimals, HALF_EVEN: 98.12 (unscaled 9812, scale 2), packed as 9812 << 5 | 2
        assertEquals(9812L << 5 | 2, Secret.AGGREGATION_VALUE.get().applyAsLong(lazy));
        assertEquals(new BigDecimal("98.12"), lazy.value().get());
        // the eager form holds no fixed-point value
        assertEquals(Long.MIN_VALUE, Secret.AGGREGATION_VALUE.get().applyAsLong(
                Aggregator.aggregateEagerly(kpi, MARCH, List.of(m), 2)));
    }
}
