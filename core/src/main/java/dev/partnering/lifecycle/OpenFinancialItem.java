package dev.partnering.lifecycle;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.internal.Limits;

/**
 * An amount still open between two parties at exit or renewal, e.g. an unsettled service credit
 * of 120,000.00 SEK the supplier owes the customer.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OpenFinancialItem {

    OpenFinancialItem() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableOpenFinancialItem.builder();
    }

    /** @return the kind of item, never null */
    public abstract FinancialItemKind kind();

    /** @return what the item is, e.g. "Service credits 2029-Q3", never blank */
    public abstract String description();

    /** @return the open amount, greater than zero, never null */
    public abstract Money amount();

    /** @return the id of the party that owes the amount, never null */
    public abstract String owedBy();

    /** @return the id of the party the amount is owed to, never the same as {@link #owedBy()} */
    public abstract String owedTo();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("OpenFinancialItem");
        attrs.required("kind", kind());
        attrs.required("description", description());
        if (attrs.required("amount", amount())) {
            Limits.check(attrs, "amount", amount().amount());
        }
        attrs.required("owedBy", owedBy());
        attrs.required("owedTo", owedTo());
        attrs.throwIfAny();
        Violations v = Violations.of("OpenFinancialItem '" + description() + "'");
        v.require(!description().isBlank(), "description", description(), "an open financial item must be described, not blank");
        v.require(amount().amount().signum() > 0, "amount", amount(), "open item '" + description() + "': amount "
                + amount() + " must be greater than zero; the direction is given by owedBy and owedTo");
        dev.partnering.internal.Ids.check(v, "owedBy", owedBy(), "party");
        dev.partnering.internal.Ids.check(v, "owedTo", owedTo(), "party");
        dev.partnering.internal.Limits.payable(v, "amount", amount().amount(), amount().currency(), "open item '" + description() + "': amount");
        v.require(!owedBy().equals(owedTo()), "owedTo", owedTo(), "open item '" + description() + "' is owed by '"
                + owedBy() + "' to itself");
        v.throwIfAny();
    }

    /**
     * A builder of {@link OpenFinancialItem}; every attribute is required.
     * <p>
     * Obtained from {@link OpenFinancialItem#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link OpenFinancialItem#kind() kind} attribute.
         * @param kind The value for kind (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder kind(FinancialItemKind kind);

        /**
         * Initializes the value for the {@link OpenFinancialItem#description() description} attribute.
         * @param description The value for description (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder description(String description);

        /**
         * Initializes the value for the {@link OpenFinancialItem#amount() amount} attribute.
         * @param amount The value for amount (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder amount(Money amount);

        /**
         * Initializes the value for the {@link OpenFinancialItem#owedBy() owedBy} attribute.
         * @param owedBy The value for owedBy (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder owedBy(String owedBy);

        /**
         * Initializes the value for the {@link OpenFinancialItem#owedTo() owedTo} attribute.
         * @param owedTo The value for owedTo (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder owedTo(String owedTo);


        /**
         * @return the OpenFinancialItem, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        OpenFinancialItem build();
    }
}
