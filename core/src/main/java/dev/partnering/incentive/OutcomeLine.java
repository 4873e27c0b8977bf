package dev.partnering.incentive;

import java.util.Objects;

import dev.partnering.money.Money;

/**
 * A detail line of a component's outcome, e.g. the credit for one KPI or the supplier's part of
 * the savings. The {@code key} is stable ({@code credit:availability}) so later periods and an
 * ERP can find it; the label is for people.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param key  a stable key, e.g. {@code credit:availability}
 * @param label  the line in words
 * @param amount  the amount, rounded to the minor unit
 * @since 0.1.0
 */
public record OutcomeLine(String key, String label, Money amount) {

    /** Checks for nulls. */
    public OutcomeLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }
}
