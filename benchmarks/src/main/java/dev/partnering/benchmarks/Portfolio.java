package dev.partnering.benchmarks;

import java.util.List;
import java.util.Map;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;

/**
 * A generated portfolio: agreements, their measurements and cost outcomes, the monthly periods
 * they are evaluated over, and the same figures as primitive arrays for the baseline.
 *
 * @param agreements  the agreements, each with an incentive scheme
 * @param measurements  per agreement (same index), its measurements
 * @param costs  per agreement (same index), its cost outcomes per period and gain-share id
 * @param periods  the monthly periods of the portfolio, in order
 * @param primitive  the same inputs as primitive arrays
 */
public record Portfolio(List<Agreement> agreements, List<List<Measurement>> measurements,
        List<Map<ReportingPeriod, Map<String, CostOutcome>>> costs, List<ReportingPeriod> periods,
        PrimitivePortfolio primitive) {

    /** @return the number of measurements in the portfolio */
    public long measurementCount() {
        long n = 0;
        for (List<Measurement> m : measurements) {
            n += m.size();
        }
        return n;
    }
}
