package dev.partnering.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * Exact decimal arithmetic shared by the calculators: correctly rounded quotients (the exact
 * quotient rounded once, HALF_EVEN, to a declared number of decimals), means, and the rendering of
 * figures for explanations.
 * <p>
 * No quotient is ever cut to a number of significant digits: {@link #divide}, {@link #ratio} and
 * {@link #mean} round the exact value once to {@link #DEFAULT_DECIMALS} (shares and means without a
 * declared precision of their own, e.g. in governance); {@link #quotient} takes the declared decimals.
 */
public final class Decimals {

    /** The decimals of a share, mean or score that has no declared precision of its own: 6. */
    public static final int DEFAULT_DECIMALS = 6;

    /** One hundred, the top of every score. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /**
     * The exact quotient {@code numerator / denominator} rounded once, HALF_EVEN, to {@code decimals}
     * places: the correctly rounded value, never a 16-digit intermediate, in {@linkplain #canonical
     * canonical form}: {@code 170 / 200} gives {@code 0.85}, {@code 2 / 3} at 6 decimals
     * {@code 0.666667}, {@code 100 / 1} gives {@code 100}.
     *
     * @param numerator  not null
     * @param denominator  not null, not zero
     * @param decimals  the decimals of the result, 0 or more
     * @return the rounded quotient, never null
     * @throws ArithmeticException if the denominator is zero
     */
    // figures that fit in a long are divided in fixed point (FixedPoint, the same value and scale), others exactly
    public static BigDecimal quotient(BigDecimal numerator, BigDecimal denominator, int decimals) {
        if (decimals <= FixedPoint.MAX_SCALE && FixedPoint.fits(numerator) && FixedPoint.fits(denominator)
                && denominator.signum() != 0) {
            try {
                // stripped of every trailing zero down to scale 0: the canonical form, made once
                return FixedPoint.toDecimal(FixedPoint.unscaledQuotient(FixedPoint.unscaled(numerator), numerator.scale(),
                        FixedPoint.unscaled(denominator), denominator.scale(), decimals), decimals, 0);
            } catch (ArithmeticException tooLargeForALong) {
                // the exact BigDecimal path below gives it
            }
        }
        return exactQuotient(numerator, denominator, decimals);
    }

    /** {@link #quotient} in BigDecimal arithmetic alone: the reference the fixed-point path is proven against. */
    static BigDecimal exactQuotient(BigDecimal numerator, BigDecimal denominator, int decimals) {
        return canonical(numerator.divide(denominator, decimals, RoundingMode.HALF_EVEN));
    }

    /**
     * The one form in which the SDK returns every computed figure that is not money (period values,
     * attainments, scores, shares, trust figures): trailing zeros dropped, never in exponent notation.
     * {@code 1.050} becomes {@code 1.05}, {@code 1.0} becomes {@code 1}, {@code 1E+2} becomes
     * {@code 100}. Equal figures are therefore equal {@code BigDecimal}s, and a figure reads the same
     * in every result and document. Money keeps its currency's scale instead. A number whose plain
     * form would pass {@link Limits#MAX_WRITTEN_DIGITS} digits (far outside the SDK's bounds, e.g.
     * {@code 1E+100} read from a document) keeps its exponent, so that what is written reads back.
     *
     * @param value  a value, not null
     * @return the same number in canonical form, never null
     */
    public static BigDecimal canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (value.scale() == 0 && value.precision() <= Limits.MAX_WRITTEN_DIGITS) {
            return value; // an integer written plain is canonical already: no copy
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 && s.precision() - (long) s.scale() <= Limits.MAX_WRITTEN_DIGITS ? s.setScale(0) : s;
    }

    /**
     * {@link #canonical(BigDecimal)} of an optional figure.
     *
     * @param value  a figure or empty, not null
     * @return {@code value} itself if its figure is canonical already (or it is empty), else the canonical
     *         figure; never null
     */
    public static Optional<BigDecimal> canonical(Optional<BigDecimal> value) {
        if (value.isEmpty()) {
            return value;
        }
        BigDecimal c = canonical(value.get());
        return c == value.get() ? value : Optional.of(c);
    }

    /**
     * Rounds a value once, HALF_EVEN, to at most {@code decimals} places, in {@linkplain #canonical
     * canonical form}.
     *
     * @param value  a value, not null
     * @param decimals  the most decimals, 0 or more
     * @return the rounded value, never null
     */
    public static BigDecimal round(BigDecimal value, int decimals) {
        return canonical(value.scale() > decimals ? value.setScale(decimals, RoundingMode.HALF_EVEN) : value);
    }

    /**
     * @param sum  a sum, not null
     * @param count  the number of terms, positive
     * @return sum / count, its exact value rounded once to {@link #DEFAULT_DECIMALS}
     */
    public static BigDecimal divide(BigDecimal sum, long count) {
        return quotient(sum, BigDecimal.valueOf(count), DEFAULT_DECIMALS);
    }

    /**
     * @param numerator  not null
     * @param denominator  not null
     * @return the exact quotient rounded once to {@link #DEFAULT_DECIMALS}, empty when the denominator is zero
     */
    public static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? Optional.empty()
                : Optional.of(quotient(numerator, denominator, DEFAULT_DECIMALS));
    }

    /**
     * @param values  the values, not null
     * @return their arithmetic mean, its exact value rounded once to {@link #DEFAULT_DECIMALS}, empty when there are none
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
