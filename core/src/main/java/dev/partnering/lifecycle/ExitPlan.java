package dev.partnering.lifecycle;

import dev.partnering.internal.Periods;


import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;

/**
 * The plan for the last stage of a collaborative relationship: how long the transition out lasts,
 * who returns which data and documentation, who owns the transfer of knowledge, and which amounts
 * are still open between the parties (unsettled credits, pending gain share).
 * <p>
 * A plan is drafted step by step, so every part is optional here; the
 * {@link ExitReadinessCheck} reports what is still missing before the agreement may enter RENEWAL
 * or EXIT. Rules checked when built: the transition period is positive and every open item is in
 * one currency.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExitPlan {

    ExitPlan() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableExitPlan.builder();
    }

    /** @return how long the transition to the next supplier (or back in-house) lasts, if planned */
    public abstract Optional<Period> transitionPeriod();

    /** @return who returns which data and documentation, never null */
    public abstract List<ReturnObligation> returns();

    /** @return the id of the governance role that owns the transfer of knowledge, if named */
    public abstract Optional<String> knowledgeTransferOwner();

    /** @return the amounts still open between the parties, never null; empty when none are open */
    public abstract List<OpenFinancialItem> openFinancialItems();

    /**
     * @return the day the open financial items were reviewed and listed; an empty list of items
     *         with a review date means nothing is open, without one that nobody has looked
     */
    public abstract Optional<LocalDate> financialItemsReviewedOn();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("ExitPlan");
        attrs.requiredAll("returns", returns());
        attrs.requiredAll("openFinancialItems", openFinancialItems());
        attrs.throwIfAny();
        Violations v = Violations.of("ExitPlan");
        transitionPeriod().ifPresent(p -> v.require(Periods.isPositive(p), "transitionPeriod", p,
                "transition period " + p + " must be positive"));
        knowledgeTransferOwner().ifPresent(o -> v.require(!o.isBlank(), "knowledgeTransferOwner", o,
                "knowledge transfer owner must name a role, not be blank"));
        List<OpenFinancialItem> items = openFinancialItems();
        for (int i = 1; i < items.size(); i++) {
            v.require(items.get(i).amount().currency().equals(items.get(0).amount().currency()),
                    "openFinancialItems[" + i + "].amount", items.get(i).amount(), "open item '" + items.get(i).description()
                            + "' is in " + items.get(i).amount().currency().getCurrencyCode() + ", the first item in "
                            + items.get(0).amount().currency().getCurrencyCode());
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link ExitPlan}; every attribute is optional.
     * <p>
     * Obtained from {@link ExitPlan#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the optional value {@link ExitPlan#transitionPeriod() transitionPeriod} to transitionPeriod.
         * @param transitionPeriod The value for transitionPeriod
         * @return {@code this} builder for chained invocation
         */
        Builder transitionPeriod(Period transitionPeriod);

        /**
         * Initializes the optional value {@link ExitPlan#transitionPeriod() transitionPeriod} to transitionPeriod.
         * @param transitionPeriod The value for transitionPeriod
         * @return {@code this} builder for use in a chained invocation
         */
        Builder transitionPeriod(Optional<? extends Period> transitionPeriod);

        /**
         * Adds one element to {@link ExitPlan#returns() returns} list.
         * @param element A returns element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addReturns(ReturnObligation element);

        /**
         * Adds elements to {@link ExitPlan#returns() returns} list.
         * @param elements An array of returns elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addReturns(ReturnObligation... elements);

        /**
         * Adds elements to {@link ExitPlan#returns() returns} list.
         * @param elements An iterable of returns elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllReturns(Iterable<? extends ReturnObligation> elements);

        /**
         * Initializes the optional value {@link ExitPlan#knowledgeTransferOwner() knowledgeTransferOwner} to knowledgeTransferOwner.
         * @param knowledgeTransferOwner The value for knowledgeTransferOwner
         * @return {@code this} builder for chained invocation
         */
        Builder knowledgeTransferOwner(String knowledgeTransferOwner);

        /**
         * Initializes the optional value {@link ExitPlan#knowledgeTransferOwner() knowledgeTransferOwner} to knowledgeTransferOwner.
         * @param knowledgeTransferOwner The value for knowledgeTransferOwner
         * @return {@code this} builder for use in a chained invocation
         */
        Builder knowledgeTransferOwner(Optional<String> knowledgeTransferOwner);

        /**
         * Adds one element to {@link ExitPlan#openFinancialItems() openFinancialItems} list.
         * @param element A openFinancialItems element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addOpenFinancialItems(OpenFinancialItem element);

        /**
         * Adds elements to {@link ExitPlan#openFinancialItems() openFinancialItems} list.
         * @param elements An array of openFinancialItems elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addOpenFinancialItems(OpenFinancialItem... elements);

        /**
         * Adds elements to {@link ExitPlan#openFinancialItems() openFinancialItems} list.
         * @param elements An iterable of openFinancialItems elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllOpenFinancialItems(Iterable<? extends OpenFinancialItem> elements);

        /**
         * Initializes the optional value {@link ExitPlan#financialItemsReviewedOn() financialItemsReviewedOn} to financialItemsReviewedOn.
         * @param financialItemsReviewedOn The value for financialItemsReviewedOn
         * @return {@code this} builder for chained invocation
         */
        Builder financialItemsReviewedOn(LocalDate financialItemsReviewedOn);

        /**
         * Initializes the optional value {@link ExitPlan#financialItemsReviewedOn() financialItemsReviewedOn} to financialItemsReviewedOn.
         * @param financialItemsReviewedOn The value for financialItemsReviewedOn
         * @return {@code this} builder for use in a chained invocation
         */
        Builder financialItemsReviewedOn(Optional<? extends LocalDate> financialItemsReviewedOn);


        /**
         * @return the ExitPlan, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        ExitPlan build();
    }
}
