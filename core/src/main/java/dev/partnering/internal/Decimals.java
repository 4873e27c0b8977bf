package dev.partnering.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * Exact decimal arithmetic shared by the calculators: the division context, means, and the
 * rendering of figures for explanations.
 */
public final class Decimals {

    /** The context of every division: 16 significant digits, HALF_EVEN. */
    public static final MathContext MATH = MathContext.DECIMAL64;

    /** One hundred, the top of every score. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
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
