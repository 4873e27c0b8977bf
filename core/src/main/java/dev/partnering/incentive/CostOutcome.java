package dev.partnering.incentive;

import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.internal.Limits;

/**
 * The cost side of a period for gain sharing: a baseline and the actual cost, or the savings given
 * directly. Savings = baseline − actual; negative savings are an overrun.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CostOutcome {

    CostOutcome() {
    }

    /**
     * @param baseline  the agreed baseline cost, not null
     * @param actual  the actual cost, same currency, not null
     * @return the outcome, never null
     */
    public static CostOutcome of(Money baseline, Money actual) {
        return ImmutableCostOutcome.builder().baseline(baseline).actual(actual).build();
    }

    /**
     * @param savings  the savings, negative for an overrun, not null
     * @return the outcome, never null
     */
    public static CostOutcome savings(Money savings) {
        return ImmutableCostOutcome.builder().givenSavings(savings).build();
    }

    /**
     * A builder for when which form the outcome has is known only at run time (e.g. from a file):
     * give a baseline and an actual cost, or the savings.
     *
     * @return a new builder, never null
     * @since 0.1.0
     */
    public static Builder builder() {
        return ImmutableCostOutcome.builder();
    }

    /** @return the baseline cost, if given; not negative */
    public abstract Optional<Money> baseline();

    /** @return the actual cost, if given; not negative */
    public abstract Optional<Money> actual();

    /** @return the savings given directly, if given */
    public abstract Optional<Money> givenSavings();

    /** @return baseline − actual, or the savings given directly, exact, never null */
    public Money savings() {
        return givenSavings().orElseGet(() -> baseline().get().minus(actual().get()));
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("CostOutcome");
        baseline().ifPresent(m -> Limits.check(attrs, "baseline", m.amount()));
        actual().ifPresent(m -> Limits.check(attrs, "actual", m.amount()));
        givenSavings().ifPresent(m -> Limits.check(attrs, "givenSavings", m.amount()));
        attrs.throwIfAny();
        Violations v = Violations.of("CostOutcome");
        boolean pair = baseline().isPresent() && actual().isPresent();
        boolean none = baseline().isEmpty() && actual().isEmpty();
        v.require(givenSavings().isPresent() ? none : pair, "baseline", baseline().orElse(null),
                "a cost outcome needs a baseline and an actual cost, or the savings (givenSavings), not both or part");
        baseline().ifPresent(b -> v.require(!b.isNegative(), "baseline", b, () -> "baseline cost " + b + " must not be negative"));
        actual().ifPresent(a -> v.require(!a.isNegative(), "actual", a, () -> "actual cost " + a + " must not be negative"));
        if (pair) {
            v.require(baseline().get().currency().equals(actual().get().currency()), "actual", actual().get(),
                    () -> "baseline " + baseline().get() + " and actual " + actual().get() + " differ in currency");
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link CostOutcome}: a baseline and an actual cost, or the savings, not both or part.
     * <p>
     * Obtained from {@link CostOutcome#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     *
     * @since 0.1.0
     */
    public interface Builder {

        /**
         * @param baseline  the agreed baseline cost, not negative
         * @return this builder
         */
        Builder baseline(Money baseline);

        /**
         * @param actual  the actual cost, in the baseline's currency, not negative
         * @return this builder
         */
        Builder actual(Money actual);

        /**
         * @param savings  the savings given directly, negative for an overrun
         * @return this builder
         */
        Builder givenSavings(Money savings);

        /**
         * @return the outcome, never null
         * @throws dev.partnering.ValidationException if it has neither form, both, or part of the pair,
         *         or a cost is negative or the costs differ in currency
         */
        CostOutcome build();
    }
}
