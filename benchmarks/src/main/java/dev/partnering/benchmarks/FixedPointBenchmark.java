package dev.partnering.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.decimal4j.api.DecimalArithmetic;
import org.decimal4j.scale.Scales;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.partnering.internal.Decimals;
import dev.partnering.internal.FixedPoint;

/**
 * The choice of the fixed-point arithmetic: one million correctly rounded quotients at 6 decimals
 * (HALF_EVEN) of a value recorded with 2 decimals by a count, the period mean of the hot path, in
 * three ways: {@link BigDecimal} arithmetic alone, the core's internal {@link FixedPoint} on scaled
 * longs (as a long; as the {@code BigDecimal} the API returns; and from and to BigDecimal, as
 * {@link Decimals#quotient} does it), and
 * decimal4j's checked {@code DecimalArithmetic} at scale 6 (operands brought to its scale first).
 * Every method returns a checksum; the three give the same quotients (checked in {@link #setUp}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FixedPointBenchmark {

    private static final int N = 1_000_000;
    private static final int DECIMALS = 6;
    private static final DecimalArithmetic D4J = Scales.getScaleMetrics(DECIMALS).getCheckedArithmetic(RoundingMode.HALF_EVEN);

    private long[] sums;
    private long[] counts;
    private BigDecimal[] bigSums;
    private BigDecimal[] bigCounts;

    /** Draws the operands and checks that the three ways agree. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        sums = new long[N];
        counts = new long[N];
        bigSums = new BigDecimal[N];
        bigCounts = new BigDecimal[N];
        for (int i = 0; i < N; i++) {
            counts[i] = 1 + random.nextInt(31);
            sums[i] = counts[i] * (9_860 + random.nextInt(141)); // e.g. availability 98.60 to 100.00, 2 decimals
            bigSums[i] = BigDecimal.valueOf(sums[i], 2);
            bigCounts[i] = BigDecimal.valueOf(counts[i]);
        }
        for (int i = 0; i < 10_000; i++) {
            BigDecimal exact = exact(bigSums[i], bigCounts[i]);
            BigDecimal fixed = FixedPoint.quotient(sums[i], 2, counts[i], 0, DECIMALS);
            long d4j = D4J.divide(D4J.fromUnscaled(sums[i], 2), D4J.fromUnscaled(counts[i], 0));
            if (!exact.equals(fixed) || !exact.equals(Decimals.quotient(bigSums[i], bigCounts[i], DECIMALS)) || exact.compareTo(BigDecimal.valueOf(d4j, DECIMALS)) != 0) {
                throw new IllegalStateException("the ways differ at " + i + ": " + exact + ", " + fixed + ", " + d4j);
            }
        }
    }

    /** @return the checksum of the quotients in BigDecimal arithmetic alone (what Decimals.quotient did before) */
    @Benchmark
    public long bigDecimal() {
        long sum = 0;
        for (int i = 0; i < N; i++) {
            sum += exact(bigSums[i], bigCounts[i]).scale();
        }
        return sum;
    }

    /** @return the checksum of Decimals.quotient: BigDecimal in and out, fixed point in between where it fits */
    @Benchmark
    public long decimalsQuotient() {
        long sum = 0;
        for (int i = 0; i < N; i++) {
            sum += Decimals.quotient(bigSums[i], bigCounts[i], DECIMALS).scale();
        }
        return sum;
    }

    private static BigDecimal exact(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal q = numerator.divide(denominator, DECIMALS, RoundingMode.HALF_EVEN);
        int keep = Math.min(DECIMALS, Math.max(0, numerator.scale() - denominator.scale()));
        BigDecimal stripped = q.stripTrailingZeros();
        return stripped.scale() < keep ? stripped.setScale(keep) : stripped;
    }

    /** @return the checksum of the fixed-point quotients, kept as longs */
    @Benchmark
    public long fixedPoint() {
        long sum = 0;
        for (int i = 0; i < N; i++) {
            sum += FixedPoint.unscaledQuotient(sums[i], 2, counts[i], 0, DECIMALS);
        }
        return sum;
    }

    /** @return the checksum of the fixed-point quotients, made into the BigDecimal the API returns */
    @Benchmark
    public long fixedPointToBigDecimal() {
        long sum = 0;
        for (int i = 0; i < N; i++) {
            sum += FixedPoint.quotient(sums[i], 2, counts[i], 0, DECIMALS).scale();
        }
        return sum;
    }

    /** @return the checksum of decimal4j's checked quotients at scale 6 */
    @Benchmark
    public long decimal4j() {
        long sum = 0;
        for (int i = 0; i < N; i++) {
            sum += D4J.divide(D4J.fromUnscaled(sums[i], 2), D4J.fromUnscaled(counts[i], 0));
        }
        return sum;
    }
}
