package dev.partnering.analysis;

import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.KpiDistribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.evaluation.ScorecardCalculator;

/**
 * Simulates an incentive scheme: draws each KPI's period value from its {@link KpiDistribution}
 * for N independent periods, evaluates the scheme on each (as the given period, with its fee) and
 * reports the distribution of the supplier's and the customer side's net outcome. Values are
 * clamped into the KPI's valid range. The same seed gives the same report.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Simulator {

    private static final BigDecimal RATIO_BASE = BigDecimal.valueOf(10_000);

    private Simulator() {
    }

    /**
     * @param agreement  the agreement, with its scheme, not null
     * @param period  the period each simulated period is evaluated as (for its fee and KPI versions), not null
     * @param distributions  a distribution per KPI id of the agreement, not null; KPIs without one have no data
     * @param periods  how many periods to simulate, 1 to 1,000,000
     * @param seed  the seed
     * @return the report, never null
     * @throws ValidationException if the agreement has no scheme, a KPI is unknown or the count out of range
     */
    public static SimulationReport simulate(Agreement agreement, ReportingPeriod period,
            Map<String, KpiDistribution> distributions, int periods, long seed) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(distributions, "distributions");
        check(agreement, distributions, periods);
        IncentiveScheme scheme = agreement.incentiveScheme().get();
        Random random = new Random(seed);
        Map<String, KpiDistribution> sorted = new TreeMap<>(distributions);
        List<Money> nets = new ArrayList<>(periods);
        for (int i = 0; i < periods; i++) {
            List<Measurement> ms = new ArrayList<>();
            for (Map.Entry<String, KpiDistribution> e : sorted.entrySet()) {
                KpiDefinition kpi = agreement.kpiInForce(e.getKey(), period.start()).orElseThrow();
                ms.add(measurement(kpi, period, e.getValue().draw(random)));
            }
            IncentivePeriod inputs = IncentivePeriod.builder().period(period)
                    .scorecard(ScorecardCalculator.standard().calculate(agreement, period, ms)).build();
            nets.add(IncentiveCalculator.standard().calculate(agreement, scheme, List.of(inputs)).totalNet());
        }
        nets.sort(Money::compareTo);
        SimulationReport.Distribution supplier = distribution(nets);
        List<Money> negated = new ArrayList<>();
        for (int i = nets.size() - 1; i >= 0; i--) {
            negated.add(nets.get(i).negated());
        }
        SimulationReport.Distribution customer = distribution(negated);
        Explanation ex = Explanation.builder("Simulation of the incentive scheme of " + agreement.id())
                .add(Step.of(StepKind.INPUT, periods + " periods evaluated as " + period + ", seed " + seed))
                .add(Step.of(StepKind.INPUT, "distributions: " + sorted))
                .add(Step.of(StepKind.RESULT, "supplier net: mean " + supplier.mean() + ", p5 " + supplier.p5() + ", p50 "
                        + supplier.p50() + ", p95 " + supplier.p95()))
                .build();
        return new SimulationReport(periods, seed, supplier, customer, ex);
    }

    private static Measurement measurement(KpiDefinition kpi, ReportingPeriod period, BigDecimal drawn) {
        BigDecimal value = kpi.validRange().map(r -> clamp(drawn, r.lower().orElse(null), r.upper().orElse(null))).orElse(drawn);
        Measurement.Builder b = Measurement.builder().kpiId(kpi.id()).period(period).recordedAt(Instant.EPOCH)
                .source("simulation");
        if (kpi.aggregation() instanceof AggregationRule.Ratio) {
            BigDecimal ratio = clamp(value, BigDecimal.ZERO, BigDecimal.ONE);
            b.ratio(ratio.multiply(RATIO_BASE).setScale(0, RoundingMode.HALF_EVEN), RATIO_BASE);
        } else if (kpi.isBinary()) {
            b.value(value.compareTo(new BigDecimal("0.5")) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO);
        } else {
            b.value(value);
        }
        return b.build();
    }

    private static BigDecimal clamp(BigDecimal v, BigDecimal lower, BigDecimal upper) {
        BigDecimal r = v;
        if (lower != null && r.compareTo(lower) < 0) {
            r = lower;
        }
        if (upper != null && r.compareTo(upper) > 0) {
            r = upper;
        }
        return r;
    }

    private static SimulationReport.Distribution distribution(List<Money> sorted) {
        Money sum = sorted.stream().reduce(Money::plus).orElseThrow();
        Money mean = sum.dividedBy(BigDecimal.valueOf(sorted.size()));
        return new SimulationReport.Distribution(mean, rank(sorted, 5), rank(sorted, 50), rank(sorted, 95),
                sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static Money rank(List<Money> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(1, rank) - 1);
    }

    private static void check(Agreement agreement, Map<String, KpiDistribution> distributions, int periods) {
        List<Violation> v = new ArrayList<>();
        if (agreement.incentiveScheme().isEmpty()) {
            v.add(Violation.of("incentiveScheme", null, "agreement '" + agreement.id() + "' has no incentive scheme to simulate"));
        }
        if (periods < 1 || periods > 1_000_000) {
            v.add(Violation.of("periods", periods, "simulated periods " + periods + " must be 1 to 1,000,000"));
        }
        for (String kpi : new TreeMap<>(distributions).keySet()) {
            if (!agreement.kpiIds().contains(kpi)) {
                v.add(Violation.of("distributions." + kpi, kpi, "a distribution is given for kpi '" + kpi
                        + "', which the agreement does not define"));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException("Simulation", v);
        }
    }
}
