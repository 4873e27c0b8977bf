package dev.partnering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The fixed-point path is never a wrong value: where it gives a figure, it is the figure the exact
 * {@link BigDecimal} path gives (the same value and the same scale); where it cannot, it says so by
 * throwing {@link ArithmeticException}, never by a wrong result.
 */
class FixedPointProperties {

    @Provide
    Arbitrary<Long> unscaled() {
        // small, large, and the edges of a long, where overflow must be detected
        return Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000, 1_000_000), Arbitraries.longs(),
                Arbitraries.of(0L, 1L, -1L, 5L, -5L, 15L, 25L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
    }

    @Property
    void aQuotientIsTheExactQuotientOrRefused(@ForAll("unscaled") long num, @ForAll @IntRange(max = 18) int numScale,
            @ForAll("unscaled") long den, @ForAll @IntRange(max = 18) int denScale, @ForAll @IntRange(max = 12) int decimals) {
        Assume.that(den != 0);
        BigDecimal exact = Decimals.exactQuotient(BigDecimal.valueOf(num, numScale), BigDecimal.valueOf(den, denScale),
                decimals);
        // the calculators' entry point gives the exact quotient whichever path it takes
        assertEquals(exact, Decimals.quotient(BigDecimal.valueOf(num, numScale), BigDecimal.valueOf(den, denScale), decimals));
        BigDecimal fixed;
        try {
            fixed = FixedPoint.quotient(num, numScale, den, denScale, decimals);
        } catch (ArithmeticException overflow) {
            // refused: then the exact quotient at its decimals really needs more than a long somewhere on the way
            BigInteger scaledNum = BigInteger.valueOf(num).multiply(BigInteger.TEN.pow(Math.max(0, denScale + decimals - numScale)));
            BigInteger scaledDen = BigInteger.valueOf(den).multiply(BigInteger.TEN.pow(Math.max(0, numScale - denScale - decimals)));
            boolean needsMore = scaledNum.bitLength() > 63 || scaledDen.bitLength() > 63 || den == Long.MIN_VALUE
                    || num == Long.MIN_VALUE || denScale + decimals - numScale > 18 || numScale - denScale - decimals > 18;
            assertEquals(true, needsMore, "refused although it fits: " + num + "e-" + numScale + " / " + den + "e-" + denScale);
            return;
        }
        // the fixed-point quotient is the same number; the SDK's entry point puts it in canonical form
        assertEquals(exact, Decimals.canonical(fixed), num + "e-" + numScale + " / " + den + "e-" + denScale + " at " + decimals);
    }

    @Property
    void integerDivisionRoundsHalfEven(@ForAll("unscaled") long n, @ForAll("unscaled") long d) {
        Assume.that(d != 0 && n != Long.MIN_VALUE && d != Long.MIN_VALUE);
        long expected = new BigDecimal(n).divide(new BigDecimal(d), 0, RoundingMode.HALF_EVEN).longValueExact();
        assertEquals(expected, FixedPoint.divide(n, d));
    }

    /** A value rounded to some decimals is {@code setScale(decimals, HALF_EVEN)}'s, or refused where that needs more than a long. */
    @Property
    void roundingIsHalfEvenAtTheDecimalsOrRefused(@ForAll("unscaled") long unscaled, @ForAll @IntRange(max = 22) int scale,
            @ForAll @IntRange(max = 22) int decimals) {
        BigInteger expected = BigDecimal.valueOf(unscaled, scale).setScale(decimals, RoundingMode.HALF_EVEN).unscaledValue();
        long rounded;
        try {
            rounded = FixedPoint.rounded(unscaled, scale, decimals);
        } catch (ArithmeticException refused) {
            // refused only where the result or the power of ten on the way does not fit in a long
            assertEquals(true, expected.bitLength() > 63 || Math.abs(scale - decimals) > 18 || unscaled == Long.MIN_VALUE,
                    "refused although it fits: " + unscaled + "e-" + scale + " at " + decimals);
            return;
        }
        assertEquals(expected, BigInteger.valueOf(rounded), unscaled + "e-" + scale + " at " + decimals);
    }

    @Property
    void aDecimalThatFitsKeepsItsUnscaledValue(@ForAll("unscaled") long unscaled, @ForAll @IntRange(max = 18) int scale) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        Assume.that(FixedPoint.fits(value));
        assertEquals(unscaled, FixedPoint.unscaled(value));
        assertEquals(value, BigDecimal.valueOf(FixedPoint.unscaled(value), value.scale()));
    }

    @Example
    void examples() {
        // 2 / 3 at 6 → 0.666667; 170 / 200 → 0.85 (zeros dropped to scale 0, kept down to the exact scale 0);
        // 1.20 / 1 → 1.20 (scale 2 kept); 0.5 (5e-1) / 1 at 0 → 0 (the tie to even); 1.5 at 0 → 2; -2.5 at 0 → -2
        assertEquals(new BigDecimal("0.666667"), FixedPoint.quotient(2, 0, 3, 0, 6));
        assertEquals(new BigDecimal("0.85"), FixedPoint.quotient(170, 0, 200, 0, 6));
        assertEquals(new BigDecimal("1.20"), FixedPoint.quotient(120, 2, 1, 0, 6));
        assertEquals(new BigDecimal("0"), FixedPoint.quotient(5, 1, 1, 0, 0));
        assertEquals(new BigDecimal("2"), FixedPoint.quotient(15, 1, 1, 0, 0));
        assertEquals(new BigDecimal("-2"), FixedPoint.quotient(-25, 1, 1, 0, 0));
        // 9.2e18 × 10^6 does not fit: refused, never wrapped around
        assertThrows(ArithmeticException.class, () -> FixedPoint.quotient(Long.MAX_VALUE, 0, 3, 0, 6));
        assertThrows(ArithmeticException.class, () -> FixedPoint.quotient(1, 0, 0, 0, 6));
        // Long.MIN_VALUE / -1 wraps around in Java's own division: refused here
        assertThrows(ArithmeticException.class, () -> FixedPoint.divide(Long.MIN_VALUE, -1));
    }
}
