package dev.partnering.internal;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on scaled {@code long}s for the calculators' hot path: a decimal is an
 * unscaled {@code long} and a scale ({@code unscaled × 10^-scale}), the same figure a
 * {@link BigDecimal} holds, without the object. Every operation is exact or correctly rounded once,
 * HALF_EVEN; an operation whose result does not fit in a {@code long} throws
 * {@link ArithmeticException} (through {@link Math#multiplyExact}, {@link Math#addExact} and
 * {@link Math#absExact}) and the caller falls back to {@link BigDecimal}: a fixed-point figure is
 * never a wrong value, only sometimes not available.
 * <p>
 * {@link #quotient} gives exactly what {@link Decimals#quotient} gives (the same value and the same
 * scale), so a calculator may take either path and its results stay identical.
 * <p>
 * Why not decimal4j: the core depends on the SLF4J API only (enforced), decimal4j's arithmetic
 * works at one scale per {@code ScaleMetrics} while measurements come with the scale they were
 * recorded at, and the few operations needed here (align, add, multiply, divide with HALF_EVEN) are
 * short; the micro-benchmark in the benchmarks module ({@code FixedPointBenchmark}) measures both.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class FixedPoint {

    /** The largest scale a fixed-point figure is kept at: 18 (10^18 still fits in a long). */
    public static final int MAX_SCALE = 18;

    private static final long[] POWERS = new long[MAX_SCALE + 1];

    static {
        POWERS[0] = 1;
        for (int i = 1; i <= MAX_SCALE; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private FixedPoint() {
    }

    /**
     * @param n  0 to {@value #MAX_SCALE}
     * @return 10^n
     */
    public static long pow10(int n) {
        return POWERS[n];
    }

    /**
     * @param value  a decimal, not null
     * @return true if the value has a fixed-point form: a scale from 0 to {@value #MAX_SCALE} and an
     *         unscaled value of at most 18 digits
     */
    public static boolean fits(BigDecimal value) {
        return value.scale() >= 0 && value.scale() <= MAX_SCALE && value.precision() <= 18;
    }

    /**
     * @param value  a decimal that {@linkplain #fits fits}, not null
     * @return its unscaled value
     * @throws ArithmeticException if it does not fit
     */
    public static long unscaled(BigDecimal value) {
        // movePointRight keeps a compact value compact: no BigInteger on the way
        return value.scale() == 0 ? value.longValueExact() : value.movePointRight(value.scale()).longValueExact();
    }

    /**
     * @param unscaled  an unscaled value
     * @param from  its scale, 0 to {@value #MAX_SCALE}
     * @param to  the scale wanted, {@code from} or more
     * @return the same value at scale {@code to}
     * @throws ArithmeticException if it does not fit
     */
    public static long rescale(long unscaled, int from, int to) {
        if (to == from || unscaled == 0) {
            return unscaled;
        }
        if (to - from > MAX_SCALE) {
            throw new ArithmeticException("10^" + (to - from) + " does not fit in a long");
        }
        return Math.multiplyExact(unscaled, POWERS[to - from]);
    }

    /**
     * The quotient of two integers rounded once, HALF_EVEN.
     *
     * @param n  the dividend
     * @param d  the divisor, not 0
     * @return n / d rounded HALF_EVEN
     * @throws ArithmeticException if d is 0 or an absolute value overflows
     */
    public static long divide(long n, long d) {
        if (d == -1) {
            return Math.negateExact(n); // Long.MIN_VALUE / -1 wraps around silently
        }
        long q = n / d;
        long r = n - q * d;
        if (r == 0) {
            return q;
        }
        long absR = Math.absExact(r);
        long rest = Math.absExact(d) - absR;
        // |r| against |d|/2 without overflow: |r| > |d| - |r| means more than half
        if (absR > rest || absR == rest && (q & 1) != 0) {
            return (n < 0) == (d < 0) ? q + 1 : q - 1;
        }
        return q;
    }

    /**
     * The exact quotient {@code (num × 10^-numScale) / (den × 10^-denScale)} rounded once, HALF_EVEN,
     * to {@code decimals} places, as {@link Decimals#quotient} gives it: trailing zeros dropped down to
     * {@code min(decimals, max(0, numScale − denScale))}.
     *
     * @param num  the numerator's unscaled value
     * @param numScale  its scale, 0 to {@value #MAX_SCALE}
     * @param den  the denominator's unscaled value, not 0
     * @param denScale  its scale, 0 to {@value #MAX_SCALE}
     * @param decimals  the decimals of the result, 0 to {@value #MAX_SCALE}
     * @return the rounded quotient, never null
     * @throws ArithmeticException if the denominator is 0 or an intermediate does not fit in a long
     */
    public static BigDecimal quotient(long num, int numScale, long den, int denScale, int decimals) {
        return toDecimal(unscaledQuotient(num, numScale, den, denScale, decimals), decimals,
                Math.min(decimals, Math.max(0, numScale - denScale)));
    }

    /**
     * @return the unscaled value at {@code decimals} of the rounded quotient (see {@link #quotient})
     * @throws ArithmeticException if the denominator is 0 or an intermediate does not fit in a long
     */
    public static long unscaledQuotient(long num, int numScale, long den, int denScale, int decimals) {
        // num·10^-ns / (den·10^-ds) at 10^-decimals = num·10^(ds + decimals − ns) / den
        int e = denScale + decimals - numScale;
        if (e >= 0) {
            return divide(Math.multiplyExact(num, pow10Exact(e)), den);
        }
        return divide(num, Math.multiplyExact(den, pow10Exact(-e)));
    }

    /**
     * @param unscaled  an unscaled value
     * @param scale  its scale, 0 or more
     * @param decimals  the decimals wanted, 0 or more
     * @return the value rounded once, HALF_EVEN, to {@code decimals} places (exact where {@code decimals} is
     *         {@code scale} or more), as its unscaled value at {@code decimals}
     * @throws ArithmeticException if the result or a power of ten it needs does not fit in a long
     */
    public static long rounded(long unscaled, int scale, int decimals) {
        return unscaledQuotient(unscaled, scale, 1, 0, decimals);
    }

    private static long pow10Exact(int n) {
        if (n > MAX_SCALE) {
            throw new ArithmeticException("10^" + n + " does not fit in a long");
        }
        return POWERS[n];
    }

    /**
     * @param unscaled  an unscaled value
     * @param scale  its scale, 0 or more
     * @param keep  the least scale to keep, 0 to {@code scale}
     * @return the decimal with trailing zeros dropped down to scale {@code keep}, never null
     */
    public static BigDecimal toDecimal(long unscaled, int scale, int keep) {
        while (scale > keep && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }
}
