package dev.partnering.incentive;

import java.util.Objects;

import dev.partnering.money.Money;

/**
 * Money one component moves between two parties in a period: {@code from} pays {@code amount}
 * (never negative) to {@code to}. A bonus moves from a customer to the supplier; a credit or a
 * penalty moves from the supplier to a customer. Within a consortium each customer's share is its
 * own movement, split exactly.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param componentId  the component
 * @param from  the paying party's id
 * @param to  the receiving party's id
 * @param amount  the amount, not negative, rounded to the minor unit
 * @since 0.1.0
 */
public record Movement(String componentId, String from, String to, Money amount) {

    /**
     * Checks for nulls and a non-negative amount.
     *
     * @param componentId  the component
     * @param from  the paying party's id
     * @param to  the receiving party's id
     * @param amount  the amount, not negative, rounded to the minor unit
     */
    public Movement {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a movement's amount is never negative, was " + amount);
        }
    }

    @Override
    public String toString() {
        return componentId + ": " + from + " → " + to + " " + amount;
    }
}
