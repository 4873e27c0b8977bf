package dev.partnering;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number (BigInteger numerator over a positive BigInteger denominator, in lowest
 * terms): the reference the precision properties compare the SDK's figures against. Its rounding
 * is written with integer arithmetic only, independent of {@code BigDecimal.divide}.
 * <p>
 * Test-only; immutable.
 */
public final class Fraction implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    public static final Fraction HUNDRED = of(100);

    private final BigInteger num;
    private final BigInteger den;

    private Fraction(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /** @return num / den in lowest terms, the sign on the numerator */
    public static Fraction of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Fraction(num, den) : new Fraction(num.divide(g), den.divide(g));
    }

    public static Fraction of(long n) {
        return of(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** @return the exact value of a decimal: unscaled × 10^-scale */
    public static Fraction of(BigDecimal d) {
        return d.scale() >= 0 ? of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : of(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
    }

    public static Fraction of(String decimal) {
        return of(new BigDecimal(decimal));
    }

    public Fraction plus(Fraction o) {
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Fraction minus(Fraction o) {
        return plus(o.negate());
    }

    public Fraction times(Fraction o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    public Fraction over(Fraction o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    public Fraction negate() {
        return new Fraction(num.negate(), den);
    }

    public int signum() {
        return num.signum();
    }

    public Fraction min(Fraction o) {
        return compareTo(o) <= 0 ? this : o;
    }

    /**
     * Rounds HALF_EVEN to a number of decimals with integer arithmetic: q, r = |num| × 10^scale ÷ den;
     * up when 2r &gt; den, or when 2r = den and q is odd.
     */
    public BigDecimal round(int scale) {
        BigInteger scaled = num.abs().multiply(BigInteger.TEN.pow(scale));
        BigInteger[] qr = scaled.divideAndRemainder(den);
        int half = qr[1].shiftLeft(1).compareTo(den);
        BigInteger q = qr[0];
        if (half > 0 || (half == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return new BigDecimal(num.signum() < 0 ? q.negate() : q, scale);
    }

    /**
     * The figure the SDK must return: {@link #round(int)} in the SDK's canonical form (trailing zeros
     * dropped, never in exponent notation), so a test comparing with {@code assertEquals} checks the
     * value and its one representation.
     */
    public BigDecimal figure(int decimals) {
        BigDecimal r = round(decimals);
        if (r.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = r.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && num.equals(f.num) && den.equals(f.den);
    }

    @Override
    public int hashCode() {
        return Objects.hash(num, den);
    }

    @Override
    public String toString() {
        return num + "/" + den;
    }
}
