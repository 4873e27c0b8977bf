package dev.partnering.analysis;

import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.PeriodStatement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Back-tests a proposed incentive scheme — new targets, other allocations, another curve — on the
 * measurements, events and costs of past periods, and compares it period by period with the scheme
 * that was in force. New targets are expressed as a proposed agreement (its KPI definitions);
 * scorecards are recomputed for each side.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class BackTester {

    private BackTester() {
    }

    /**
     * @param current  the agreement in force, with its scheme, not null
     * @param proposed  the proposed agreement (same parties and currency), with the proposed scheme, not null
     * @param periods  the past periods, one granularity, not empty, not null
     * @param measurements  their measurements, not null
     * @param events  their breach events, not null
     * @param costs  their cost outcomes per period and gain-share id, not null
     * @return the comparison, never null
     * @throws dev.partnering.ValidationException if either agreement has no scheme or an input breaks a rule
     */
    public static BackTest compare(Agreement current, Agreement proposed, List<ReportingPeriod> periods,
            Collection<Measurement> measurements, Collection<BreachEvent> events,
            Map<ReportingPeriod, Map<String, CostOutcome>> costs) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(proposed, "proposed");
        IncentiveStatement a = IncentiveCalculator.standard().calculate(current, scheme(current), periods, measurements,
                events, costs);
        IncentiveStatement b = IncentiveCalculator.standard().calculate(proposed, scheme(proposed), periods, measurements,
                events, costs);
        List<BackTest.Row> rows = new ArrayList<>();
        Explanation.Builder ex = Explanation.builder("Back-test of the proposed scheme for " + proposed.id());
        for (int i = 0; i < a.periods().size(); i++) {
            PeriodStatement pa = a.periods().get(i);
            PeriodStatement pb = b.periods().get(i);
            BackTest.Row row = new BackTest.Row(pa.period(), pa.net(), pb.net());
            rows.add(row);
            ex.add(Step.of(StepKind.COMPUTATION, pa.period() + ": in force " + pa.net() + ", proposed " + pb.net()
                    + ", difference " + row.difference()));
        }
        ex.add(Step.of(StepKind.RESULT, "total: in force " + a.totalNet() + ", proposed " + b.totalNet() + ", difference "
                + b.totalNet().minus(a.totalNet())));
        return new BackTest(rows, a, b, ex.build());
    }

    /**
     * Back-tests proposed per-supplier schemes and joint arrangement against the ones in force, per
     * supplier and for the whole: both sides are computed by
     * {@link dev.partnering.evaluation.MultiSupplierIncentiveCalculator} on the same past inputs. A
     * supplier's row holds its net under each side (zero on a side where it has neither a scheme
     * nor a joint share); a row of the whole holds the sum over the suppliers.
     *
     * @param current  the multi-supplier agreement in force, not null
     * @param proposed  the proposed agreement (same currency), with its per-supplier schemes and joint arrangement, not null
     * @param periods  the past periods, one granularity, not empty, not null
     * @param measurements  their measurements, not null
     * @param events  their breach events, not null
     * @param costs  their cost outcomes per period and gain-share id, not null
     * @return the comparison per supplier and for the whole, never null
     * @throws dev.partnering.ValidationException if either agreement has neither per-supplier schemes nor a joint
     *         arrangement, or an input breaks a rule
     * @since 0.1.0
     */
    public static MultiSupplierBackTest compareSuppliers(Agreement current, Agreement proposed, List<ReportingPeriod> periods,
            Collection<Measurement> measurements, Collection<BreachEvent> events,
            Map<ReportingPeriod, Map<String, CostOutcome>> costs) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(proposed, "proposed");
        dev.partnering.evaluation.MultiSupplierIncentiveCalculator calc =
                dev.partnering.evaluation.MultiSupplierIncentiveCalculator.standard();
        dev.partnering.incentive.MultiSupplierStatement a = calc.calculate(current, periods, measurements, events, costs);
        dev.partnering.incentive.MultiSupplierStatement b = calc.calculate(proposed, periods, measurements, events, costs);
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(a.suppliers().keySet());
        ids.addAll(b.suppliers().keySet());
        Money zero = Money.zero(current.currency());
        Map<String, List<BackTest.Row>> bySupplier = new java.util.LinkedHashMap<>();
        List<BackTest.Row> whole = new ArrayList<>();
        Explanation.Builder ex = Explanation.builder("Back-test of the proposed per-supplier schemes for " + proposed.id());
        for (int i = 0; i < a.periods().size(); i++) {
            ReportingPeriod period = a.periods().get(i).period();
            Money sumA = zero;
            Money sumB = zero;
            for (String id : ids) {
                Money na = net(a, id, i, zero);
                Money nb = net(b, id, i, zero);
                BackTest.Row row = new BackTest.Row(period, na, nb);
                bySupplier.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
                ex.add(Step.of(StepKind.COMPUTATION, period + " " + id + ": in force " + na + ", proposed " + nb
                        + ", difference " + row.difference()));
                sumA = sumA.plus(na);
                sumB = sumB.plus(nb);
            }
            BackTest.Row row = new BackTest.Row(period, sumA, sumB);
            whole.add(row);
            ex.add(Step.of(StepKind.COMPUTATION, period + " all suppliers: in force " + sumA + ", proposed " + sumB
                    + ", difference " + row.difference()));
        }
        MultiSupplierBackTest result = new MultiSupplierBackTest(bySupplier, whole, a, b, ex.build());
        Explanation.Builder done = Explanation.builder("Back-test of the proposed per-supplier schemes for " + proposed.id());
        result.explanation().steps().forEach(done::add);
        for (String id : ids) {
            done.add(Step.of(StepKind.RESULT, id + " total difference " + result.supplierTotalDifference(id)));
        }
        done.add(Step.of(StepKind.RESULT, "all suppliers total difference " + result.totalDifference()));
        return new MultiSupplierBackTest(bySupplier, whole, a, b, done.build());
    }

    private static Money net(dev.partnering.incentive.MultiSupplierStatement s, String supplierId, int period, Money zero) {
        return s.supplier(supplierId).map(x -> x.periods().get(period).net()).orElse(zero);
    }

    private static IncentiveScheme scheme(Agreement agreement) {
        return agreement.incentiveScheme().orElseThrow(() -> new dev.partnering.ValidationException("Back-test",
                List.of(dev.partnering.Violation.of("incentiveScheme", null, "agreement '" + agreement.id()
                        + "' has no incentive scheme to back-test"))));
    }
}
