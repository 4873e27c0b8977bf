package dev.partnering.scorecard;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitrary;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.PartneringArbitraries;

/** KPIs and measurements from the testkit, and core's scorecard fixture, for the Jackson module's tests. */
public final class SharedArbitraries {

    /** The month the generated measurements are in. */
    public static final ReportingPeriod MONTH = ReportingPeriod.parse("2026-03");

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

    /** @return generated KPIs (every aggregation rule, both directions) and measurements of {@link #MONTH} */
    public static Arbitrary<ScorecardCase> cases() {
        return PartneringArbitraries.agreements().withKpis(1, 5).startingOn(LocalDate.of(2026, 1, 1)).withoutIncentiveScheme()
                .flatMap(a -> PartneringArbitraries.periodInputs(a).in(MONTH)
                        .map(inputs -> new ScorecardCase(a.kpis(), inputs.measurements())));
    }

    /** @return a small agreement over the KPIs with the policy */
    public static Agreement agreement(MissingDataPolicy policy, List<KpiDefinition> kpis) {
        return ScorecardFixtures.agreement(policy, kpis);
    }
}
