package dev.partnering.trust;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.immutables.value.Value;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.Violations;

/**
 * The answer scale of a trust survey: whole numbers from {@link #minimum()} (strongly disagree)
 * to {@link #maximum()} (strongly agree), 1 to 7 by default.
 * <p>
 * An answer {@code a} is normalised to a score from 0 to 100:
 * {@code (a - minimum) / (maximum - minimum) * 100}, its exact value rounded once, HALF_EVEN, to
 * {@link TrustReport#DECIMALS} decimals. The calculator does not add these rounded values: it adds
 * the whole-number steps {@code a - minimum} and divides once (see {@link TrustCalculator}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LikertScale {

    LikertScale() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableLikertScale.builder();
    }

    /**
     * Obtains a scale.
     *
     * @param minimum  the lowest answer
     * @param maximum  the highest answer, above the lowest
     * @return the scale, never null
     * @throws ValidationException if the minimum is not below the maximum
     */
    public static LikertScale of(int minimum, int maximum) {
        return builder().minimum(minimum).maximum(maximum).build();
    }

    /** @return the default seven-point scale, 1 to 7, never null */
    public static LikertScale oneToSeven() {
        return of(1, 7);
    }

    /** @return the lowest answer, scoring 0 */
    public abstract int minimum();

    /** @return the highest answer, scoring 100; above {@link #minimum()} */
    public abstract int maximum();

    /**
     * @param answer  an answer
     * @return true if the answer is on this scale, minimum and maximum inclusive
     */
    public boolean contains(int answer) {
        return answer >= minimum() && answer <= maximum();
    }

    /**
     * Normalises an answer to a score from 0 to 100.
     *
     * @param answer  an answer on this scale
     * @return {@code (answer - minimum) / (maximum - minimum) * 100}, in [0, 100], rounded once
     *         HALF_EVEN to {@link TrustReport#DECIMALS} decimals, never null
     * @throws ValidationException if the answer is not on this scale
     */
    public BigDecimal normalise(int answer) {
        if (!contains(answer)) {
            throw new ValidationException("LikertScale " + label(), List.of(Violation.of("answer", answer,
                    "answer " + answer + " is not on the scale " + label())));
        }
        BigDecimal steps = BigDecimal.valueOf((long) answer - minimum());
        BigDecimal range = BigDecimal.valueOf((long) maximum() - minimum());
        return steps.multiply(Decimals.HUNDRED).divide(range, TrustReport.DECIMALS, RoundingMode.HALF_EVEN);
    }

    /** @return the scale as {@code 1-7}, never null */
    public String label() {
        return minimum() + "-" + maximum();
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("LikertScale");
        attrs.throwIfAny();
        Violations v = Violations.of("LikertScale " + label());
        v.require(minimum() < maximum(), "maximum", maximum(),
                "Likert scale maximum " + maximum() + " must be above its minimum " + minimum());
        v.throwIfAny();
    }

    /**
     * A builder of {@link LikertScale}; {@code minimum} and {@code maximum} are required.
     * <p>
     * Obtained from {@link LikertScale#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link LikertScale#minimum() minimum} attribute.
         * @param minimum The value for minimum 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder minimum(int minimum);

        /**
         * Initializes the value for the {@link LikertScale#maximum() maximum} attribute.
         * @param maximum The value for maximum 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder maximum(int maximum);


        /**
         * @return the LikertScale, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        LikertScale build();
    }
}
