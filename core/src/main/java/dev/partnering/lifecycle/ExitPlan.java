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
        return new Builder();
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

    /** A builder of {@link ExitPlan}; every attribute is optional. */
    public static final class Builder extends ImmutableExitPlan.Builder {
        Builder() {
        }
    }
}
