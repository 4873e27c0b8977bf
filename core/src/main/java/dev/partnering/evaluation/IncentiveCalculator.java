package dev.partnering.evaluation;

import dev.partnering.incentive.internal.PeriodContext;
import dev.partnering.incentive.internal.PastList;
import dev.partnering.incentive.internal.PastPeriod;
import dev.partnering.incentive.internal.Closing;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.explanation.internal.LazySteps;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Movement;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.internal.FixedPoint;
import dev.partnering.internal.FrozenList;
import dev.partnering.internal.FrozenMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardWarning;

/**
 * Turns an agreement, an incentive scheme and the inputs of a sequence of periods into an
 * {@link IncentiveStatement}.
 * <p>
 * Periods are evaluated in order (they must share one granularity and be distinct); each
 * component sees the earlier periods' inputs and outcomes, which is what earn-back, rolling caps,
 * yearly caps and remedy triggers need. Per period the components' adjustments (each rounded once
 * to the minor unit, HALF_EVEN) add up to the gross; the scheme's floor and cap bound the net; the
 * supplier receives the net and the customer side pays it (split exactly among the customers of a
 * consortium: equally, or by the scheme's {@linkplain IncentiveScheme#customerWeights() customer weights}).
 * <p>
 * This class is stateless and thread-safe; it never mutates its inputs, and its result does not
 * depend on the order in which periods, measurements or events are given.
 *
 * @since 0.1.0
 */
public final class IncentiveCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(IncentiveCalculator.class);
    private static final IncentiveCalculator STANDARD = new IncentiveCalculator(false);
    private static final IncentiveCalculator STRICT = new IncentiveCalculator(true);

    private final boolean strict;

    private IncentiveCalculator(boolean strict) {
        this.strict = strict;
    }

    /**
     * A calculator with the strict missing-data policy: it refuses to compute money for any period
     * whose scorecard says its data are incomplete ({@link dev.partnering.scorecard.ScorecardWarning.Kind#isIncomplete()}:
     * a KPI without data, a period without any data, a period outside the term), naming every one.
     *
     * @return the strict calculator, never null
     * @since 0.1.0
     */
    public IncentiveCalculator strict() {
        return STRICT;
    }

    /**
     * @return true if this calculator refuses incomplete periods (see {@link #strict()})
     * @since 0.1.0
     */
    public boolean isStrict() {
        return strict;
    }

    /** @return the calculator, never null */
    public static IncentiveCalculator standard() {
        return STANDARD;
    }

    /**
     * Computes the statement from raw inputs: the scorecard of each period is computed with the
     * standard {@link ScorecardCalculator}.
     *
     * @param agreement  the agreement, not null
     * @param scheme  the scheme, not null
     * @param periods  the periods, one granularity, not empty, not null
     * @param measurements  the raw measurements, in any order, not null
     * @param events  the breach events, in any order, not null
     * @param costs  the cost outcomes per period and gain-share component id, not null
     * @return the statement, never null
     * @throws ValidationException if an input breaks a rule, listing every violation
     */
    public IncentiveStatement calculate(Agreement agreement, IncentiveScheme scheme, List<ReportingPeriod> periods,
            Collection<Measurement> measurements, Collection<BreachEvent> events,
            Map<ReportingPeriod, Map<String, CostOutcome>> costs) {
        // one scorecard series: the measurements are checked and indexed once (in a table), not once per period
        List<Scorecard> scorecards = ScorecardCalculator.standard().calculate(agreement, periods, measurements);
        return fromScorecards(agreement, scheme, periods, scorecards, events, costs);
    }

    /**
     * Computes the statement for prepared period inputs.
     *
     * @param agreement  the agreement, not null
     * @param scheme  the scheme, not null
     * @param periods  the inputs per period, one granularity, distinct, in any order, not empty, not null
     * @return the statement, never null
     * @throws ValidationException if an input breaks a rule, listing every violation
     * @throws IncompleteDataException if this calculator is {@linkplain #strict() strict} and a period's data are incomplete
     */
    public IncentiveStatement calculate(Agreement agreement, IncentiveScheme scheme, List<IncentivePeriod> periods) {
        return calculate(agreement, scheme, periods, Optional.empty());
    }

    /**
     * Computes the statement for prepared period inputs, starting from what happened before the
     * first of them: the opening balance's carried periods are the earlier periods every component
     * that looks back reads (rolling twelve-month caps, contract-year caps, earn-back, remedy
     * triggers), and each line they change says "carried in".
     *
     * @param agreement  the agreement, not null
     * @param scheme  the scheme, not null
     * @param periods  the inputs per period, one granularity, distinct, in any order, not empty, not null
     * @param opening  what happened before the first period, whose {@link OpeningBalance#firstPeriod()}
     *        is the first of {@code periods}, in the agreement's currency, naming only the scheme's components, not null
     * @return the statement, never null
     * @throws ValidationException if an input breaks a rule, listing every violation
     * @since 0.1.0
     */
    public IncentiveStatement calculate(Agreement agreement, IncentiveScheme scheme, List<IncentivePeriod> periods,
            OpeningBalance opening) {
        return calculate(agreement, scheme, periods, Optional.of(Objects.requireNonNull(opening, "opening")));
    }

    /**
     * Continues a statement by one period: the statement of periods 1..n (as computed, or read back
     * from a stored document) and the inputs of period n+1 give the statement of 1..n+1, with the
     * same figures as computing all periods at once when the later periods' fees come from the fee
     * schedule (the explanations of period n+1 say what was carried in). Period n+1 is computed
     * from the previous statement's {@linkplain IncentiveStatement#closingBalance() closing
     * balance} alone, so computing it does not grow with the number of earlier periods; the
     * result still holds (copies) every earlier period's statement.
     *
     * @param agreement  the agreement, not null
     * @param scheme  the scheme, not null
     * @param previous  the statement so far, of this agreement and the scheme's supplier, with a closing balance, not null
     * @param next  the inputs of the period after the statement's last one, not null
     * @return the statement of the previous periods and {@code next}, never null
     * @throws ValidationException if the statement has no closing balance or belongs to another
     *         agreement or supplier, or {@code next} is not the period after it, listing every violation
     * @since 0.1.0
     */
    public IncentiveStatement continueFrom(Agreement agreement, IncentiveScheme scheme, IncentiveStatement previous,
            IncentivePeriod next) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        List<Violation> v = new ArrayList<>();
        if (!previous.agreementId().equals(agreement.id())) {
            v.add(Violation.of("previous.agreementId", previous.agreementId(), "the statement is of agreement '"
                    + previous.agreementId() + "', not '" + agreement.id() + "'"));
        }
        if (!previous.supplierId().equals(supplierOf(agreement, scheme))) {
            v.add(Violation.of("previous.supplierId", previous.supplierId(), "the statement is of supplier '"
                    + previous.supplierId() + "', the scheme pays '" + supplierOf(agreement, scheme) + "'"));
        }
        if (previous.closingBalance().isEmpty()) {
            v.add(Violation.of("previous.closingBalance", null, "the statement has no closing balance (built by hand or "
                    + "stored before 0.2.0): compute it again, or give an opening balance"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException("Continuation of '" + agreement.id() + "'", v);
        }
        IncentiveStatement last = calculate(agreement, scheme, List.of(next), previous.closingBalance().get());
        List<PeriodStatement> all = new ArrayList<>(previous.periods());
        all.addAll(last.periods());
        return new IncentiveStatement(agreement.id(), last.supplierId(), all, statementExplanation(agreement, all,
                last.supplierId()), last.closingBalance());
    }

    /**
     * Computes the statement from a {@link MeasurementTable}: the same statement as
     * {@link #calculate(Agreement, IncentiveScheme, List, Collection, Collection, Map)} gives for the
     * table's measurements, the scorecards computed from the table's columns
     * ({@link ScorecardCalculator#calculate(Agreement, List, MeasurementTable)}).
     *
     * @param agreement  the agreement, not null
     * @param scheme  the scheme, not null
     * @param periods  the periods, one granularity, not empty, not null
     * @param measurements  the raw measurements, in any order, not null
     * @param events  the breach events, in any order, not null
     * @param costs  the cost outcomes per period and gain-share component id, not null
     * @return the statement, never null
     * @throws ValidationException if an input breaks a rule, listing every violation
     * @since 0.1.0
     */
    public IncentiveStatement calculate(Agreement agreement, IncentiveScheme scheme, List<ReportingPeriod> periods,
            MeasurementTable measurements, Collection<BreachEvent> events,
            Map<ReportingPeriod, Map<String, CostOutcome>> costs) {
        List<Scorecard> scorecards = ScorecardCalculator.standard().calculate(agreement, periods, measurements);
        return fromScorecards(agreement, scheme, periods, scorecards, events, costs);
    }

    /** The statement of the periods from their scorecards (same order), with each period's costs and events. */
    private IncentiveStatement fromScorecards(Agreement agreement, IncentiveScheme scheme, List<ReportingPeriod> periods,
            List<Scorecard> scorecards, Collection<BreachEvent> events, Map<ReportingPeriod, Map<String, CostOutcome>> costs) {
        List<IncentivePeriod> inputs = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ReportingPeriod p = periods.get(i);
            inputs.add(IncentivePeriod.builder().period(p)
                    .scorecard(scorecards.get(i))
                    .putAllCosts(costs.getOrDefault(p, Map.of()))
                    .addAllEvents(events.stream().filter(e -> p.contains(e.date())).collect(Collectors.toList()))
                    .build());
        }
        return calculate(agreement, scheme, inputs);
    }

    private IncentiveStatement calculate(Agreement agreement, IncentiveScheme scheme, List<IncentivePeriod> periods,
            Optional<OpeningBalance> opening) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(periods, "periods");
        List<IncentivePeriod> sorted = new ArrayList<>(periods);
        sorted.sort((a, b) -> a.period().compareTo(b.period()));
        check(agreement, scheme, sorted);
        opening.ifPresent(o -> checkOpening(agreement, scheme, sorted, o));
        if (strict) {
            Completeness.requireComplete(agreement.id(), sorted);
        }
        String supplier = supplierOf(agreement, scheme);
        List<String> customers = agreement.customers().stream().map(Party::id).collect(Collectors.toList());
        List<IncentiveContext.Past> carried = opening.map(o -> Closing.carried(o, scheme, agreement.currency())).orElse(List.of());
        PastList.Growing earlier = new PastList.Growing(carried.size() + sorted.size());
        carried.forEach(earlier::add);
        List<PeriodStatement> statements = new ArrayList<>();
        Map<ReportingPeriod, Money> given = new HashMap<>();
        sorted.forEach(p -> p.fee().ifPresent(f -> given.put(p.period(), f)));
        Map<ReportingPeriod, Money> givenFees = Map.copyOf(given); // copied once: each context's copy is this map
        LimitsMemo limits = new LimitsMemo(scheme); // the floor and cap resolved once per distinct fee, not per period
        for (IncentivePeriod inputs : sorted) {
            Optional<Money> fee = inputs.fee(); // no lambda per period: the schedule's fee where none is given
            if (fee.isEmpty()) {
                fee = agreement.feeSchedule().feeFor(inputs.period());
            }
            IncentiveContext context = new PeriodContext(agreement, inputs, fee, earlier.snapshot(), givenFees);
            PeriodStatement statement = period(agreement, scheme, context, supplier, customers, limits);
            statements.add(statement);
            earlier.add(new PastPeriod(inputs, fee, statement.outcomes(), statement.gross(), limits.last()));
        }
        OpeningBalance closing = Closing.closing(earlier.snapshot(), scheme, sorted.get(sorted.size() - 1).period().plus(1));
        return new IncentiveStatement(agreement.id(), supplier, statements, statementExplanation(agreement, statements, supplier),
                Optional.of(closing));
    }

    private static Explanation statementExplanation(Agreement agreement, List<PeriodStatement> statements, String supplier) {
        Explanation.Builder ex = Explanation.builder("Incentive statement " + agreement.id() + " "
                + statements.get(0).period() + (statements.size() > 1 ? " to " + statements.get(statements.size() - 1).period() : ""));
        for (PeriodStatement s : statements) {
            ex.add(s.explanation().asStep());
        }
        // the total is written when read (the list is not changed after the statement is made)
        ex.add(LazySteps.lazy(() -> {
            Money total = statements.get(0).net();
            for (int i = 1; i < statements.size(); i++) {
                total = total.plus(statements.get(i).net());
            }
            return Step.of(StepKind.RESULT, "total net adjustment for " + supplier + ": " + total);
        }));
        return ex.build();
    }

    private static void checkOpening(Agreement agreement, IncentiveScheme scheme, List<IncentivePeriod> periods,
            OpeningBalance opening) {
        List<Violation> v = new ArrayList<>(opening.violationsAgainst(scheme));
        if (!periods.isEmpty() && !opening.firstPeriod().equals(periods.get(0).period())) {
            v.add(Violation.of("opening.firstPeriod", opening.firstPeriod(), "the opening balance opens "
                    + opening.firstPeriod() + ", but the first period computed is " + periods.get(0).period()));
        }
        opening.currency().filter(c -> !c.equals(agreement.currency())).ifPresent(c -> v.add(Violation.of(
                "opening.currency", c.getCurrencyCode(), "the opening balance is in " + c.getCurrencyCode()
                        + ", the agreement in " + agreement.currency().getCurrencyCode())));
        if (!v.isEmpty()) {
            throw new ValidationException("Opening balance of '" + agreement.id() + "'", v);
        }
    }

    static NetLimits limits(IncentiveScheme scheme, IncentiveContext context) {
        return new NetLimits(scheme.floor().map(f -> resolve(f, context, "floor").rounded().negated()),
                scheme.cap().map(c -> resolve(c, context, "cap").rounded()));
    }

    /**
     * The scheme's floor and cap resolved for the periods of one calculation, in order: the limits of the last
     * fee are kept and given again for a fee of the same amount (value and scale) and currency, since
     * {@link #limits} depends on nothing else of the period (a percentage of the fee, or a fixed amount). A
     * period without a fee is resolved every time (its percentage bounds are refused). Not thread-safe: one per
     * calculation.
     */
    static final class LimitsMemo {
        private final IncentiveScheme scheme;
        private Money fee;
        private NetLimits memo;
        private NetLimits last;

        LimitsMemo(IncentiveScheme scheme) {
            this.scheme = scheme;
        }

        /**
         * @param context  the period's context, not null
         * @return the limits of the period, equal to {@link IncentiveCalculator#limits}, never null
         * @throws ValidationException as {@link IncentiveCalculator#limits} throws it
         */
        NetLimits of(IncentiveContext context) {
            Optional<Money> given = context.fee();
            if (given.isPresent() && fee != null && sameFee(given.get(), fee)) {
                last = memo;
                return memo;
            }
            NetLimits resolved = limits(scheme, context);
            if (given.isPresent()) {
                fee = given.get();
                memo = resolved;
            }
            last = resolved;
            return resolved;
        }

        /** @return the limits {@link #of} gave last, null before */
        NetLimits last() {
            return last;
        }

        private static boolean sameFee(Money a, Money b) {
            return a == b || (a.currency().equals(b.currency()) && a.amount().equals(b.amount()));
        }
    }

    private static PeriodStatement period(Agreement agreement, IncentiveScheme scheme, IncentiveContext context,
            String supplier, List<String> customers, LimitsMemo resolved) {
        Explanation.Builder ex = Explanation.builder("Incentives " + agreement.id() + " " + context.period());
        Optional<Money> fee = context.fee();
        ex.add(LazySteps.lazy(() -> Step.of(StepKind.INPUT, "fee " + fee.map(Money::toString).orElse("not given"))));
        Optional<Scorecard> scorecard = context.inputs().scorecard(); // the accessor makes an Optional per call
        if (scorecard.isPresent()) {
            for (ScorecardWarning w : scorecard.get().warnings()) {
                if (w.kind().isIncomplete()) {
                    ex.add(Step.of(StepKind.WARNING, w.message()));
                }
            }
        }
        List<IncentiveComponent> components = scheme.components();
        int n = components.size();
        ComponentOutcome[] made = new ComponentOutcome[n];
        for (int i = 0; i < n; i++) {
            IncentiveComponent c = components.get(i);
            ComponentOutcome o = checked(agreement, c, context, c.evaluate(context));
            made[i] = o;
            ex.add(o.explanation());
        }
        // summed after the loop: every amount is in the agreement's currency (checked), so no plus can throw
        Money gross = gross(made, n, context.zero());
        // the statement keeps the array (never changed after this) instead of copying a list of it
        List<ComponentOutcome> outcomes = FrozenList.of(made, n);
        Money grossTotal = gross;
        ex.add(LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, "gross = Σ components = " + grossTotal)));
        NetLimits limits = resolved.of(context);
        Money net = limits.apply(gross);
        Optional<String> limit = Optional.empty();
        if (net.isGreaterThan(gross)) {
            limit = Optional.of("floor " + scheme.floor().get().describe() + " = " + net + " applied to " + gross);
        } else if (net.isLessThan(gross)) {
            limit = Optional.of("cap " + scheme.cap().get().describe() + " = " + net + " applied to " + gross);
        }
        if (limit.isPresent()) {
            ex.add(Step.of(StepKind.RULE, limit.get()));
        }
        if (!scheme.customerWeights().isEmpty()) {
            ex.add(Step.of(StepKind.RULE, "customer side split by weights " + scheme.customerWeights().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().toPlainString()).collect(Collectors.joining(", "))));
        }
        Map<String, Money> byParty = byParty(scheme, supplier, net, customers);
        ex.add(LazySteps.lazy(() -> Step.of(StepKind.RESULT, "net adjustment " + net + ": " + byParty.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))));
        List<RemedyFinding> remedies = scheme.remedyTriggers().isEmpty() ? List.of() : new ArrayList<>();
        for (RemedyTrigger t : scheme.remedyTriggers()) {
            t.evaluate(context).ifPresent(facts -> remedies.add(RemedyFinding.of(context.period(), t, facts)));
        }
        for (int i = 0, r = remedies.size(); i < r; i++) {
            ex.add(remedies.get(i).explanation());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("incentives {} {}: gross {}, net {}", agreement.id(), context.period(), gross, net);
        }
        return new PeriodStatement(context.period(), context.fee(), outcomes, gross, limit, net, byParty,
                movements(outcomes, supplier, customers, scheme), remedies, ex.build());
    }

    /**
     * The gross of a period: {@link #grossInOrder}, the amounts added to zero in order. Where every amount is at the
     * currency's minor unit (as components round) and fits a {@code long}, they are summed in {@code long}s and one
     * amount is made (none where at most one is not zero: that amount itself, as {@link Money#plus} gives it); the
     * same value at the same scale, {@code GrossInLongsProperties} holds it equal.
     *
     * @param made  the outcomes, in the scheme's order, each in the currency of {@code zero}, not null
     * @param n  how many of them
     * @param zero  zero in the agreement's currency, not null
     * @return the gross, never null
     */
    static Money gross(ComponentOutcome[] made, int n, Money zero) {
        int digits = zero.currency().getDefaultFractionDigits();
        if (digits < 0 || n == 0) {
            return grossInOrder(made, n, zero);
        }
        long units = 0;
        int nonZero = 0;
        Money only = null;
        for (int i = 0; i < n; i++) {
            Money amount = made[i].amount();
            java.math.BigDecimal a = amount.amount();
            if (a.scale() != digits || !FixedPoint.fits(a)) {
                return grossInOrder(made, n, zero);
            }
            long u = FixedPoint.unscaled(a);
            if (u != 0) {
                nonZero++;
                only = amount;
                long sum = units + u;
                if (((units ^ sum) & (u ^ sum)) < 0) {
                    return grossInOrder(made, n, zero); // beyond a long
                }
                units = sum;
            }
        }
        if (nonZero == 0) {
            return made[0].amount(); // zero at the minor unit's scale, as zero.plus(it) gives it
        }
        return nonZero == 1 ? only : Money.of(java.math.BigDecimal.valueOf(units, digits), zero.currency());
    }

    /**
     * The general path of {@link #gross}.
     *
     * @param made  the outcomes, in the currency of {@code zero}, not null
     * @param n  how many of them
     * @param zero  zero in the agreement's currency, not null
     * @return {@code zero} plus every amount, in order, never null
     */
    static Money grossInOrder(ComponentOutcome[] made, int n, Money zero) {
        Money gross = zero;
        for (int i = 0; i < n; i++) {
            gross = gross.plus(made[i].amount());
        }
        return gross;
    }

    /**
     * The net per party: the supplier receives the net, the customers pay it as the scheme splits it; a
     * {@link FrozenMap} the statement keeps where one customer pays the whole, else a {@link LinkedHashMap} of the
     * same entries in the same order.
     */
    private static Map<String, Money> byParty(IncentiveScheme scheme, String supplier, Money net, List<String> customers) {
        Money paid = net.negated();
        Money whole = wholeShare(scheme, paid, customers);
        if (whole != null && !supplier.equals(customers.get(0))) {
            return FrozenMap.of(supplier, net, customers.get(0), whole);
        }
        Map<String, Money> byParty = new LinkedHashMap<>();
        byParty.put(supplier, net);
        putSplit(byParty, scheme, paid, customers);
        return byParty;
    }

    private static List<Movement> movements(List<ComponentOutcome> outcomes, String supplier, List<String> customers,
            IncentiveScheme scheme) {
        Movement[] one = null; // one customer: at most one movement per outcome, kept by the statement as made
        List<Movement> movements = null;
        int count = 0;
        for (ComponentOutcome o : outcomes) {
            if (o.amount().isZero()) {
                continue;
            }
            Money abs = o.amount().abs();
            Money whole = movements == null ? wholeShare(scheme, abs, customers) : null;
            if (whole != null) {
                // one customer: its share is the whole (not zero: the amount is not)
                String customer = customers.get(0);
                if (one == null) {
                    one = new Movement[outcomes.size()];
                }
                one[count++] = o.amount().isPositive() ? new Movement(o.componentId(), customer, supplier, whole)
                        : new Movement(o.componentId(), supplier, customer, whole);
                continue;
            }
            if (movements == null) {
                movements = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    movements.add(one[i]);
                }
            }
            Map<String, Money> shares = scheme.splitAmongCustomers(abs, customers);
            for (Map.Entry<String, Money> share : shares.entrySet()) {
                if (share.getValue().isZero()) {
                    continue;
                }
                movements.add(o.amount().isPositive()
                        ? new Movement(o.componentId(), share.getKey(), supplier, share.getValue())
                        : new Movement(o.componentId(), supplier, share.getKey(), share.getValue()));
            }
        }
        return movements != null ? movements : one == null ? List.of() : FrozenList.of(one, count);
    }

    /** Puts {@code scheme.splitAmongCustomers(amount, customers)} into the map, in its order. */
    private static void putSplit(Map<String, Money> into, IncentiveScheme scheme, Money amount, List<String> customers) {
        Money whole = wholeShare(scheme, amount, customers);
        if (whole != null) {
            into.put(customers.get(0), whole);
        } else {
            into.putAll(scheme.splitAmongCustomers(amount, customers));
        }
    }

    /**
     * The one share of {@link IncentiveScheme#splitAmongCustomers} where it is the amount itself, without the map and
     * the allocation: one customer, no customer weights, and an amount at the currency's minor unit that
     * {@link Money#allocate} keeps in {@code long}s (it gives the whole at that scale, an equal {@code Money} with the
     * same scale); null otherwise (then the scheme splits). {@code SplitAmongOneCustomerProperties} holds it equal.
     *
     * @param scheme  the scheme, not null
     * @param amount  the amount to split, not null
     * @param customers  the customers, not null
     * @return the amount, or null
     */
    static Money wholeShare(IncentiveScheme scheme, Money amount, List<String> customers) {
        if (customers.size() != 1 || !scheme.customerWeights().isEmpty() || customers.get(0) == null) {
            return null;
        }
        java.math.BigDecimal a = amount.amount();
        return a.scale() == amount.currency().getDefaultFractionDigits() && a.precision() <= 18 ? amount : null;
    }

    private static Money resolve(Bound bound, IncentiveContext context, String what) {
        if (bound instanceof Bound.Fixed f) {
            return f.amount();
        }
        Money fee = context.fee().orElseThrow(() -> new ValidationException("IncentiveScheme", List.of(Violation.of(what,
                bound.describe(), "the scheme's " + what + " is " + bound.describe() + ", but " + context.period()
                        + " has no fee"))));
        return bound.resolve(fee);
    }

    private static ComponentOutcome checked(Agreement agreement, IncentiveComponent c, IncentiveContext context,
            ComponentOutcome o) {
        List<Violation> v = new ArrayList<>();
        if (o == null) {
            v.add(Violation.of("components." + c.id(), null, "component '" + c.id() + "' returned no outcome"));
        } else {
            if (!o.componentId().equals(c.id()) || !o.period().equals(context.period())) {
                v.add(Violation.of("components." + c.id(), o.componentId() + " " + o.period(), "component '" + c.id()
                        + "' returned an outcome for '" + o.componentId() + "' in " + o.period() + ", not for itself in "
                        + context.period()));
            }
            if (!agreement.isInCurrency(o.amount())) {
                v.add(Violation.of("components." + c.id(), o.amount(), "component '" + c.id() + "' returned " + o.amount()
                        + ", not in the agreement's currency " + agreement.currency().getCurrencyCode()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException("Incentive component '" + c.id() + "'", v);
        }
        return o;
    }

    private static String supplierOf(Agreement agreement, IncentiveScheme scheme) {
        if (scheme.supplier().isPresent()) {
            return scheme.supplier().get();
        }
        return agreement.leadSupplier().orElse(agreement.suppliers().get(0)).id();
    }

    /**
     * Whether a period of periods sorted by {@link ReportingPeriod#compareTo} (which is zero only for equal periods)
     * is given before: then an equal one sits just before it (no set of the periods seen); the same answer as
     * {@link #givenBeforeInOrder}, {@code GivenTwiceProperties} holds it.
     *
     * @param sorted  the periods in order, not null
     * @param i  the index of one of them
     * @return true if a period before index {@code i} equals it
     */
    static boolean givenBefore(List<IncentivePeriod> sorted, int i) {
        return i > 0 && sorted.get(i - 1).period().equals(sorted.get(i).period());
    }

    /**
     * The general path of {@link #givenBefore}, for periods in any order.
     *
     * @param periods  the periods, not null
     * @param i  the index of one of them
     * @return true if a period before index {@code i} equals it
     */
    static boolean givenBeforeInOrder(List<IncentivePeriod> periods, int i) {
        for (int j = 0; j < i; j++) {
            if (periods.get(j).period().equals(periods.get(i).period())) {
                return true;
            }
        }
        return false;
    }

    /** @param periods  sorted by period (see {@link #givenBefore}) */
    private static void check(Agreement agreement, IncentiveScheme scheme, List<IncentivePeriod> periods) {
        List<Violation> v = new ArrayList<>(scheme.violationsAgainst(agreement));
        if (periods.isEmpty()) {
            v.add(Violation.of("periods", "[]", "an incentive statement needs at least one period"));
        }
        for (int i = 0; i < periods.size(); i++) {
            ReportingPeriod p = periods.get(i).period();
            if (givenBefore(periods, i)) {
                v.add(Violation.of("periods[" + i + "]", p, "period " + p + " is given twice"));
            }
            if (p.granularity() != periods.get(0).period().granularity()) {
                v.add(Violation.of("periods[" + i + "]", p, "period " + p + " is a " + p.granularity() + ", the first is a "
                        + periods.get(0).period().granularity() + ": one statement has one granularity"));
            }
            periods.get(i).fee().ifPresent(f -> {
                if (!agreement.isInCurrency(f)) {
                    v.add(Violation.of("periods[" + p + "].fee", f, "fee " + f + " of " + p + " is not in "
                            + agreement.currency().getCurrencyCode()));
                }
            });
            for (Map.Entry<String, CostOutcome> c : periods.get(i).costs().entrySet()) {
                if (!agreement.isInCurrency(c.getValue().savings())) {
                    v.add(Violation.of("periods[" + p + "].costs." + c.getKey(), c.getValue().savings(), "cost outcome of '"
                            + c.getKey() + "' in " + p + " is not in " + agreement.currency().getCurrencyCode()));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException("Incentive calculation for '" + agreement.id() + "'", v);
        }
    }
}
