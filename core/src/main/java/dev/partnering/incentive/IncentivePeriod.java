package dev.partnering.incentive;

import dev.partnering.internal.Limits;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;

/**
 * The inputs of one period to an incentive calculation: the period, its scorecard, the cost
 * outcomes of gain-share components (by component id), the breach events, and optionally the fee
 * (by default the agreement's fee schedule gives it).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IncentivePeriod {

    IncentivePeriod() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableIncentivePeriod.builder();
    }

    /** @return the period, never null */
    public abstract ReportingPeriod period();

    /** @return the period's scorecard, if performance-based components need one */
    public abstract Optional<Scorecard> scorecard();

    /** @return the cost outcomes by gain-share component id */
    public abstract Map<String, CostOutcome> costs();

    /** @return the breach events of the period */
    public abstract List<BreachEvent> events();

    /**
     * @return the fee of the period, overriding the agreement's fee schedule: not negative, no more
     *         decimals than the currency's minor unit (a fee is paid)
     */
    public abstract Optional<Money> fee();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("IncentivePeriod");
        attrs.required("period", period());
        attrs.requiredEntries("costs", costs());
        attrs.requiredAll("events", events());
        fee().ifPresent(m -> Limits.check(attrs, "fee", m.amount()));
        attrs.throwIfAny();
        Violations v = Violations.of("IncentivePeriod " + period());
        fee().ifPresent(f -> Limits.payable(v, "fee", f.amount(), f.currency(), "fee of " + period()));
        fee().ifPresent(f -> v.require(!f.isNegative(), "fee", f, () -> "fee of " + period() + " " + f + " must not be negative"));
        costs().keySet().forEach(id -> dev.partnering.internal.Ids.check(v, "costs[" + Limits.show(id) + "]", id, "gain-share component"));
        scorecard().ifPresent(s -> v.require(s.period().equals(period()), "scorecard", s.period(),
                "the scorecard is for " + s.period() + ", not " + period()));
        for (int i = 0; i < events().size(); i++) {
            BreachEvent e = events().get(i);
            v.require(period().contains(e.date()), "events[" + i + "].date", e.date(),
                    "breach event '" + e.id() + "' on " + e.date() + " is outside " + period());
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link IncentivePeriod}; the period is required.
     * <p>
     * Obtained from {@link IncentivePeriod#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link IncentivePeriod#period() period} attribute.
         * @param period The value for period (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder period(ReportingPeriod period);

        /**
         * Initializes the optional value {@link IncentivePeriod#scorecard() scorecard} to scorecard.
         * @param scorecard The value for scorecard
         * @return {@code this} builder for chained invocation
         */
        Builder scorecard(Scorecard scorecard);

        /**
         * Initializes the optional value {@link IncentivePeriod#scorecard() scorecard} to scorecard.
         * @param scorecard The value for scorecard
         * @return {@code this} builder for use in a chained invocation
         */
        Builder scorecard(Optional<? extends Scorecard> scorecard);

        /**
         * Put one entry to the {@link IncentivePeriod#costs() costs} map.
         * @param key The key in the costs map
         * @param value The associated value in the costs map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putCosts(String key, CostOutcome value);

        /**
         * Put one entry to the {@link IncentivePeriod#costs() costs} map. Nulls are not permitted
         * @param entry The key and value entry
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putCosts(Map.Entry<String, ? extends CostOutcome> entry);

        /**
         * Put all mappings from the specified map as entries to {@link IncentivePeriod#costs() costs} map. Nulls are not permitted
         * @param entries The entries that will be added to the costs map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAllCosts(Map<String, ? extends CostOutcome> entries);

        /**
         * Adds one element to {@link IncentivePeriod#events() events} list.
         * @param element A events element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addEvents(BreachEvent element);

        /**
         * Adds elements to {@link IncentivePeriod#events() events} list.
         * @param elements An array of events elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addEvents(BreachEvent... elements);

        /**
         * Adds elements to {@link IncentivePeriod#events() events} list.
         * @param elements An iterable of events elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllEvents(Iterable<? extends BreachEvent> elements);

        /**
         * Initializes the optional value {@link IncentivePeriod#fee() fee} to fee.
         * @param fee The value for fee
         * @return {@code this} builder for chained invocation
         */
        Builder fee(Money fee);

        /**
         * Initializes the optional value {@link IncentivePeriod#fee() fee} to fee.
         * @param fee The value for fee
         * @return {@code this} builder for use in a chained invocation
         */
        Builder fee(Optional<? extends Money> fee);


        /**
         * @return the IncentivePeriod, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        IncentivePeriod build();
    }
}
