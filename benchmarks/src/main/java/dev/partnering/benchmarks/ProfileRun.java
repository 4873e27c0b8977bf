package dev.partnering.benchmarks;

import java.util.concurrent.ForkJoinPool;

/**
 * A plain run to profile with JFR: evaluates a portfolio again and again for a number of seconds,
 * e.g. {@code java -XX:StartFlightRecording=settings=profile,filename=scorecards.jfr -cp benchmarks.jar
 * dev.partnering.benchmarks.ProfileRun scorecards 2000 30}.
 */
public final class ProfileRun {

    private ProfileRun() {
    }

    /**
     * @param args  the work ({@code scorecards} or {@code statements}), agreements (default 2,000),
     *              seconds (default 30; at least 3 runs after the warm-up), worker threads (default 2)
     */
    public static void main(String[] args) {
        String work = args.length > 0 ? args[0] : "scorecards";
        int agreements = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Portfolio portfolio = PortfolioGenerator.of(agreements, PortfolioGenerator.HEADLINE_KPIS,
                PortfolioGenerator.HEADLINE_PERIODS, 1, 42).generate();
        ForkJoinPool pool = new ForkJoinPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long checksum = 0;
        int runs = 0;
        long best = Long.MAX_VALUE;
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        // the first run warms up; then the CPU time the process spends per run, which a loaded machine
        // changes far less than the wall time
        checksum += "statements".equals(work) ? PortfolioEvaluation.scorecardsAndIncentives(portfolio, pool)
                : PortfolioEvaluation.scorecards(portfolio, pool);
        long cpuStart = os.getProcessCpuTime();
        while (System.nanoTime() < end || runs < 3) {
            long start = System.nanoTime();
            checksum += "statements".equals(work) ? PortfolioEvaluation.scorecardsAndIncentives(portfolio, pool)
                    : PortfolioEvaluation.scorecards(portfolio, pool);
            best = Math.min(best, System.nanoTime() - start);
            runs++;
        }
        long cpu = os.getProcessCpuTime() - cpuStart;
        pool.shutdown();
        System.out.printf("%s: %d agreements, %d runs, best %.1f ms, CPU %.1f ms per run (checksum %d)%n", work,
                agreements, runs, best / 1e6, cpu / 1e6 / Math.max(1, runs), checksum);
    }
}
