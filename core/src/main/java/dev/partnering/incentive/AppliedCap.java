package dev.partnering.incentive;

import java.util.List;
import java.util.Objects;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;

/**
 * A cap that bit on a component's outcome in one period, as figures an ERP can book: which cap,
 * the amount before it and the amount it allowed. The cap in words (how it is defined and
 * resolved) is the matching {@link dev.partnering.explanation.StepKind#RULE RULE} step of the
 * outcome's explanation; the cap's definition is the component's (e.g. {@link Penalty#periodCap()}).
 * <p>
 * Both amounts are magnitudes (what the supplier would have received or borne), rounded to the
 * minor unit, in one currency, with {@code limit ≤ uncapped}. A cap that depends on earlier periods
 * (contract-year, rolling twelve months) allows what is left of it, which may be zero.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  which cap bit, not null
 * @param uncapped  the amount before the cap, rounded, not negative, not null
 * @param limit  the amount the cap allowed in the period, rounded, from zero to {@code uncapped}, not null
 * @since 0.1.0
 */
public record AppliedCap(Kind kind, Money uncapped, Money limit) {

    /**
     * Which cap bit.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** A cap per period: a penalty's period cap, service-credit tiers' period cap. */
        PERIOD,
        /** A penalty's cap per contract year, less what earlier periods of the year already took. */
        CONTRACT_YEAR,
        /** Service-credit tiers' cap over a rolling twelve months, less what earlier periods took. */
        ROLLING_TWELVE_MONTHS,
        /** A gain share's cap on the supplier's part of savings. */
        GAIN,
        /** A gain share's cap on the supplier's part of an overrun. */
        PAIN,
        /** An at-risk pool: credits beyond the pool are shared within it. */
        POOL,
        /** A cap of a user's own component. */
        OTHER
    }

    /**
     * Checks the amounts.
     *
     * @param kind  which cap bit, not null
     * @param uncapped  the amount before the cap, rounded, not negative, not null
     * @param limit  the amount the cap allowed in the period, rounded, from zero to {@code uncapped}, not null
     * @throws ValidationException if an amount is negative or not rounded, the currencies differ, or
     *         the limit exceeds the uncapped amount
     */
    public AppliedCap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uncapped, "uncapped");
        Objects.requireNonNull(limit, "limit");
        String rule = null;
        if (!uncapped.currency().equals(limit.currency())) {
            rule = "the uncapped amount " + uncapped + " and the limit " + limit + " are in different currencies";
        } else if (!uncapped.isRounded() || !limit.isRounded()) {
            rule = "the amounts " + uncapped + " and " + limit + " must be rounded to the minor unit";
        } else if (limit.isNegative()) {
            rule = "the limit " + limit + " must not be negative";
        } else if (limit.isGreaterThan(uncapped)) {
            rule = "the limit " + limit + " must not exceed the uncapped amount " + uncapped + ": a cap only lowers";
        }
        if (rule != null) {
            throw new ValidationException("AppliedCap " + kind, List.of(Violation.of("limit", limit, rule)));
        }
    }

    /**
     * @param kind  which cap bit, not null
     * @param uncapped  the amount before the cap, not null; rounded to the minor unit here
     * @param limit  the amount the cap allowed, not null; rounded to the minor unit here
     * @return the applied cap, never null
     * @throws ValidationException if the rounded amounts break a rule of {@link AppliedCap}
     */
    public static AppliedCap of(Kind kind, Money uncapped, Money limit) {
        return new AppliedCap(kind, uncapped.rounded(), limit.rounded());
    }

    /** @return how much the cap took off: {@code uncapped − limit}, never negative, never null */
    public Money reduction() {
        return uncapped.minus(limit);
    }
}
