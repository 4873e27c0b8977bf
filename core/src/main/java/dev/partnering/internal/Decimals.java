package dev.partnering.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * Exact decimal arithmetic shared by the calculators: correctly rounded quotients (the exact
 * quotient rounded once, HALF_EVEN, to a declared number of decimals), means, and the rendering of
 * figures for explanations.
 * <p>
 * {@link #MATH} and the methods that use it ({@link #divide}, {@link #ratio}, {@link #mean}) cut a
 * quotient to 16 significant digits; the calculators of KPIs, scorecards, incentives and health use
 * {@link #quotient} and {@link #round} instead.
 */
public final class Decimals {

    /** The context of every division: 16 significant digits, HALF_EVEN. */
    public static final MathContext MATH = MathContext.DECIMAL64;

    /** One hundred, the top of every score. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /**
     * The exact quotient {@code numerator / denominator} rounded once, HALF_EVEN, to {@code decimals}
     * places: the correctly rounded value, never a 16-digit intermediate. Trailing zeros are dropped
     * down to the scale an exact division would have ({@code numerator.scale() − denominator.scale()}),
     * so {@code 170 / 200} gives {@code 0.85} and {@code 2 / 3} at 6 decimals {@code 0.666667}.
     *
     * @param numerator  not null
     * @param denominator  not null, not zero
     * @param decimals  the decimals of the result, 0 or more
     * @return the rounded quotient, never null
     * @throws ArithmeticException if the denominator is zero
     */
    public static BigDecimal quotient(BigDecimal numerator, BigDecimal denominator, int decimals) {
        BigDecimal q = numerator.divide(denominator, decimals, RoundingMode.HALF_EVEN);
        int keep = Math.min(decimals, Math.max(0, numerator.scale() - denominator.scale()));
        BigDecimal stripped = q.stripTrailingZeros();
        return stripped.scale() < keep ? stripped.setScale(keep) : stripped;
    }

    /**
     * Rounds a value once, HALF_EVEN, to at most {@code decimals} places; a value with no more
     * decimals is returned as it is.
     *
     * @param value  a value, not null
     * @param decimals  the most decimals, 0 or more
     * @return the rounded value, never null
     */
    public static BigDecimal round(BigDecimal value, int decimals) {
        return value.scale() > decimals ? value.setScale(decimals, RoundingMode.HALF_EVEN) : value;
    }

    /**
     * @param sum  a sum, not null
     * @param count  the number of terms, positive
     * @return sum / count at {@link #MATH}
     */
    public static BigDecimal divide(BigDecimal sum, long count) {
        return sum.divide(BigDecimal.valueOf(count), MATH);
    }

    /**
     * @param numerator  not null
     * @param denominator  not null
     * @return the quotient at {@link #MATH}, empty when the denominator is zero
     */
    public static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? Optional.empty() : Optional.of(numerator.divide(denominator, MATH));
    }

    /**
     * @param values  the values, not null
     * @return their arithmetic mean at {@link #MATH}, empty when there are none
     */
    public static Optional<BigDecimal> mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(divide(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), values.size()));
    }

    /**
     * Renders a figure for people: at most two decimals (HALF_EVEN), trailing zeros removed,
     * never in exponent notation; {@code 22.2222} renders as {@code 22.22}, {@code 15.0} as {@code 15}.
     *
     * @param value  a value, not null
     * @return the text, never null
     */
    public static String show(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        return rounded.toPlainString();
    }

    /**
     * @param value  a value, not null
     * @return the value without trailing zeros in plain notation, e.g. 1.150 → "1.15", 100 → "100"
     */
    public static String plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * @param value  a value, not null
     * @param decimals  the decimals to show
     * @return the value rounded HALF_EVEN to the given decimals for display, trailing zeros dropped
     */
    public static String display(BigDecimal value, int decimals) {
        return plain(value.setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
