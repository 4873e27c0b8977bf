package dev.partnering.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;

/**
 * A generated multi-supplier agreement with the inputs of a few consecutive months: what a
 * property about per-supplier incentives needs.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agreement  the agreement, with per-supplier schemes and a joint arrangement, not null
 * @param periods  the months, chronological, not null
 * @param measurements  the measurements of every KPI in those months, not null
 * @param costs  the cost outcome of the joint gain share per month, not null
 * @since 0.1.0
 */
public record MultiSupplierCase(Agreement agreement, List<ReportingPeriod> periods, List<Measurement> measurements,
        Map<ReportingPeriod, Map<String, CostOutcome>> costs) {

    /**
     * @param agreement the agreement, with per-supplier schemes and a joint arrangement, not null
     * @param periods the months, chronological, not null
     * @param measurements the measurements of every KPI in those months, not null
     * @param costs the cost outcome of the joint gain share per month, not null
     * @throws NullPointerException if an argument is null
     */
    public MultiSupplierCase {
        Objects.requireNonNull(agreement, "agreement");
        periods = List.copyOf(periods);
        measurements = List.copyOf(measurements);
        costs = Map.copyOf(costs);
    }

    /**
     * @param measurements  other measurements, not null
     * @return a copy with those measurements, never null
     */
    public MultiSupplierCase withMeasurements(List<Measurement> measurements) {
        return new MultiSupplierCase(agreement, periods, measurements, costs);
    }
}
