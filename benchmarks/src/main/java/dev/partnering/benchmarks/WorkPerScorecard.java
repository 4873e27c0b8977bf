package dev.partnering.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * What one evaluation costs the thread that runs it, measured in that thread alone: its CPU time
 * and the bytes it allocates per scorecard (or per agreement's statement). A loaded machine
 * stretches wall time many times over; a thread's allocation does not change at all and its CPU
 * time far less, so this is the figure to compare before and after a change on a shared machine.
 * <p>
 * {@code java -cp benchmarks.jar dev.partnering.benchmarks.WorkPerScorecard [scorecards|statements] [agreements] [runs]}
 */
public final class WorkPerScorecard {

    private WorkPerScorecard() {
    }

    /**
     * @param args  the work ({@code scorecards} or {@code statements}), agreements (default 300),
     *              measured runs after two warm-up runs (default 5)
     */
    public static void main(String[] args) {
        String work = args.length > 0 ? args[0] : "scorecards";
        int agreements = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Portfolio portfolio = PortfolioGenerator.of(agreements, PortfolioGenerator.HEADLINE_KPIS,
                PortfolioGenerator.HEADLINE_PERIODS, 1, 42).generate();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long checksum = 0;
        long bestCpu = Long.MAX_VALUE;
        long bytes = 0;
        for (int r = -2; r < runs; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            for (int a = 0; a < agreements; a++) {
                checksum += "statements".equals(work) ? PortfolioEvaluation.statementOf(portfolio, a).periods().size()
                        : PortfolioEvaluation.scorecardsOf(portfolio, a).size();
            }
            if (r >= 0) {
                bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
                bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
            }
        }
        long scorecards = (long) agreements * portfolio.periods().size();
        System.out.printf("%s: %d agreements, best thread CPU %.1f ms = %.2f µs per scorecard, %d bytes allocated per"
                + " scorecard (checksum %d)%n", work, agreements, bestCpu / 1e6, bestCpu / 1e3 / scorecards,
                bytes / scorecards, checksum);
    }
}
