package dev.partnering.incentive;

import java.util.Objects;

import dev.partnering.money.Money;

/**
 * One movement of money between two parties in a period of a multi-supplier statement: what a
 * customer pays a supplier (or a supplier bears towards a customer) on the supplier's own scheme or
 * on its share of the joint scheme, directly or relayed by the lead supplier (pass-through).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param from  the paying party's id, not null
 * @param to  the receiving party's id, not null
 * @param amount  the amount, positive, in minor units, not null
 * @param supplierId  the supplier whose incentive the money is, not null
 * @param basis  what the money is for, not null
 * @param relay  true for a leg through the lead on behalf of {@code supplierId}
 * @since 0.1.0
 */
public record Payment(String from, String to, Money amount, String supplierId, Basis basis, boolean relay) {

    /** What a payment is for. */
    public enum Basis {
        /** The net of the supplier's own scheme. */
        OWN_SCHEME,
        /** The supplier's share of the joint scheme's net. */
        JOINT_SHARE
    }

    /**
     * @param from the paying party's id, not null
     * @param to the receiving party's id, not null
     * @param amount the amount, positive, in minor units, not null
     * @param supplierId the supplier whose incentive the money is, not null
     * @param basis what the money is for, not null
     * @param relay true for a leg through the lead on behalf of {@code supplierId}
     * @throws IllegalArgumentException if the amount is not positive or from equals to
     */
    public Payment {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(basis, "basis");
        if (!amount.isPositive() || from.equals(to)) {
            throw new IllegalArgumentException("a payment moves a positive amount between two parties, was " + this);
        }
    }

    @Override
    public String toString() {
        return from + " → " + to + " " + amount + " (" + basis.name().toLowerCase().replace('_', ' ') + " of " + supplierId
                + (relay ? ", relayed by the lead" : "") + ")";
    }
}
