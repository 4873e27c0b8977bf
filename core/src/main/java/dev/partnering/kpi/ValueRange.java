package dev.partnering.kpi;

import java.math.BigDecimal;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;
import dev.partnering.internal.Limits;

/**
 * The values a KPI's measurements can take, bounds inclusive, either side open: 0 to 100 for a
 * percentage, at least 0 for a duration. A measurement outside it is rejected.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ValueRange {

    ValueRange() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableValueRange.builder();
    }

    /**
     * @param lower  the lowest valid value, inclusive, not null
     * @param upper  the highest valid value, inclusive, not null
     * @return the closed range, never null
     */
    public static ValueRange of(BigDecimal lower, BigDecimal upper) {
        return builder().lower(lower).upper(upper).build();
    }

    /**
     * @param lower  the lowest valid value, inclusive, not null
     * @return the range with no upper bound, never null
     */
    public static ValueRange atLeast(BigDecimal lower) {
        return builder().lower(lower).build();
    }

    /** @return the range 0 to 100, for percentages */
    public static ValueRange percentage() {
        return of(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    /** @return the lowest valid value, inclusive, if bounded below */
    public abstract Optional<BigDecimal> lower();

    /** @return the highest valid value, inclusive, if bounded above */
    public abstract Optional<BigDecimal> upper();

    /**
     * @param value  a value, not null
     * @return true if the value is within the range
     */
    public boolean contains(BigDecimal value) {
        Optional<BigDecimal> lower = lower();
        if (lower.isPresent() && value.compareTo(lower.get()) < 0) {
            return false;
        }
        Optional<BigDecimal> upper = upper();
        return upper.isEmpty() || value.compareTo(upper.get()) <= 0;
    }

    /**
     * Whether an exact quotient lies within the range, decided without dividing (a ratio
     * measurement's numerator / denominator): {@code lower ≤ n / d ⇔ (n − lower × d) × sign(d) ≥ 0}.
     *
     * @param numerator  the numerator, not null
     * @param denominator  the denominator, not null, not zero
     * @return true if numerator / denominator is within the range
     * @throws ArithmeticException if the denominator is zero
     * @since 0.1.0
     */
    public boolean containsQuotient(BigDecimal numerator, BigDecimal denominator) {
        int sign = denominator.signum();
        if (sign == 0) {
            throw new ArithmeticException("Division by zero");
        }
        return lower().map(l -> numerator.subtract(l.multiply(denominator)).signum() * sign >= 0).orElse(true)
                && upper().map(u -> numerator.subtract(u.multiply(denominator)).signum() * sign <= 0).orElse(true);
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("ValueRange");
        Limits.check(attrs, "lower", lower().orElse(null));
        Limits.check(attrs, "upper", upper().orElse(null));
        attrs.throwIfAny();
        Violations v = Violations.of("ValueRange");
        v.require(lower().isPresent() || upper().isPresent(), "", "(-∞, +∞)",
                "a value range needs a lower bound, an upper bound or both");
        if (lower().isPresent() && upper().isPresent()) {
            v.require(lower().get().compareTo(upper().get()) <= 0, "lower", lower().get().toPlainString(),
                    "lower bound " + lower().get().toPlainString() + " must not exceed upper bound "
                            + upper().get().toPlainString());
        }
        v.throwIfAny();
    }

    /** @return e.g. {@code [0, 100]} or {@code [0, +∞)} */
    @Override
    public String toString() {
        return lower().map(l -> "[" + l.toPlainString()).orElse("(-∞") + ", "
                + upper().map(u -> u.toPlainString() + "]").orElse("+∞)");
    }

    /**
     * A builder of {@link ValueRange}; at least one bound is required.
     * <p>
     * Obtained from {@link ValueRange#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the optional value {@link ValueRange#lower() lower} to lower.
         * @param lower The value for lower
         * @return {@code this} builder for chained invocation
         */
        Builder lower(BigDecimal lower);

        /**
         * Initializes the optional value {@link ValueRange#lower() lower} to lower.
         * @param lower The value for lower
         * @return {@code this} builder for use in a chained invocation
         */
        Builder lower(Optional<? extends BigDecimal> lower);

        /**
         * Initializes the optional value {@link ValueRange#upper() upper} to upper.
         * @param upper The value for upper
         * @return {@code this} builder for chained invocation
         */
        Builder upper(BigDecimal upper);

        /**
         * Initializes the optional value {@link ValueRange#upper() upper} to upper.
         * @param upper The value for upper
         * @return {@code this} builder for use in a chained invocation
         */
        Builder upper(Optional<? extends BigDecimal> upper);


        /**
         * @return the ValueRange, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        ValueRange build();
    }
}
