package dev.partnering.incentive;

import java.util.Objects;
import java.util.Optional;

import dev.partnering.money.Money;

/**
 * The most a component can add to ({@link #upside()}) or take from ({@link #downside()}) the
 * supplier's payout in one period; an absent side is unbounded or unknown.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param upside  the largest addition, not negative, absent if unbounded or unknown
 * @param downside  the largest deduction as a non-negative amount, absent if unbounded or unknown
 * @since 0.1.0
 */
public record Exposure(Optional<Money> upside, Optional<Money> downside) {

    /**
     * Checks for nulls.
     *
     * @param upside  the largest addition, not negative, absent if unbounded or unknown
     * @param downside  the largest deduction as a non-negative amount, absent if unbounded or unknown
     */
    public Exposure {
        Objects.requireNonNull(upside, "upside");
        Objects.requireNonNull(downside, "downside");
    }

    /** @return an exposure with both sides unknown */
    public static Exposure unknown() {
        return new Exposure(Optional.empty(), Optional.empty());
    }

    /**
     * @param upside  the largest addition, not null
     * @param downside  the largest deduction, not null
     * @return the exposure, never null
     */
    public static Exposure of(Money upside, Money downside) {
        return new Exposure(Optional.of(upside), Optional.of(downside));
    }
}
