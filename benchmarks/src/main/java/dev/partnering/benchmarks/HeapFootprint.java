package dev.partnering.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ForkJoinPool;


/**
 * Measures the heap the headline portfolio needs: the retained heap of its measurements, a
 * {@link dev.partnering.kpi.MeasurementTable} per agreement (used heap after a full GC with and
 * without them), and the peak heap used while the whole portfolio is
 * evaluated (scorecards and incentive statements), sampled every 5 ms. Run it with
 * the heap limit to test, e.g. {@code -Xmx1g} to show the measurements fit in 1 GiB.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    /**
     * @param args  optional: agreements (default 10,000), worker threads (default 2)
     * @throws InterruptedException if interrupted while settling the heap
     */
    public static void main(String[] args) throws InterruptedException {
        int agreements = args.length > 0 ? Integer.parseInt(args[0]) : PortfolioGenerator.HEADLINE_AGREEMENTS;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        PortfolioGenerator generator = PortfolioGenerator.of(agreements, PortfolioGenerator.HEADLINE_KPIS,
                PortfolioGenerator.HEADLINE_PERIODS, 1, 42);
        long before = usedAfterGc();
        Portfolio portfolio = generator.generate();
        long withPortfolio = usedAfterGc();
        long measurements = portfolio.measurementCount();
        // the same portfolio without its measurements: the difference is what they alone retain
        Portfolio withoutMeasurements = new Portfolio(portfolio.agreements(), List.of(), portfolio.costs(),
                portfolio.periods(), portfolio.primitive());
        portfolio = null;
        long measurementBytes = withPortfolio - usedAfterGc();
        int agreementsKept = withoutMeasurements.agreements().size(); // keeps them reachable while measuring
        portfolio = generator.generate(); // deterministic: the same portfolio again, to evaluate
        long primitiveBytes = 8L * (portfolio.primitive().values().length + portfolio.primitive().denominators().length);
        // the peak of the heap in use, sampled every 5 ms while the whole portfolio is evaluated twice
        java.util.concurrent.atomic.AtomicLong peakUsed = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (running.get()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        ForkJoinPool pool = new ForkJoinPool(threads);
        long start = System.nanoTime();
        long checksum = PortfolioEvaluation.scorecardsAndIncentives(portfolio, pool);
        long millis = (System.nanoTime() - start) / 1_000_000;
        checksum += PortfolioEvaluation.scorecardsAndIncentives(portfolio, pool);
        pool.shutdown();
        running.set(false);
        sampler.join();
        long peak = peakUsed.get();
        System.out.printf("heap.agreements=%d%n", agreementsKept);
        System.out.printf("heap.measurements=%d%n", measurements);
        System.out.printf("heap.measurementsMiB=%.1f%n", measurementBytes / 1048576.0);
        System.out.printf("heap.bytesPerMeasurement=%.1f%n", (double) measurementBytes / measurements);
        System.out.printf("heap.portfolioMiB=%.1f%n", (withPortfolio - before) / 1048576.0);
        System.out.printf("heap.primitiveArraysMiB=%.1f%n", primitiveBytes / 1048576.0);
        System.out.printf("heap.peakDuringEvaluationMiB=%.1f%n", peak / 1048576.0);
        System.out.printf("heap.maxMiB=%.1f%n", Runtime.getRuntime().maxMemory() / 1048576.0);
        System.out.printf("heap.firstEvaluationMs=%d (checksum %d)%n", millis, checksum);
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            Runtime r = Runtime.getRuntime();
            used = Math.min(used, r.totalMemory() - r.freeMemory());
        }
        return used;
    }

}
