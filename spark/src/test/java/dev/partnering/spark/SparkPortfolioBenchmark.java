package dev.partnering.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnering.benchmarks.Portfolio;
import dev.partnering.benchmarks.PortfolioEvaluation;
import dev.partnering.benchmarks.PortfolioGenerator;

/**
 * The benchmark of the Spark job, run on request only (its name is not a test's):
 * <pre>
 * mvn -B -ntp -Pspark,benchmarks -pl spark -am test -Dtest=SparkPortfolioBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dpartnering.spark.agreements=1000]
 * </pre>
 * One portfolio (N agreements × 20 KPIs × 36 months × 1 measurement, the benchmarks' generator),
 * written as the job reads it; then, in one run: the single-JVM evaluation on 1 and on 2 threads
 * (scorecards and incentive statements, no I/O), and the whole Spark job (read CSV and JSON,
 * shuffle by agreement, evaluate, write Parquet and JSON) on {@code local[1]} and {@code local[2]}, and
 * on {@code local[2]} once more without the scorecards' JSON documents.
 * It prints wall times, per-agreement task time, shuffle bytes and input and output sizes, and
 * writes them to {@code spark/target/spark-benchmark.txt}.
 */
class SparkPortfolioBenchmark {

    @TempDir
    Path dir;

    @Test
    void localOneAgainstLocalTwoAgainstOneJvm() throws Exception {
        int n = Integer.getInteger("partnering.spark.agreements", 1000);
        Portfolio portfolio = PortfolioGenerator.of(n, 20, 36, 1, 42).generate();
        Path agreements = PortfolioFiles.agreementLines(portfolio, dir.resolve("agreements.jsonl"));
        Path measurements = PortfolioFiles.write(dir.resolve("measurements.csv"), PortfolioFiles.measurementLines(portfolio));
        Path costs = PortfolioFiles.write(dir.resolve("costs.csv"), PortfolioFiles.costLines(portfolio));
        PortfolioInputs inputs = PortfolioInputs.of(agreements.toString(), measurements.toString()).withAgreementsPerLine()
                .withCosts(costs.toString());
        List<String> report = new ArrayList<>();
        report.add(String.format("portfolio: %,d agreements × 20 KPIs × 36 months = %,d measurements; input %s (agreements %s,"
                + " measurements %s, costs %s)", n, portfolio.measurementCount(),
                mib(size(agreements) + size(measurements) + size(costs)), mib(size(agreements)), mib(size(measurements)),
                mib(size(costs))));
        report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, shared with other builds (one run each)");

        // warm the calculators up on a tenth, then one run each
        PortfolioEvaluation.scorecardsAndIncentives(PortfolioGenerator.of(Math.max(1, n / 10), 20, 36, 1, 1).generate(),
                new ForkJoinPool(2));
        for (int threads : new int[] {1, 2}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            long start = System.nanoTime();
            PortfolioEvaluation.scorecardsAndIncentives(portfolio, pool);
            long ms = (System.nanoTime() - start) / 1_000_000;
            pool.shutdown();
            report.add(String.format("single JVM, %d thread(s): %,d ms (%.2f ms per agreement)", threads, ms, (double) ms / n));
        }
        report.add(spark("local[1]", PortfolioJob.standard(), inputs, dir.resolve("out-1"), n));
        report.add(spark("local[2]", PortfolioJob.standard(), inputs, dir.resolve("out-2"), n));
        report.add("without scorecard documents: "
                + spark("local[2]", PortfolioJob.standard().withoutScorecardDocuments(), inputs, dir.resolve("out-2s"), n));
        report.forEach(System.out::println);
        Files.write(Path.of("target", "spark-benchmark.txt"), report);
    }

    private static String spark(String master, PortfolioJob job, PortfolioInputs inputs, Path out, int n) {
        SparkSession.clearActiveSession();
        SparkSession.clearDefaultSession();
        SparkSession spark = SparkSession.builder().master(master).appName("partnering benchmark " + master)
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
        AtomicLong runTime = new AtomicLong();
        AtomicLong shuffleBytes = new AtomicLong();
        AtomicLong shuffleRecords = new AtomicLong();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    runTime.addAndGet(end.taskMetrics().executorRunTime());
                    shuffleBytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
                    shuffleRecords.addAndGet(end.taskMetrics().shuffleWriteMetrics().recordsWritten());
                }
            }
        });
        try {
            long start = System.nanoTime();
            JobSummary summary;
            try (PortfolioResult result = job.evaluate(spark, inputs)) {
                result.write(out.toString(), SaveMode.Overwrite);
                summary = result.summary();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            return String.format("spark %s: %,d ms wall (%.2f ms per agreement); task time %,d ms (%.2f ms per agreement);"
                    + " shuffle %s in %,d records (%,d bytes per agreement); output %s (scorecards %s, statements %s,"
                    + " scorecards-json %s, statements-json %s); %s", master, ms, (double) ms / n, runTime.get(),
                    (double) runTime.get() / n, mib(shuffleBytes.get()), shuffleRecords.get(), shuffleBytes.get() / n,
                    mib(size(out)), mib(size(out.resolve("scorecards"))), mib(size(out.resolve("statements"))),
                    mib(size(out.resolve("scorecards-json"))), mib(size(out.resolve("statements-json"))), summary);
        } finally {
            spark.stop();
        }
    }

    private static long size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
    }
}
