package dev.partnering.benchmarks;

import java.util.List;
import java.util.Map;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.period.ReportingPeriod;

/**
 * A generated portfolio: agreements, their measurements (a {@link MeasurementTable} per agreement,
 * what the benchmarks evaluate and the heap report measures) and cost outcomes, the monthly periods
 * they are evaluated over, and the same figures as primitive arrays for the baseline.
 *
 * @param agreements  the agreements, each with an incentive scheme
 * @param tables  per agreement (same index), its measurements in a table
 * @param costs  per agreement (same index), its cost outcomes per period and gain-share id
 * @param periods  the monthly periods of the portfolio, in order
 * @param primitive  the same inputs as primitive arrays
 */
public record Portfolio(List<Agreement> agreements, List<MeasurementTable> tables,
        List<Map<ReportingPeriod, Map<String, CostOutcome>>> costs, List<ReportingPeriod> periods,
        PrimitivePortfolio primitive) {

    /** @return per agreement (same index), its measurements: views of the tables, each measurement made when read */
    public List<List<Measurement>> measurements() {
        return tables.stream().map(MeasurementTable::asList).toList();
    }

    /** @return the number of measurements in the portfolio */
    public long measurementCount() {
        long n = 0;
        for (MeasurementTable t : tables) {
            n += t.size();
        }
        return n;
    }
}
