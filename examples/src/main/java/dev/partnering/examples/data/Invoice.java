package dev.partnering.examples.data;

import java.time.LocalDate;
import java.util.Objects;

import dev.partnering.money.Money;

/**
 * A supplier's invoice to a consortium, to be split among its members.
 *
 * @param id  the invoice number, not null
 * @param date  the invoice date, not null
 * @param kind  what it is for, e.g. {@code development} or {@code maintenance}, not null
 * @param amount  the amount, not null
 * @param description  the invoice text, not null
 * @since 0.1.0
 */
public record Invoice(String id, LocalDate date, String kind, Money amount, String description) {

    /** Checks for nulls. */
    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
    }
}
