package dev.partnering.incentive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;

/**
 * What a component sees when it evaluates one period: the agreement, the period's inputs and fee,
 * and the earlier periods of the same calculation with their inputs and outcomes (for earn-back,
 * rolling and yearly caps).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IncentiveContext {

    /**
     * An earlier period of the calculation: its inputs, fee and component outcomes, their sum (the
     * gross) and the floor and cap that turned the gross into the net the supplier received.
     *
     * @param inputs  the period's inputs
     * @param fee  the period's fee, if known
     * @param outcomes  the components' outcomes in that period
     * @param gross  Σ of the outcomes' amounts
     * @param limits  the scheme's floor and cap resolved for that period
     */
    public record Past(IncentivePeriod inputs, Optional<Money> fee, List<ComponentOutcome> outcomes, Money gross,
            NetLimits limits) {
        /** Copies the list; checks for nulls. */
        public Past {
            Objects.requireNonNull(inputs, "inputs");
            Objects.requireNonNull(fee, "fee");
            outcomes = List.copyOf(outcomes);
            Objects.requireNonNull(gross, "gross");
            Objects.requireNonNull(limits, "limits");
        }

        /** @return the period, never null */
        public ReportingPeriod period() {
            return inputs.period();
        }

        /** @return the net adjustment the supplier received in the period: the gross within the limits, never null */
        public Money net() {
            return limits.apply(gross);
        }

        /**
         * What the supplier would have received in the period had the components' adjustments
         * added up to {@code gross} instead: for earn-back, the part of a credit the supplier
         * actually bore is {@code netFor(gross().plus(credit)).minus(net())}.
         *
         * @param gross  another gross, not null
         * @return that gross within the period's floor and cap, never null
         */
        public Money netFor(Money gross) {
            return limits.apply(gross);
        }

        /**
         * What one component's outcome changed the supplier's net by in the period: the net less
         * the net the period would have had without that outcome. For a credit or a penalty this is
         * the part the supplier actually bore, as a negative amount, which the scheme's floor can
         * make smaller than the outcome's amount; yearly and rolling caps count it.
         *
         * @param componentId  a component id, not null
         * @return the change of the net, zero if the component has no outcome in the period, never null
         */
        public Money netEffectOf(String componentId) {
            return net().minus(netFor(gross.minus(amountOf(componentId))));
        }

        /**
         * @param componentId  a component id, not null
         * @return the component's amount in the period, zero if it has no outcome there, never null
         */
        public Money amountOf(String componentId) {
            Objects.requireNonNull(componentId, "componentId");
            return outcomes.stream().filter(o -> o.componentId().equals(componentId)).findFirst().map(ComponentOutcome::amount)
                    .orElse(Money.zero(gross.currency()));
        }
    }

    private final IncentiveTerms agreement;
    private final IncentivePeriod inputs;
    private final Optional<Money> fee;
    private final List<Past> earlier;
    private final Map<ReportingPeriod, Money> givenFees;

    /**
     * A context without fees given for later periods of the calculation.
     *
     * @param agreement  the agreement, not null
     * @param inputs  the period's inputs, not null
     * @param fee  the period's fee, if known, not null
     * @param earlier  the earlier periods of the calculation, oldest first, not null
     */
    public IncentiveContext(IncentiveTerms agreement, IncentivePeriod inputs, Optional<Money> fee, List<Past> earlier) {
        this(agreement, inputs, fee, earlier, Map.of());
    }

    /**
     * @param agreement  the agreement, not null
     * @param inputs  the period's inputs, not null
     * @param fee  the period's fee, if known, not null
     * @param earlier  the earlier periods of the calculation, oldest first, not null
     * @param givenFees  the fees given with the periods of the calculation ({@link IncentivePeriod#fee()}),
     *        later ones included: fees are contractual, and a contract year's annual fee needs them; not null
     * @since 0.1.0
     */
    public IncentiveContext(IncentiveTerms agreement, IncentivePeriod inputs, Optional<Money> fee, List<Past> earlier,
            Map<ReportingPeriod, Money> givenFees) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.fee = Objects.requireNonNull(fee, "fee");
        this.earlier = List.copyOf(earlier);
        this.givenFees = Map.copyOf(givenFees);
    }

    /** @return the agreement, never null */
    public IncentiveTerms agreement() {
        return agreement;
    }

    /** @return the period evaluated, never null */
    public ReportingPeriod period() {
        return inputs.period();
    }

    /** @return the period's inputs, never null */
    public IncentivePeriod inputs() {
        return inputs;
    }

    /** @return the period's fee, if known */
    public Optional<Money> fee() {
        return fee;
    }

    /**
     * @param component  the component that needs the fee, for the message, not null
     * @return the period's fee, never null
     * @throws ValidationException if the period has no fee
     */
    public Money requireFee(IncentiveComponent component) {
        return fee.orElseThrow(() -> new ValidationException("Incentive period " + period(), List.of(Violation.of(
                "fee", null, "component '" + component.id() + "' needs the fee of " + period()
                        + ", but the fee schedule has none and the period gives none"))));
    }

    /**
     * @param component  the component that needs the scorecard, for the message, not null
     * @return the period's scorecard, never null
     * @throws ValidationException if the period has no scorecard
     */
    public Scorecard requireScorecard(IncentiveComponent component) {
        return inputs.scorecard().orElseThrow(() -> new ValidationException("Incentive period " + period(),
                List.of(Violation.of("scorecard", null, "component '" + component.id() + "' needs the scorecard of "
                        + period() + ", but the period has none"))));
    }

    /** @return the earlier periods of the calculation, oldest first, never null */
    public List<Past> earlier() {
        return earlier;
    }

    /**
     * @param period  an earlier period, not null
     * @return that period's record, if it is part of the calculation
     */
    public Optional<Past> earlier(ReportingPeriod period) {
        for (Past p : earlier) {
            if (p.period().equals(period)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * @param componentId  a component id, not null
     * @return that component's outcomes in the earlier periods, oldest first, never null
     */
    public List<ComponentOutcome> earlierOutcomes(String componentId) {
        List<ComponentOutcome> result = new ArrayList<>();
        for (Past p : earlier) {
            p.outcomes().stream().filter(o -> o.componentId().equals(componentId)).forEach(result::add);
        }
        return result;
    }

    /**
     * The fee of any period: the given fee for periods of this calculation (earlier or later ones
     * too), otherwise the agreement's fee schedule.
     *
     * @param period  a period, not null
     * @return the fee, if known
     */
    public Optional<Money> feeOf(ReportingPeriod period) {
        if (period.equals(period())) {
            return fee;
        }
        Optional<Past> past = earlier(period);
        if (past.isPresent() && past.get().fee().isPresent()) {
            return past.get().fee();
        }
        if (givenFees.containsKey(period)) {
            return Optional.of(givenFees.get(period));
        }
        return agreement.feeFor(period);
    }

    /**
     * Two contexts are equal when their agreements, inputs, fees and earlier periods are equal.
     *
     * @param other  the object to compare with, may be null
     * @return true if the other object is a IncentiveContext with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof IncentiveContext c && agreement.equals(c.agreement) && inputs.equals(c.inputs) && fee.equals(c.fee) && earlier.equals(c.earlier) && givenFees.equals(c.givenFees);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(agreement, inputs, fee, earlier, givenFees);
    }

    /** @return zero in the agreement's currency */
    public Money zero() {
        return Money.zero(agreement.currency());
    }
}
