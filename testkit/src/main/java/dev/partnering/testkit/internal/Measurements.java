package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.ValueRange;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Measurements that fit their KPI: values spread from well below the worst threshold to well beyond
 * the best one (within the valid range), shrinking toward the target; 0 or 1 for a BINARY KPI;
 * numerator and denominator (0 to 300, shrinking toward 100, the numerator toward the middle of
 * what the valid range allows) for a ratio.
 * Recorded on the period's last day at noon UTC plus 0 to 5 hours, so that times repeat; now and
 * then excluded for force majeure.
 */
public final class Measurements {

    /** The exclusion reason of generated excluded measurements. */
    public static final String FORCE_MAJEURE = "force majeure";

    private Measurements() {
    }

    /**
     * @param kpi  the KPI, not null
     * @param period  the period, not null
     * @param exclusions  true if some measurements may be excluded
     * @return measurements of the KPI in the period, each fitting it
     */
    public static Arbitrary<Measurement> of(KpiDefinition kpi, ReportingPeriod period, boolean exclusions) {
        Arbitrary<Instant> at = Arbitraries.integers().between(0, 5)
                .map(h -> period.end().atTime(12, 0).toInstant(ZoneOffset.UTC).plusSeconds(h * 3600L));
        Arbitrary<Optional<String>> excluded = exclusions
                ? Arbitraries.frequency(List.of(net.jqwik.api.Tuple.of(19, Optional.<String>empty()),
                        net.jqwik.api.Tuple.of(1, Optional.of(FORCE_MAJEURE))))
                : Arbitraries.just(Optional.empty());
        if (kpi.aggregation() instanceof AggregationRule.Ratio) {
            Arbitrary<BigDecimal[]> ratios = Combinators.combine(Arbitraries.integers().between(0, 300).shrinkTowards(100),
                    Arbitraries.integers().between(0, 1000).shrinkTowards(500)).as((d, f) -> ratio(kpi, d, f));
            return Combinators.combine(ratios, at, excluded).as((r, t, x) -> Measurement.builder().forKpi(kpi).period(period)
                    .ratio(r[0], r[1]).recordedAt(t).exclusionReason(x).build());
        }
        return Combinators.combine(values(kpi), at, excluded).as((v, t, x) -> Measurement.builder().forKpi(kpi).period(period)
                .value(v).recordedAt(t).exclusionReason(x).build());
    }

    private static Arbitrary<BigDecimal> values(KpiDefinition kpi) {
        if (kpi.isBinary()) {
            return Arbitraries.of(BigDecimal.ONE, BigDecimal.ZERO);
        }
        List<BigDecimal> thresholds = Stream.of(kpi.minimum(), kpi.target(), kpi.stretch())
                .flatMap(Optional::stream).toList();
        BigDecimal worst = thresholds.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal best = thresholds.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal span = best.subtract(worst);
        BigDecimal lo = worst.subtract(span);
        BigDecimal hi = best.add(span);
        if (kpi.validRange().isPresent()) {
            ValueRange r = kpi.validRange().get();
            lo = r.lower().map(lo::max).orElse(lo);
            hi = r.upper().map(hi::min).orElse(hi);
        }
        int scale = Math.min(6, 1 + thresholds.stream().mapToInt(t -> Math.max(0, t.scale())).max().orElse(0));
        return Decimals.between(lo, hi, scale, kpi.target().orElseThrow());
    }

    /** @return numerator and denominator within the valid range; f per mille across the room */
    private static BigDecimal[] ratio(KpiDefinition kpi, int denominator, int f) {
        BigDecimal d = BigDecimal.valueOf(denominator);
        if (denominator == 0) {
            return new BigDecimal[] {BigDecimal.ZERO, d};
        }
        Optional<ValueRange> range = kpi.validRange();
        BigDecimal lo = range.flatMap(ValueRange::lower).orElse(BigDecimal.ZERO).max(BigDecimal.ZERO);
        BigDecimal hi = range.flatMap(ValueRange::upper).orElse(lo.max(BigDecimal.ONE));
        BigDecimal min = lo.multiply(d).setScale(0, RoundingMode.CEILING);
        BigDecimal max = hi.multiply(d).setScale(0, RoundingMode.FLOOR);
        if (min.compareTo(max) > 0) {
            return new BigDecimal[] {lo.multiply(d), d};
        }
        BigDecimal n = min.add(max.subtract(min).multiply(BigDecimal.valueOf(f)).divideToIntegralValue(BigDecimal.valueOf(1000)));
        return new BigDecimal[] {n, d};
    }
}
