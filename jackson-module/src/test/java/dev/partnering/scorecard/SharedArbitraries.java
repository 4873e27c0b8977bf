package dev.partnering.scorecard;

import java.util.List;

import net.jqwik.api.Arbitrary;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;

/** Core's scorecard generators ({@code ScorecardProperties}, {@code ScorecardFixtures}) for the Jackson module's tests. */
public final class SharedArbitraries {

    /** The month the generated measurements are in. */
    public static final ReportingPeriod MONTH = ScorecardProperties.MONTH;

    private SharedArbitraries() {
    }

    /**
     * One to five KPIs and the measurements of one month.
     *
     * @param kpis  the KPIs
     * @param measurements  the measurements
     */
    public record ScorecardCase(List<KpiDefinition> kpis, List<Measurement> measurements) {
    }

    /** @return generated KPIs (every aggregation rule, both directions, with and without stretch) and measurements */
    public static Arbitrary<ScorecardCase> cases() {
        return new ScorecardProperties().cases().map(c -> new ScorecardCase(c.kpis(), c.measurements()));
    }

    /** @return a small agreement over the KPIs with the policy */
    public static Agreement agreement(MissingDataPolicy policy, List<KpiDefinition> kpis) {
        return ScorecardFixtures.agreement(policy, kpis);
    }
}
