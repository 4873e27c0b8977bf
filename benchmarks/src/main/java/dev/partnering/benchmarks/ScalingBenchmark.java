package dev.partnering.benchmarks;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5: scorecards plus incentive statements for 1×, 2× and 4× the headline portfolio
 * (10,000, 20,000 and 40,000 agreements), to show that the time grows linearly with its size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
public class ScalingBenchmark {

    /** The multiple of the headline portfolio's agreements. */
    @Param({"1", "2", "4"})
    public int scale;

    /** Worker threads evaluating the portfolio. */
    @Param("2")
    public int threads;

    private Portfolio portfolio;
    private ForkJoinPool pool;

    /** Generates the portfolio once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        portfolio = PortfolioGenerator.headline().times(scale).generate();
        pool = new ForkJoinPool(threads);
        settle();
    }

    /**
     * Collects the generator's garbage and moves the portfolio to the old generation before the first
     * iteration: an operation takes one to four seconds, one per iteration, and without this the first
     * measured iterations paid for copying the portfolio out of the young generation (3.8 s against
     * 0.7 s at scale 1 in one run).
     */
    static void settle() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
    }

    /** Stops the workers. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /** @return a checksum of every scorecard and incentive statement of the portfolio */
    @Benchmark
    public long evaluate() {
        return PortfolioEvaluation.scorecardsAndIncentives(portfolio, pool);
    }
}
