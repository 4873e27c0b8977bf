package dev.partnering.improvement;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.immutables.value.Value;

import dev.partnering.incentive.CostOutcome;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;

/**
 * The improvement and transformation backlog of a partnership: its initiatives, all in one
 * currency, and how long a proposal may wait for its decision before the pipeline counts as
 * stalled ({@link #decisionWithin()}, 90 days by default).
 * <p>
 * Realised savings feed gain share: {@link #savings(String, ReportingPeriod)} adds up the realised
 * benefits of the initiatives that feed a gain-share component and were delivered in a period, as
 * the {@link CostOutcome} of that component for the period's incentive statement.
 * <p>
 * Rules checked when built: initiative ids unique; every amount in the backlog's currency;
 * {@code decisionWithin} not negative and not zero.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ImprovementBacklog {

    ImprovementBacklog() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableImprovementBacklog.builder();
    }

    /** @return the currency of every amount, never null */
    public abstract Currency currency();

    /** @return the initiatives, in declaration order, never null */
    public abstract List<Initiative> initiatives();

    /** @return how long a proposal may wait for its decision; 90 days by default */
    @Value.Default
    public Period decisionWithin() {
        return Period.ofDays(90);
    }

    /**
     * @param id  an initiative id, not null
     * @return the initiative, if in the backlog
     */
    public Optional<Initiative> initiative(String id) {
        return initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * @param initiative  an initiative, not null
     * @param date  a day, not null
     * @return true if it was proposed, still undecided at the end of the day, and waited longer than {@link #decisionWithin()}
     */
    public boolean isStalledOn(Initiative initiative, LocalDate date) {
        return !initiative.proposedOn().isAfter(date) && initiative.statusOn(date) == InitiativeStatus.PROPOSED
                && initiative.proposedOn().plus(decisionWithin()).isBefore(date);
    }

    /**
     * The realised savings that feed a gain-share component in a period: the sum of the realised
     * benefits of the initiatives naming the component that were delivered within the period.
     *
     * @param gainShareId  the id of the gain-share component, not null
     * @param period  the period, not null
     * @return the savings as the component's cost outcome, empty if no such initiative realised a
     *         benefit in the period
     */
    public Optional<CostOutcome> savings(String gainShareId, ReportingPeriod period) {
        Objects.requireNonNull(gainShareId, "gainShareId");
        Objects.requireNonNull(period, "period");
        Money sum = Money.zero(currency());
        boolean any = false;
        for (Initiative i : initiatives()) {
            if (i.gainShare().filter(gainShareId::equals).isPresent() && i.realisedBenefit().isPresent()
                    && period.contains(i.deliveredOn().orElseThrow())) {
                sum = sum.plus(i.realisedBenefit().get());
                any = true;
            }
        }
        return any ? Optional.of(CostOutcome.savings(sum)) : Optional.empty();
    }

    /**
     * The realised savings of a period for every gain-share component the initiatives feed, ready
     * for {@code IncentivePeriod.Builder.putAllCosts}.
     *
     * @param period  the period, not null
     * @return the cost outcome per gain-share component id, sorted by id; never null
     */
    public Map<String, CostOutcome> costsFor(ReportingPeriod period) {
        Map<String, CostOutcome> costs = new TreeMap<>();
        for (Initiative i : initiatives()) {
            i.gainShare().ifPresent(g -> savings(g, period).ifPresent(c -> costs.put(g, c)));
        }
        return costs;
    }

    /**
     * Reports on the backlog on a day: the pipeline, expected against realised benefit, the share
     * proposed by the suppliers and the stalled proposals.
     *
     * @param asOf  the day, not null
     * @param parties  the parties of the agreement, to tell suppliers from customers, not null
     * @return the report, never null
     */
    public BacklogReport report(LocalDate asOf, Collection<Party> parties) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(parties, "parties");
        return BacklogReport.of(this, asOf, parties);
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("ImprovementBacklog");
        attrs.required("currency", currency());
        attrs.requiredAll("initiatives", initiatives());
        attrs.required("decisionWithin", decisionWithin());
        attrs.throwIfAny();
        Violations v = Violations.of("ImprovementBacklog");
        v.require(!decisionWithin().isNegative() && !decisionWithin().isZero(), "decisionWithin", decisionWithin(),
                "a proposal's time to a decision " + decisionWithin() + " must be more than zero");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < initiatives().size(); i++) {
            Initiative x = initiatives().get(i);
            String path = "initiatives[" + i + "]";
            v.require(ids.add(x.id()), path + ".id", x.id(), "initiative id '" + x.id() + "' is used more than once");
            v.require(x.expectedBenefit().currency().equals(currency()), path + ".expectedBenefit", x.expectedBenefit(),
                    "initiative '" + x.id() + "' expects " + x.expectedBenefit() + " but the backlog is in "
                            + currency().getCurrencyCode());
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link ImprovementBacklog}; {@code currency} is required.
     * <p>
     * Obtained from {@link ImprovementBacklog#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param currency  the currency of every amount, not null
         * @return this builder
         */
        Builder currency(Currency currency);

        /**
         * @param element  an initiative, not null
         * @return this builder
         */
        Builder addInitiatives(Initiative element);

        /**
         * @param elements  initiatives, not null
         * @return this builder
         */
        Builder addAllInitiatives(Iterable<? extends Initiative> elements);

        /**
         * @param decisionWithin  how long a proposal may wait for its decision, more than zero
         * @return this builder
         */
        Builder decisionWithin(Period decisionWithin);

        /**
         * @return the ImprovementBacklog, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        ImprovementBacklog build();
    }
}
