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
            List<Measurement> ms = draw(agreement, period, sorted, random);
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

    /**
     * Simulates a multi-supplier agreement per supplier and for the whole: draws the KPIs' period
     * values as {@link #simulate} does, evaluates each simulated period with
     * {@link dev.partnering.evaluation.MultiSupplierIncentiveCalculator} (each supplier's own scheme,
     * the joint scheme split by shares, the limits) and reports the distribution of each supplier's
     * net, of their sum and of the customer side's.
     *
     * @param agreement  the agreement, with per-supplier schemes and/or a joint arrangement, not null
     * @param period  the period each simulated period is evaluated as (for its fee and KPI versions), not null
     * @param distributions  a distribution per KPI id of the agreement, not null; KPIs without one have no data
     * @param costs  the cost outcome of each gain-share component in every simulated period (the same each time), not null
     * @param periods  how many periods to simulate, 1 to 1,000,000
     * @param seed  the seed
     * @return the distributions per supplier and for the whole, never null
     * @throws ValidationException if the agreement has neither per-supplier schemes nor a joint
     *         arrangement, a KPI is unknown, an input breaks a rule or the count is out of range
     * @since 0.1.0
     */
    public static MultiSupplierSimulation simulateSuppliers(Agreement agreement, ReportingPeriod period,
            Map<String, KpiDistribution> distributions, Map<String, dev.partnering.incentive.CostOutcome> costs,
            int periods, long seed) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(distributions, "distributions");
        Objects.requireNonNull(costs, "costs");
        List<Violation> v = new ArrayList<>();
        if (agreement.supplierSchemes().isEmpty() && agreement.jointArrangement().isEmpty()) {
            v.add(Violation.of("supplierSchemes", 0, "agreement '" + agreement.id()
                    + "' has neither per-supplier schemes nor a joint arrangement to simulate"));
        }
        checkDistributions(agreement, distributions, periods, v);
        if (!v.isEmpty()) {
            throw new ValidationException("Simulation", v);
        }
        Random random = new Random(seed);
        Map<String, KpiDistribution> sorted = new TreeMap<>(distributions);
        Map<String, List<Money>> bySupplier = new java.util.LinkedHashMap<>();
        agreement.suppliers().forEach(p -> bySupplier.put(p.id(), new ArrayList<>(periods)));
        List<Money> whole = new ArrayList<>(periods);
        Map<ReportingPeriod, Map<String, dev.partnering.incentive.CostOutcome>> periodCosts = Map.of(period, Map.copyOf(costs));
        for (int i = 0; i < periods; i++) {
            List<Measurement> ms = draw(agreement, period, sorted, random);
            dev.partnering.incentive.MultiSupplierStatement s = dev.partnering.evaluation.MultiSupplierIncentiveCalculator
                    .standard().calculate(agreement, List.of(period), ms, List.of(), periodCosts);
            Money sum = Money.zero(agreement.currency());
            for (Map.Entry<String, List<Money>> e : bySupplier.entrySet()) {
                Money net = s.supplier(e.getKey()).map(x -> x.periods().get(0).net()).orElse(Money.zero(agreement.currency()));
                e.getValue().add(net);
                sum = sum.plus(net);
            }
            whole.add(sum);
        }
        Map<String, SimulationReport.Distribution> suppliers = new java.util.LinkedHashMap<>();
        Explanation.Builder ex = Explanation.builder("Simulation per supplier of " + agreement.id())
                .add(Step.of(StepKind.INPUT, periods + " periods evaluated as " + period + ", seed " + seed))
                .add(Step.of(StepKind.INPUT, "distributions: " + sorted + "; cost outcomes each period: " + new TreeMap<>(costs)));
        for (Map.Entry<String, List<Money>> e : bySupplier.entrySet()) {
            List<Money> nets = e.getValue();
            nets.sort(Money::compareTo);
            SimulationReport.Distribution d = distribution(nets);
            suppliers.put(e.getKey(), d);
            ex.add(Step.of(StepKind.RESULT, "supplier " + e.getKey() + " net: mean " + d.mean() + ", p5 " + d.p5() + ", p50 "
                    + d.p50() + ", p95 " + d.p95()));
        }
        whole.sort(Money::compareTo);
        List<Money> negated = new ArrayList<>();
        for (int i = whole.size() - 1; i >= 0; i--) {
            negated.add(whole.get(i).negated());
        }
        SimulationReport.Distribution all = distribution(whole);
        ex.add(Step.of(StepKind.RESULT, "all suppliers net: mean " + all.mean() + ", p5 " + all.p5() + ", p50 " + all.p50()
                + ", p95 " + all.p95()));
        return new MultiSupplierSimulation(periods, seed, suppliers, all, distribution(negated), ex.build());
    }

    private static List<Measurement> draw(Agreement agreement, ReportingPeriod period, Map<String, KpiDistribution> sorted,
            Random random) {
        List<Measurement> ms = new ArrayList<>();
        for (Map.Entry<String, KpiDistribution> e : sorted.entrySet()) {
            KpiDefinition kpi = agreement.kpiInForce(e.getKey(), period.start()).orElseThrow();
            ms.add(measurement(kpi, period, e.getValue().draw(random)));
        }
        return ms;
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

    private static void checkDistributions(Agreement agreement, Map<String, KpiDistribution> distributions, int periods,
            List<Violation> v) {
        if (periods < 1 || periods > 1_000_000) {
            v.add(Violation.of("periods", periods, "simulated periods " + periods + " must be 1 to 1,000,000"));
        }
        for (String kpi : new TreeMap<>(distributions).keySet()) {
            if (!agreement.kpiIds().contains(kpi)) {
                v.add(Violation.of("distributions." + kpi, kpi, "a distribution is given for kpi '" + kpi
                        + "', which the agreement does not define"));
            }
        }
    }

    private static void check(Agreement agreement, Map<String, KpiDistribution> distributions, int periods) {
        List<Violation> v = new ArrayList<>();
        if (agreement.incentiveScheme().isEmpty()) {
            v.add(Violation.of("incentiveScheme", null, "agreement '" + agreement.id() + "' has no incentive scheme to simulate"));
        }
        checkDistributions(agreement, distributions, periods, v);
        if (!v.isEmpty()) {
            throw new ValidationException("Simulation", v);
        }
    }
}
