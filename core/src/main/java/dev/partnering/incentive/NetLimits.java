package dev.partnering.incentive;

import dev.partnering.internal.Violations;
import dev.partnering.internal.Limits;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;

/**
 * The scheme's {@linkplain IncentiveScheme#floor() floor} and {@linkplain IncentiveScheme#cap() cap}
 * resolved to money for one period: the lowest and the highest net adjustment of the supplier's
 * payout, rounded to the minor unit. {@link #apply(Money)} turns a gross into the net.
 * <p>
 * Components that return an earlier credit (earn-back) use the limits of the credit's period to
 * return only what the supplier actually bore after the floor and cap. This class is immutable and
 * thread-safe.
 *
 * @param lowest  the lowest net, zero or negative (e.g. {@code -37500.00 SEK} for a floor of 15 % of
 *        250,000.00), absent without a floor
 * @param highest  the highest net, zero or positive, absent without a cap; both in minor units of
 *        their currency (they bound a payment), in one currency, not null (empty when absent)
 * @since 0.1.0
 */
public record NetLimits(Optional<Money> lowest, Optional<Money> highest) {

    /**
     * Checks the signs and that both limits share one currency.
     *
     * @param lowest  the lowest net, zero or negative (e.g. {@code -37500.00 SEK} for a floor of 15 % of 250,000.00), absent without a floor
     * @param highest  the highest net, zero or positive, absent without a cap; both in minor units of their currency (they bound a payment), in one currency, not null (empty when absent)
     * @throws ValidationException if the lowest net is positive, the highest negative, or their currencies differ
     */
    public NetLimits {
        if (!plain(lowest, highest)) {
            check(lowest, highest);
        }
    }

    /** True if {@link #check} finds nothing, tested without a collector or a message (the limits a calculator resolves). */
    private static boolean plain(Optional<Money> lowest, Optional<Money> highest) {
        if (lowest == null || highest == null) {
            return false;
        }
        if (lowest.isPresent() && (lowest.get().isPositive() || !Limits.isPayable(lowest.get().amount(), lowest.get().currency()))) {
            return false;
        }
        if (highest.isPresent() && (highest.get().isNegative() || !Limits.isPayable(highest.get().amount(), highest.get().currency()))) {
            return false;
        }
        return lowest.isEmpty() || highest.isEmpty() || lowest.get().currency().equals(highest.get().currency());
    }

    static void check(Optional<Money> lowest, Optional<Money> highest) {
        Violations v = Violations.of("NetLimits");
        if (v.required("lowest", lowest) & v.required("highest", highest)) {
            lowest.filter(Money::isPositive).ifPresent(l -> v.add("lowest", l,
                    () -> "the lowest net " + l + " must be zero or negative: a floor is a largest deduction"));
            highest.filter(Money::isNegative).ifPresent(h -> v.add("highest", h,
                    () -> "the highest net " + h + " must be zero or positive: a cap is a largest addition"));
            lowest.ifPresent(l -> Limits.payable(v, "lowest", l.amount(), l.currency(), "the lowest net"));
            highest.ifPresent(h -> Limits.payable(v, "highest", h.amount(), h.currency(), "the highest net"));
            if (lowest.isPresent() && highest.isPresent() && !lowest.get().currency().equals(highest.get().currency())) {
                v.add("highest", highest.get(), () -> "the limits are in different currencies: " + lowest.get() + " and " + highest.get());
            }
        }
        v.throwIfAny();
    }

    /** @return limits that let every gross through, never null */
    public static NetLimits none() {
        return new NetLimits(Optional.empty(), Optional.empty());
    }

    /**
     * @param gross  the sum of the components' adjustments, not null
     * @return the net: the gross raised to the lowest net and lowered to the highest, never null
     */
    public Money apply(Money gross) {
        Objects.requireNonNull(gross, "gross");
        Money net = gross;
        if (lowest.isPresent() && net.isLessThan(lowest.get())) {
            net = lowest.get();
        }
        if (highest.isPresent() && net.isGreaterThan(highest.get())) {
            net = highest.get();
        }
        return net;
    }
}
