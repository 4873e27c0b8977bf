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
 * Benchmarks 1–3 on the headline portfolio (10,000 agreements × 20 KPIs × 36 months, one
 * measurement per KPI and month): the SDK's scorecards, scorecards plus incentive statements, and
 * the primitive baseline, each evaluating the whole portfolio per operation on {@code threads}
 * worker threads (2 by default: the calculators are stateless and thread-safe).
 * <p>
 * Eight warm-up iterations: on 2 cores the JIT's compiler threads share the cores with the two workers, and with
 * three the scorecards-and-statements operation was still getting faster through the measured iterations (a run at
 * {@code 13513c2}: warm-up 5,399, 2,638 and 1,184 ms, then 978, 968, 871, 775 and 800 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class PortfolioBenchmark {

    /** Worker threads evaluating the portfolio. */
    @Param("2")
    public int threads;

    /** Agreements in the portfolio. */
    @Param("10000")
    public int agreements;

    private Portfolio portfolio;
    private ForkJoinPool pool;

    /** Generates the portfolio once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        portfolio = PortfolioGenerator.of(agreements, PortfolioGenerator.HEADLINE_KPIS, PortfolioGenerator.HEADLINE_PERIODS, 1, 42)
                .generate();
        PortfolioEvaluation.verifyBaseline(portfolio, 200);
        pool = new ForkJoinPool(threads);
        ScalingBenchmark.settle(); // the generator's garbage collected, the portfolio in the old generation
    }

    /** Stops the workers. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /** @return a checksum of every scorecard of the portfolio */
    @Benchmark
    public long scorecards() {
        return PortfolioEvaluation.scorecards(portfolio, pool);
    }

    /** @return a checksum of every scorecard and incentive statement of the portfolio */
    @Benchmark
    public long scorecardsAndIncentives() {
        return PortfolioEvaluation.scorecardsAndIncentives(portfolio, pool);
    }

    /** @return a checksum of every score, computed over primitive arrays */
    @Benchmark
    public long baseline() {
        return PortfolioEvaluation.baseline(portfolio.primitive(), pool);
    }
}
