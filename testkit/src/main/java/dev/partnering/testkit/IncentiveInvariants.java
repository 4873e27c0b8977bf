package dev.partnering.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.GainShare;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.testkit.internal.Comparisons;
import dev.partnering.testkit.internal.Report;
import dev.partnering.testkit.internal.Scaling;
import dev.partnering.testkit.internal.SequenceBounds;

/**
 * Reusable checks of the incentive invariants, to call on your own scheme (or your own
 * {@link IncentiveComponent}) inside your own property: each evaluates the scheme with the
 * standard {@link IncentiveCalculator} for one period and fails with an {@link AssertionError}
 * whose message shows the inputs and the outputs that broke it.
 * <ul>
 *   <li>{@link #assertMonotone(Improvement) monotonicity}: improving the inputs never lowers the
 *       supplier's net payout nor any component's amount (so never raises a credit or penalty);</li>
 *   <li>{@link #assertBounded bounds}: every component within the upside and downside it declares
 *       ({@link IncentiveComponent#exposure}), so credits within their pool, penalties and tier
 *       credits within their caps; a gain share's part within the savings; the net within the
 *       scheme's floor and cap;</li>
 *   <li>{@link #assertConserved conservation}: the parties' nets add up to zero exactly, the
 *       components to the gross, every part of a split to its whole, in minor units;</li>
 *   <li>{@link #assertOrderIndependent order independence}: shuffling measurements, events and
 *       KPIs changes nothing;</li>
 *   <li>{@link #assertScaleInvariant scale}: multiplying every money amount by k multiplies every
 *       payout by k, up to k minor units per part (one minor unit of rounding at the original
 *       scale), and the net up to k minor units per component;</li>
 *   <li>{@link #assertNeutralAtTarget neutrality}: performance exactly at target gives zero.</li>
 * </ul>
 * <pre>
 * IncentiveInvariants invariants = IncentiveInvariants.of(myAgreement);
 *
 * &#64;Property
 * void improvingNeverLowersThePayout(&#64;ForAll("improvements") Improvement improvement) {
 *     invariants.assertMonotone(improvement);
 * }
 *
 * &#64;Provide
 * Arbitrary&lt;Improvement&gt; improvements() {
 *     return PartneringArbitraries.periodInputs(myAgreement).improvements();
 * }
 * </pre>
 * <p>
 * Most checks evaluate a single period, without earlier periods: earn-back, rolling and yearly caps
 * start from nothing. {@link #assertMonotone(SequenceImprovement)},
 * {@link #assertMonotoneOverPeriods} and {@link #assertBoundedOverPeriods} evaluate a sequence of
 * periods as one calculation, so that earn-back, contract-year caps and rolling caps carry one
 * period's outcome into the next ones. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IncentiveInvariants {

    private final Agreement agreement;
    private final IncentiveScheme scheme;
    private final BiFunction<IncentiveComponent, BigDecimal, IncentiveComponent> scaling;

    private IncentiveInvariants(Agreement agreement, IncentiveScheme scheme,
            BiFunction<IncentiveComponent, BigDecimal, IncentiveComponent> scaling) {
        this.agreement = agreement;
        this.scheme = scheme;
        this.scaling = scaling;
    }

    /**
     * @param agreement  an agreement with an incentive scheme, not null
     * @return the checks of the agreement's scheme, never null
     * @throws IllegalArgumentException if the agreement has no scheme
     */
    public static IncentiveInvariants of(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        IncentiveScheme scheme = agreement.incentiveScheme().orElseThrow(() -> new IllegalArgumentException("agreement '"
                + agreement.id() + "' has no incentive scheme; use IncentiveInvariants.of(agreement, scheme)"));
        return new IncentiveInvariants(agreement, scheme, null);
    }

    /**
     * @param agreement  the agreement, not null
     * @param scheme  the scheme, valid against the agreement, not null
     * @return the checks of the scheme under the agreement, never null
     * @throws ValidationException if the scheme does not fit the agreement
     */
    public static IncentiveInvariants of(Agreement agreement, IncentiveScheme scheme) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(scheme, "scheme");
        List<Violation> violations = scheme.violationsAgainst(agreement);
        if (!violations.isEmpty()) {
            throw new ValidationException("Incentive scheme for agreement '" + agreement.id() + "'", violations);
        }
        return new IncentiveInvariants(agreement, scheme, null);
    }

    /**
     * The checks of one component on its own: a scheme of just that component, without floor or
     * cap, paying the agreement's lead supplier (or its first one).
     *
     * @param agreement  the agreement, not null
     * @param component  the component, e.g. one of your own, not null
     * @return the checks of the component, never null
     * @throws ValidationException if the component does not fit the agreement
     */
    public static IncentiveInvariants of(Agreement agreement, IncentiveComponent component) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(component, "component");
        IncentiveScheme.Builder b = IncentiveScheme.builder().addComponents(component);
        if (agreement.suppliers().size() > 1) {
            b.supplier(agreement.leadSupplier().orElse(agreement.suppliers().get(0)).id());
        }
        return of(agreement, b.build());
    }

    /**
     * Tells the scale check how to multiply the money amounts of components that are not built in;
     * the built-in ones are scaled by the testkit. Give {@code (component, k) -> component} for a
     * component whose parameters hold no money.
     *
     * @param scaling  returns the component with every money amount multiplied by k, not null
     * @return a copy of these checks with the scaling, never null
     */
    public IncentiveInvariants withScaling(BiFunction<IncentiveComponent, BigDecimal, IncentiveComponent> scaling) {
        return new IncentiveInvariants(agreement, scheme, Objects.requireNonNull(scaling, "scaling"));
    }

    /** @return the agreement, never null */
    public Agreement agreement() {
        return agreement;
    }

    /** @return the scheme checked, never null */
    public IncentiveScheme scheme() {
        return scheme;
    }

    /**
     * @param inputs  one period's inputs, not null
     * @return the period's statement under the scheme, never null
     * @throws ValidationException if an input does not fit the agreement
     */
    public PeriodStatement evaluate(PeriodInputs inputs) {
        return evaluate(agreement, scheme, inputs);
    }

    /**
     * @param periods  the inputs of distinct periods of one granularity, in any order, not empty, not null
     * @return the statement of the periods as one calculation (earn-back, yearly and rolling caps see
     *         the earlier periods), never null
     * @throws ValidationException if an input does not fit the agreement
     */
    public IncentiveStatement evaluate(List<PeriodInputs> periods) {
        Objects.requireNonNull(periods, "periods");
        return IncentiveCalculator.standard().calculate(agreement, scheme, periods.stream().map(p -> p.toIncentivePeriod(agreement))
                .toList());
    }

    private static PeriodStatement evaluate(Agreement agreement, IncentiveScheme scheme, PeriodInputs inputs) {
        return evaluate(agreement, scheme, inputs.toIncentivePeriod(agreement));
    }

    private static PeriodStatement evaluate(Agreement agreement, IncentiveScheme scheme, IncentivePeriod period) {
        return IncentiveCalculator.standard().calculate(agreement, scheme, List.of(period)).periods().get(0);
    }

    // ---------------------------------------------------------------- monotonicity

    /**
     * Checks monotonicity for an improvement from {@link PeriodInputsArbitrary#improvements}.
     *
     * @param improvement  the improvement, not null
     * @throws AssertionError if a component's amount or the net payout fell
     */
    public void assertMonotone(Improvement improvement) {
        Objects.requireNonNull(improvement, "improvement");
        assertMonotone(improvement.worse(), improvement.better(), Optional.of(improvement.change()));
    }

    /**
     * Checks monotonicity: with {@code better} no worse than {@code worse} in any input, no
     * component's amount and not the net payout may fall.
     *
     * @param worse  the inputs before, not null
     * @param better  the inputs after: the same period and earlier measurements, every KPI with the
     *        same kind of status and a period value no worse, savings no lower, no more counted breach
     *        events or units, the same fee; not null
     * @throws IllegalArgumentException if {@code better} is not an improvement on {@code worse}
     * @throws AssertionError if a component's amount or the net payout fell
     */
    public void assertMonotone(PeriodInputs worse, PeriodInputs better) {
        assertMonotone(worse, better, Optional.empty());
    }

    private void assertMonotone(PeriodInputs worse, PeriodInputs better, Optional<String> change) {
        Objects.requireNonNull(worse, "worse");
        Objects.requireNonNull(better, "better");
        IncentivePeriod w = worse.toIncentivePeriod(agreement);
        IncentivePeriod b = better.toIncentivePeriod(agreement);
        List<String> why = Comparisons.whyNotAnImprovement(worse, w.scorecard().orElseThrow(), better, b.scorecard().orElseThrow());
        if (!why.isEmpty()) {
            throw new IllegalArgumentException("assertMonotone needs inputs that improve on each other, but " + String.join("; ", why)
                    + "\n  worse inputs:  " + worse + "\n  better inputs: " + better);
        }
        PeriodStatement sw = evaluate(agreement, scheme, w);
        PeriodStatement sb = evaluate(agreement, scheme, b);
        for (ComponentOutcome ow : sw.outcomes()) {
            ComponentOutcome ob = sb.outcome(ow.componentId()).orElseThrow();
            if (ob.amount().isLessThan(ow.amount())) {
                throw monotonicity("component '" + ow.componentId() + "' (" + ow.type() + ") paid less after an improvement: "
                        + ow.amount() + " became " + ob.amount(), change, worse, better, sw, sb);
            }
        }
        if (sb.net().isLessThan(sw.net())) {
            throw monotonicity("the net payout fell after an improvement: " + sw.net() + " became " + sb.net(), change, worse, better,
                    sw, sb);
        }
    }

    private static AssertionError monotonicity(String what, Optional<String> change, PeriodInputs worse, PeriodInputs better,
            PeriodStatement w, PeriodStatement b) {
        Report r = Report.of("monotonicity", what);
        change.ifPresent(c -> r.line("change", c));
        return r.line("worse inputs", worse).line("better inputs", better).line("worse output", Report.describe(w))
                .line("better output", Report.describe(b)).failure();
    }

    // ---------------------------------------------------------------- monotonicity over periods

    /**
     * Checks monotonicity over a sequence of periods for an improvement from
     * {@link PeriodInputsArbitrary#sequenceImprovements}.
     *
     * @param improvement  the improved sequence, not null
     * @throws AssertionError if the supplier's total net over the periods fell
     * @see #assertMonotoneOverPeriods(List, List)
     */
    public void assertMonotone(SequenceImprovement improvement) {
        Objects.requireNonNull(improvement, "improvement");
        assertMonotoneOverPeriods(improvement.worse(), improvement.better(), Optional.of(improvement.worse().get(improvement.index())
                .period() + ": " + improvement.improvement().change()));
    }

    /**
     * Checks monotonicity over a sequence of periods: with every period of {@code better} no worse
     * than the same period of {@code worse} (see {@link #assertMonotone(PeriodInputs, PeriodInputs)}),
     * the supplier's total net over the whole sequence may not fall. Single periods may: an earlier
     * improvement leaves more room under a contract-year or rolling cap for a later period, and
     * earn-back returns only what the supplier bore. The sequences are evaluated as one calculation
     * each, so earn-back, yearly and rolling caps see the earlier periods.
     *
     * @param worse  the inputs before, one per period, not empty, not null
     * @param better  the inputs after, the same periods, not null
     * @throws IllegalArgumentException if the periods differ or a period of {@code better} is not an improvement
     * @throws AssertionError if the supplier's total net fell
     */
    public void assertMonotoneOverPeriods(List<PeriodInputs> worse, List<PeriodInputs> better) {
        assertMonotoneOverPeriods(worse, better, Optional.empty());
    }

    private void assertMonotoneOverPeriods(List<PeriodInputs> worse, List<PeriodInputs> better, Optional<String> change) {
        Objects.requireNonNull(worse, "worse");
        Objects.requireNonNull(better, "better");
        if (worse.isEmpty() || worse.size() != better.size()) {
            throw new IllegalArgumentException("assertMonotoneOverPeriods needs two sequences of the same periods, but has "
                    + worse.size() + " and " + better.size() + " periods");
        }
        for (int i = 0; i < worse.size(); i++) {
            PeriodInputs w = worse.get(i);
            PeriodInputs b = better.get(i);
            if (w.equals(b)) {
                continue;
            }
            List<String> why = Comparisons.whyNotAnImprovement(w, w.toIncentivePeriod(agreement).scorecard().orElseThrow(), b,
                    b.toIncentivePeriod(agreement).scorecard().orElseThrow());
            if (!why.isEmpty()) {
                throw new IllegalArgumentException("assertMonotoneOverPeriods needs sequences that improve on each other, but in "
                        + w.period() + " " + String.join("; ", why) + "\n  worse inputs:  " + w + "\n  better inputs: " + b);
            }
        }
        IncentiveStatement sw = evaluate(worse);
        IncentiveStatement sb = evaluate(better);
        if (sb.totalNet().isLessThan(sw.totalNet())) {
            Report r = Report.of("monotonicity over periods", "the supplier's total net over " + worse.size()
                    + " periods fell after an improvement: " + sw.totalNet() + " became " + sb.totalNet());
            change.ifPresent(c -> r.line("change", c));
            for (int i = 0; i < worse.size(); i++) {
                PeriodStatement pw = sw.periods().get(i);
                PeriodStatement pb = sb.periods().get(i);
                r.line(pw.period() + (worse.get(i).equals(better.get(i)) ? "" : " improved"), worse.get(i));
                if (!worse.get(i).equals(better.get(i))) {
                    r.line("  better inputs", better.get(i));
                }
                r.line("  worse output", Report.describe(pw)).line("  better output", Report.describe(pb));
                if (!pw.net().equals(pb.net())) {
                    pw.outcomes().stream().filter(o -> !pb.outcome(o.componentId()).orElseThrow().equals(o)).forEach(o -> r
                            .line("  worse " + o.componentId(), indent(o.explanation().toString()))
                            .line("  better " + o.componentId(), indent(pb.outcome(o.componentId()).orElseThrow().explanation()
                                    .toString())));
                }
            }
            throw r.failure();
        }
    }

    private static String indent(String text) {
        return text.replace("\n", "\n" + " ".repeat(20));
    }

    // ---------------------------------------------------------------- bounds

    /**
     * Checks the bounds: every component's amount within the upside and downside its
     * {@link IncentiveComponent#exposure exposure} declares for the period's fee (rounded to the
     * minor unit); a gain share's part of the savings of the same sign and no larger; the net within
     * the scheme's floor and cap.
     *
     * @param inputs  one period's inputs, not null
     * @throws AssertionError if an amount lies outside its bound
     */
    public void assertBounded(PeriodInputs inputs) {
        periodBounds(inputs, evaluate(inputs), false);
    }

    /**
     * Checks the bounds over a sequence of periods, evaluated as one calculation: in every period the
     * bounds of {@link #assertBounded(PeriodInputs)} (but for the upside of an {@link AtRiskPool},
     * whose earn-back returns an earlier period's credit); and over the sequence
     * <ul>
     *   <li>per {@link Penalty} with a contract-year cap: what the supplier bore of its penalties in
     *       each contract year (each period's net less the net without the penalty) within the cap
     *       (a percentage of the fees of the periods starting in the contract year);</li>
     *   <li>per {@link ServiceCreditTiers} with a rolling cap: what the supplier bore of its credits
     *       in the twelve months up to each period within the cap of that period (a percentage of
     *       those months' fees);</li>
     *   <li>per {@link AtRiskPool}: the earn-back of an earlier period's credits at most those
     *       credits.</li>
     * </ul>
     * Rounded caps are rounded up to the minor unit: each period's amount is rounded once.
     *
     * @param periods  the inputs of distinct periods of one granularity, not empty, not null
     * @throws AssertionError if an amount or a sum lies outside its bound
     */
    public void assertBoundedOverPeriods(List<PeriodInputs> periods) {
        IncentiveStatement statement = evaluate(periods);
        for (PeriodStatement s : statement.periods()) {
            PeriodInputs inputs = periods.stream().filter(p -> p.period().equals(s.period())).findFirst().orElseThrow();
            periodBounds(inputs, s, true);
        }
        SequenceBounds.check(agreement, scheme, statement, periods);
    }

    private void periodBounds(PeriodInputs inputs, PeriodStatement s, boolean inSequence) {
        for (ComponentOutcome o : s.outcomes()) {
            IncentiveComponent c = scheme.component(o.componentId()).orElseThrow();
            boolean upside = !(inSequence && c instanceof AtRiskPool);
            s.fee().ifPresent(fee -> exposureBounds(c, o, fee, upside, inputs, s));
            if (c instanceof GainShare) {
                gainShareBounds(o, inputs, s);
            }
        }
        scheme.floor().ifPresent(f -> resolved(f, s).ifPresent(floor -> {
            if (s.net().isLessThan(floor.negated())) {
                throw bounds("net " + s.net() + " is below the scheme's floor " + f.describe() + " = " + floor.negated(), inputs, s);
            }
        }));
        scheme.cap().ifPresent(f -> resolved(f, s).ifPresent(cap -> {
            if (s.net().isGreaterThan(cap)) {
                throw bounds("net " + s.net() + " is above the scheme's cap " + f.describe() + " = " + cap, inputs, s);
            }
        }));
    }

    /** @return the bound in money, rounded; empty if it is a percentage and the period has no fee */
    private static Optional<Money> resolved(Bound b, PeriodStatement s) {
        if (b instanceof Bound.Fixed f) {
            return Optional.of(f.amount().rounded());
        }
        return s.fee().map(fee -> b.resolve(fee).rounded());
    }

    private static void exposureBounds(IncentiveComponent c, ComponentOutcome o, Money fee, boolean upside, PeriodInputs inputs,
            PeriodStatement s) {
        Exposure e = c.exposure(fee);
        e.upside().filter(up -> upside).map(Money::rounded).ifPresent(up -> {
            if (o.amount().isGreaterThan(up)) {
                throw bounds("component '" + o.componentId() + "' (" + o.type() + ") paid " + o.amount()
                        + ", more than the upside " + up + " it declares at the fee " + fee, inputs, s);
            }
        });
        e.downside().map(Money::rounded).ifPresent(down -> {
            if (o.amount().negated().isGreaterThan(down)) {
                throw bounds("component '" + o.componentId() + "' (" + o.type() + ") took " + o.amount().negated()
                        + ", more than the downside " + down + " it declares at the fee " + fee, inputs, s);
            }
        });
    }

    private static void gainShareBounds(ComponentOutcome o, PeriodInputs inputs, PeriodStatement s) {
        CostOutcome cost = inputs.costs().get(o.componentId());
        Money savings = cost == null ? Money.zero(o.amount().currency()) : cost.savings().rounded();
        boolean sameSign = o.amount().isZero() || o.amount().amount().signum() == savings.amount().signum();
        if (!sameSign || o.amount().abs().isGreaterThan(savings.abs())) {
            throw bounds("gain share '" + o.componentId() + "' gave the supplier " + o.amount() + " of savings " + savings
                    + ": a part must have the sign of the savings and not exceed them", inputs, s);
        }
    }

    private static AssertionError bounds(String what, PeriodInputs inputs, PeriodStatement s) {
        return Report.of("bounds", what).line("inputs", inputs).line("output", Report.describe(s)).failure();
    }

    // ---------------------------------------------------------------- conservation

    /**
     * Checks conservation in minor units: every amount rounded to the minor unit; the components add
     * up to the gross; without a floor or cap applied the net is the gross; the parties' nets add up
     * to zero and the supplier's is the net; a consortium's customers share it within one minor unit;
     * a gain share's supplier and customer parts add up to the rounded savings; the credit lines of a
     * pool or a service-credit table add up to its amount.
     *
     * @param inputs  one period's inputs, not null
     * @throws AssertionError if parts do not add up to their whole
     */
    public void assertConserved(PeriodInputs inputs) {
        PeriodStatement s = evaluate(inputs);
        Money zero = Money.zero(agreement.currency());
        for (ComponentOutcome o : s.outcomes()) {
            requireRounded(o.componentId(), o.amount(), inputs, s);
            o.lines().forEach(l -> requireRounded(o.componentId() + " line " + l.key(), l.amount(), inputs, s));
            componentParts(o, inputs, s, zero);
        }
        Money sum = s.outcomes().stream().map(ComponentOutcome::amount).reduce(zero, Money::plus);
        conserve(sum.equals(s.gross()), "the components add up to " + sum + ", not to the gross " + s.gross(), inputs, s);
        conserve(s.limitApplied().isPresent() || s.net().equals(s.gross()), "no floor or cap applied, yet the net " + s.net()
                + " differs from the gross " + s.gross(), inputs, s);
        s.netByParty().forEach((party, m) -> requireRounded("party " + party, m, inputs, s));
        Money parties = s.netByParty().values().stream().reduce(zero, Money::plus);
        conserve(parties.isZero(), "the parties' nets " + s.netByParty() + " add up to " + parties + ", not to zero", inputs, s);
        conserve(s.net().equals(s.netByParty().get(supplierId())), "the supplier '" + supplierId() + "' receives "
                + s.netByParty().get(supplierId()) + ", not the net " + s.net(), inputs, s);
        List<BigInteger> customers = agreement.customers().stream().map(p -> s.netByParty().get(p.id()).minorUnits()).toList();
        if (!customers.isEmpty()) {
            BigInteger spread = Collections.max(customers).subtract(Collections.min(customers));
            conserve(spread.compareTo(BigInteger.ONE) <= 0, "the customers' shares " + customers
                    + " (minor units) differ by more than one minor unit", inputs, s);
        }
    }

    private void componentParts(ComponentOutcome o, PeriodInputs inputs, PeriodStatement s, Money zero) {
        IncentiveComponent c = scheme.component(o.componentId()).orElseThrow();
        if (c instanceof GainShare) {
            Optional<Money> supplier = o.supplierPart();
            Optional<Money> customer = o.customerPart();
            CostOutcome cost = inputs.costs().get(o.componentId());
            if (cost != null && supplier.isPresent() && customer.isPresent()) {
                Money parts = supplier.get().plus(customer.get());
                conserve(parts.equals(cost.savings().rounded()), "gain share '" + o.componentId() + "': supplier part "
                        + supplier.get() + " + customer part " + customer.get() + " = " + parts
                        + ", not the rounded savings " + cost.savings().rounded(), inputs, s);
                conserve(supplier.get().equals(o.amount()), "gain share '" + o.componentId() + "' pays " + o.amount()
                        + " but its supplier part is " + supplier.get(), inputs, s);
            }
        } else if (c instanceof AtRiskPool || c instanceof ServiceCreditTiers) {
            Money lines = o.lines().stream().map(OutcomeLine::amount).reduce(zero, Money::plus);
            conserve(lines.equals(o.amount()), "the lines of '" + o.componentId() + "' add up to " + lines + ", not to its amount "
                    + o.amount(), inputs, s);
        }
    }

    private String supplierId() {
        return scheme.supplier().orElseGet(() -> agreement.leadSupplier().orElse(agreement.suppliers().get(0)).id());
    }

    private static void requireRounded(String what, Money m, PeriodInputs inputs, PeriodStatement s) {
        conserve(m.isRounded(), what + " is " + m + ", not rounded to the minor unit", inputs, s);
    }

    private static void conserve(boolean ok, String what, PeriodInputs inputs, PeriodStatement s) {
        if (!ok) {
            throw Report.of("conservation", what).line("inputs", inputs).line("output", Report.describe(s)).failure();
        }
    }

    // ---------------------------------------------------------------- order independence

    /**
     * Checks order independence: the measurements and events shuffled (by the seed, and reversed)
     * give equal outcomes, with equal explanations; the agreement's KPIs shuffled give equal amounts,
     * lines and caps.
     *
     * @param inputs  one period's inputs, not null
     * @param seed  the seed of the shuffles
     * @throws AssertionError if an order changed an outcome
     */
    public void assertOrderIndependent(PeriodInputs inputs, long seed) {
        PeriodStatement original = evaluate(inputs);
        List<PeriodInputs> reorderings = List.of(
                inputs.withMeasurements(shuffled(inputs.measurements(), seed)).withEvents(shuffled(inputs.events(), seed + 1)),
                inputs.withMeasurements(reversed(inputs.measurements())).withEvents(reversed(inputs.events())));
        for (PeriodInputs reordered : reorderings) {
            PeriodStatement s = evaluate(reordered);
            boolean same = s.net().equals(original.net()) && s.outcomes().equals(original.outcomes())
                    && s.explanation().equals(original.explanation());
            if (!same) {
                throw Report.of("order independence", "reordering the measurements and events changed the outcome")
                        .line("inputs", inputs).line("reordered", reordered).line("output", Report.describe(original))
                        .line("reordered output", Report.describe(s)).failure();
            }
        }
        List<KpiDefinition> kpis = shuffled(agreement.kpis(), seed + 2);
        Agreement reordered = agreement.withKpis(kpis);
        PeriodStatement s = evaluate(reordered, scheme, inputs);
        if (!s.net().equals(original.net()) || !amounts(s).equals(amounts(original))) {
            throw Report.of("order independence", "reordering the agreement's KPIs changed the outcome")
                    .line("inputs", inputs).line("kpi order", agreement.kpiIds()).line("reordered", reordered.kpiIds())
                    .line("output", Report.describe(original)).line("reordered output", Report.describe(s)).failure();
        }
    }

    private static List<Object> amounts(PeriodStatement s) {
        List<Object> all = new ArrayList<>();
        for (ComponentOutcome o : s.outcomes()) {
            all.add(List.of(o.componentId(), o.amount(), o.lines(), o.capsApplied()));
        }
        return all;
    }

    private static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    // ---------------------------------------------------------------- scale

    /**
     * Checks scale invariance: with every money amount multiplied by {@code k} (the fees, the
     * scheme's amounts, the costs and the period's fee), every component's amount is k times its
     * amount at scale 1 up to k minor units (each part is rounded once: one minor unit at the
     * original scale; an at-risk pool's credit lines are rounded from the rounded pool, so k + 1 per
     * line and per 100 % of its largest allocation), and the net is k times the net up to the sum of
     * the components' tolerances (at least k).
     *
     * @param inputs  one period's inputs, not null
     * @param k  the factor, at least 1
     * @throws IllegalArgumentException if k is below 1, or a component is not built in and no
     *         {@link #withScaling scaling} is given
     * @throws AssertionError if a payout does not scale
     */
    public void assertScaleInvariant(PeriodInputs inputs, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("assertScaleInvariant: the factor " + k + " must be at least 1");
        }
        BigDecimal factor = BigDecimal.valueOf(k);
        PeriodInputs scaledInputs = Scaling.inputs(inputs, factor);
        PeriodStatement one = evaluate(inputs);
        PeriodStatement scaled = evaluate(Scaling.agreement(agreement, factor), Scaling.scheme(scheme, factor, scaling), scaledInputs);
        long netTolerance = 0;
        for (ComponentOutcome o : one.outcomes()) {
            Money big = scaled.outcome(o.componentId()).orElseThrow().amount();
            long tolerance = tolerance(o, k);
            netTolerance += tolerance;
            requireScaled("component '" + o.componentId() + "' (" + o.type() + ")", o.amount(), big, k, tolerance, inputs,
                    scaledInputs, one, scaled);
        }
        requireScaled("the net", one.net(), scaled.net(), k, Math.max(k, netTolerance), inputs, scaledInputs, one, scaled);
    }

    /**
     * The rounding a component's amount may carry at scale k: k minor units for an amount rounded once;
     * for an at-risk pool, whose pool is rounded and then each credit line from the rounded pool, k + 1
     * per line and per 100 % of the largest allocation (each line is off by at most half a minor unit
     * plus half the pool's rounding times its allocation, at either scale).
     */
    private long tolerance(ComponentOutcome o, int k) {
        if (!o.type().equals(AtRiskPool.TYPE) || !(scheme.component(o.componentId()).orElse(null) instanceof AtRiskPool pool)) {
            return k;
        }
        BigDecimal largest = pool.allocations().values().stream().reduce(BigDecimal.valueOf(100), BigDecimal::max);
        long perHundred = largest.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).longValueExact();
        return (long) (k + 1) * Math.max(1, o.lines().size()) * perHundred;
    }

    private static void requireScaled(String what, Money one, Money scaled, int k, long tolerance, PeriodInputs inputs,
            PeriodInputs scaledInputs, PeriodStatement s1, PeriodStatement sk) {
        Money expected = one.multipliedBy(BigDecimal.valueOf(k));
        BigDecimal off = scaled.minus(expected).amount().movePointRight(one.currency().getDefaultFractionDigits()).abs();
        if (off.compareTo(BigDecimal.valueOf(tolerance)) > 0) {
            throw Report.of("scale", what + " is " + scaled + " at scale " + k + ", not " + k + " × " + one + " = " + expected
                    + " within " + tolerance + " minor units").line("inputs", inputs).line("scaled inputs", scaledInputs + " (and every fee and scheme amount × " + k + ")")
                    .line("output", Report.describe(s1)).line("scaled output", Report.describe(sk)).failure();
        }
    }

    // ---------------------------------------------------------------- neutrality

    /**
     * Checks neutrality at target: with {@link PeriodInputs#atTarget every KPI exactly at target},
     * no breach events and no cost outcomes, the given components (all of them and the net when none
     * is given) pay zero. A KPI whose stretch equals its target attains its maximum there, so a
     * scheme over it is not neutral at target.
     *
     * @param period  the period, not null
     * @param componentIds  the components that must be neutral, all when none is given
     * @throws IllegalArgumentException if a component id is not in the scheme
     * @throws AssertionError if a component or the net is not zero
     */
    public void assertNeutralAtTarget(ReportingPeriod period, String... componentIds) {
        Objects.requireNonNull(period, "period");
        for (String id : componentIds) {
            if (scheme.component(id).isEmpty()) {
                throw new IllegalArgumentException("assertNeutralAtTarget: the scheme has no component '" + id + "', only "
                        + scheme.components().stream().map(IncentiveComponent::id).toList());
            }
        }
        PeriodInputs inputs = PeriodInputs.atTarget(agreement, period);
        PeriodStatement s = evaluate(inputs);
        List<String> ids = componentIds.length == 0 ? scheme.components().stream().map(IncentiveComponent::id).toList()
                : List.of(componentIds);
        List<ComponentOutcome> paying = s.outcomes().stream().filter(o -> ids.contains(o.componentId()) && !o.amount().isZero())
                .toList();
        if (!paying.isEmpty() || (componentIds.length == 0 && !s.net().isZero())) {
            Scorecard sc = inputs.toIncentivePeriod(agreement).scorecard().orElseThrow();
            Report r = Report.of("neutrality at target", (paying.isEmpty() ? "the net " + s.net() : paying.stream()
                    .map(o -> "component '" + o.componentId() + "' (" + o.type() + ") " + o.amount()).toList().toString())
                    + " with every kpi at target, not zero").line("inputs", inputs)
                    .line("score", sc.score().map(IncentiveInvariants::plain).orElse("undefined") + " " + attainments(sc))
                    .line("output", Report.describe(s));
            paying.forEach(o -> r.line(o.componentId(), o.explanation().toString().replace("\n", "\n" + " ".repeat(20))));
            throw r.failure();
        }
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static Map<String, String> attainments(Scorecard sc) {
        Map<String, String> a = new LinkedHashMap<>();
        sc.lines().forEach(l -> a.put(l.kpiId(), l.attainment().map(IncentiveInvariants::plain).orElse(l.status().toString())));
        return a;
    }
}
