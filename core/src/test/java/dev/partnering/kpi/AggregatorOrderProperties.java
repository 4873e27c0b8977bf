package dev.partnering.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.partnering.ThoroughTries;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * An aggregation does not depend on the order of its measurements, explanation and lists included, even
 * where measurements rank alike but for the scale of a figure ({@code 10.0} and {@code 10.00}), their
 * scope or an empty source against none: {@link Aggregator#ORDER} is total on what makes measurements unequal. Found by the table's
 * order property in the testkit (a mean's explanation listed {@code [10.0, 10.00]} or
 * {@code [10.00, 10.0]} by the order given).
 */
@AddLifecycleHook(ThoroughTries.class)
class AggregatorOrderProperties {

    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2026-Q1");

    private static KpiDefinition kpi(AggregationRule rule) {
        return KpiDefinition.builder().id("availability").name("A").unit("u").direction(Direction.HIGHER_IS_BETTER)
                .thresholds(BigDecimal.ZERO, BigDecimal.ONE).aggregation(rule).effectiveFrom(LocalDate.of(2025, 1, 1))
                .build();
    }

    private static final List<AggregationRule> RULES = List.of(AggregationRule.mean(), AggregationRule.sum(),
            AggregationRule.min(), AggregationRule.max(), AggregationRule.last(), AggregationRule.ratio(),
            AggregationRule.percentile(new BigDecimal("90")));

    /** The measurements of {@link MeasurementTableProperties}, each value also at one more decimal. */
    @Provide
    Arbitrary<List<Measurement>> lists() {
        return new MeasurementTableProperties().lists().map(ms -> {
            List<Measurement> all = new ArrayList<>(ms);
            for (Measurement m : ms) {
                m.value().ifPresent(v -> all.add(Measurement.builder().kpiId(m.kpiId()).period(m.period())
                        .value(v.setScale(v.scale() + 1)).source(m.source()).recordedAt(m.recordedAt())
                        .exclusionReason(m.exclusionReason()).scope(m.scope()).build()));
                if (m.source().isEmpty() && m.value().isPresent()) {
                    // the same measurement with an empty source: unequal, ranked apart
                    all.add(Measurement.builder().kpiId(m.kpiId()).period(m.period()).value(m.value().get())
                            .source("").recordedAt(m.recordedAt()).exclusionReason(m.exclusionReason())
                            .scope(m.scope()).build());
                }
            }
            return all;
        });
    }

    @Property
    void aggregationsDoNotDependOnTheOrderOfTheMeasurements(@ForAll("lists") List<Measurement> ms, @ForAll long seed) {
        List<Measurement> shuffled = new ArrayList<>(ms);
        Collections.shuffle(shuffled, new Random(seed));
        for (AggregationRule rule : RULES) {
            boolean ratio = rule instanceof AggregationRule.Ratio;
            List<Measurement> fitting = ms.stream().filter(m -> m.isRatio() == ratio).toList();
            List<Measurement> fittingShuffled = shuffled.stream().filter(m -> m.isRatio() == ratio).toList();
            Aggregation a = Aggregator.aggregate(kpi(rule), Q1, fitting);
            Aggregation b = Aggregator.aggregate(kpi(rule), Q1, fittingShuffled);
            assertEquals(a, b, rule.toString());
            assertEquals(a.explanation().toString(), b.explanation().toString());
        }
    }

    /**
     * An empty source is a source: a measurement with {@code source("")} and one without any are
     * unequal, so the order ranks them apart. Found by review: the order compared the source's text
     * only, and a mean's used list followed the input order.
     */
    @Test
    void anEmptySourceIsOrderedApartFromNone() {
        Instant at = Instant.parse("2026-04-01T00:00:00Z");
        Measurement none = Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-01"))
                .value(BigDecimal.TEN).recordedAt(at).build();
        Measurement empty = Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-01"))
                .value(BigDecimal.TEN).recordedAt(at).source("").build();
        assertEquals(-1, Integer.signum(Aggregator.ORDER.compare(none, empty)));
        Aggregation a = Aggregator.aggregate(kpi(AggregationRule.mean()), Q1, List.of(none, empty));
        Aggregation b = Aggregator.aggregate(kpi(AggregationRule.mean()), Q1, List.of(empty, none));
        assertEquals(a, b);
        assertEquals(List.of(none, empty), a.used());
    }

    @Test
    void aValueAtAnotherScaleIsOrderedByItsScale() {
        Instant at = Instant.parse("2026-04-01T00:00:00Z");
        Measurement ten = Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-01"))
                .value(new BigDecimal("10.0")).recordedAt(at).build();
        Measurement tenAgain = Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-01"))
                .value(new BigDecimal("10.00")).recordedAt(at).build();
        // mean of [10.0, 10.00] = 20.00 / 2 = 10 whichever comes first, and the explanation lists 10.0 first
        Aggregation a = Aggregator.aggregate(kpi(AggregationRule.mean()), Q1, List.of(ten, tenAgain));
        Aggregation b = Aggregator.aggregate(kpi(AggregationRule.mean()), Q1, List.of(tenAgain, ten));
        assertEquals(a, b);
        assertEquals(List.of(ten, tenAgain), b.used());
        assertEquals(new BigDecimal("10"), b.value().orElseThrow());
    }
}
