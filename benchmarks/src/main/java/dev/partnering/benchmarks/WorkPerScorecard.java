package dev.partnering.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * What one evaluation costs the thread that runs it, measured in that thread alone: its CPU time
 * and the bytes it allocates per scorecard (or per agreement's statement). A loaded machine
 * stretches wall time many times over; a thread's allocation does not change at all and its CPU
 * time far less, so this is the figure to compare before and after a change on a shared machine.
 * <p>
 * {@code java -cp benchmarks.jar dev.partnering.benchmarks.WorkPerScorecard [scorecards|scorecards-list|one-period-list|statements] [agreements] [runs]}
 * <p>
 * {@code scorecards} reads each agreement's {@code MeasurementTable}; {@code scorecards-list} gives the same
 * measurements as a list of {@code Measurement} objects (made before the measured runs) to the
 * {@code Collection} overload, so the figure includes whatever that overload does with the list;
 * {@code one-period-list} gives only the last period's measurements (one a KPI) for that period's scorecard
 * alone, the smallest input the overload sees.
 */
public final class WorkPerScorecard {

    private WorkPerScorecard() {
    }

    /**
     * @param args  the work ({@code scorecards}, {@code scorecards-list}, {@code one-period-list} or {@code statements}), agreements (default 300),
     *              measured runs after two warm-up runs (default 5)
     */
    public static void main(String[] args) {
        String work = args.length > 0 ? args[0] : "scorecards";
        int agreements = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Portfolio portfolio = PortfolioGenerator.of(agreements, PortfolioGenerator.HEADLINE_KPIS,
                PortfolioGenerator.HEADLINE_PERIODS, 1, 42).generate();
        java.util.List<java.util.List<dev.partnering.kpi.Measurement>> lists = new java.util.ArrayList<>();
        dev.partnering.period.ReportingPeriod last = portfolio.periods().get(portfolio.periods().size() - 1);
        boolean onePeriod = "one-period-list".equals(work);
        if ("scorecards-list".equals(work) || onePeriod) {
            for (int a = 0; a < agreements; a++) {
                java.util.List<dev.partnering.kpi.Measurement> list = new java.util.ArrayList<>();
                for (dev.partnering.kpi.Measurement m : portfolio.tables().get(a).asList()) {
                    if (!onePeriod || m.period().equals(last)) {
                        list.add(m);
                    }
                }
                lists.add(list);
            }
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long checksum = 0;
        long bestCpu = Long.MAX_VALUE;
        long bytes = 0;
        for (int r = -2; r < runs; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            for (int a = 0; a < agreements; a++) {
                checksum += "statements".equals(work) ? PortfolioEvaluation.statementOf(portfolio, a).periods().size()
                        : onePeriod ? dev.partnering.evaluation.ScorecardCalculator.standard()
                                .calculate(portfolio.agreements().get(a), last, lists.get(a)).lines().size()
                        : "scorecards-list".equals(work) ? PortfolioEvaluation.scorecardsOf(portfolio, a, lists.get(a)).size()
                        : PortfolioEvaluation.scorecardsOf(portfolio, a).size();
            }
            if (r >= 0) {
                bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
                bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
            }
        }
        long scorecards = onePeriod ? agreements : (long) agreements * portfolio.periods().size();
        System.out.printf("%s: %d agreements, best thread CPU %.1f ms = %.2f µs per scorecard, %d bytes allocated per"
                + " scorecard (checksum %d)%n", work, agreements, bestCpu / 1e6, bestCpu / 1e3 / scorecards,
                bytes / scorecards, checksum);
    }
}
