package dev.partnering.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation needs amounts in one currency and was given two, for example adding
 * SEK to EUR. The message names both: {@code Currencies differ: SEK/EUR}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The currency of the first amount. */
    private final Currency first;
    /** The currency of the second amount. */
    private final Currency second;

    /**
     * Creates the exception.
     *
     * @param first  the first currency, not null
     * @param second  the second currency, not null
     */
    public CurrencyMismatchException(Currency first, Currency second) {
        super("Currencies differ: " + Objects.requireNonNull(first, "first").getCurrencyCode()
                + "/" + Objects.requireNonNull(second, "second").getCurrencyCode());
        this.first = first;
        this.second = second;
    }

    /** @return the first currency, never null */
    public Currency first() {
        return first;
    }

    /** @return the second currency, never null */
    public Currency second() {
        return second;
    }
}
