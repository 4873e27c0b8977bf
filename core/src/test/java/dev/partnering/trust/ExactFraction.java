package dev.partnering.trust;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A reference for the precision rule, independent of {@code BigDecimal} division: an exact
 * fraction of two {@code BigInteger}s and its rounding, HALF_EVEN, to a number of decimals by
 * integer division and comparison of the remainder with half the denominator.
 *
 * @param numerator  the numerator
 * @param denominator  the denominator, positive
 */
record ExactFraction(BigInteger numerator, BigInteger denominator) {

    ExactFraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator " + denominator + " must be positive");
        }
    }

    static ExactFraction of(BigInteger numerator, BigInteger denominator) {
        return new ExactFraction(numerator, denominator);
    }

    static ExactFraction of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() <= 0 ? new ExactFraction(v.toBigIntegerExact(), BigInteger.ONE)
                : new ExactFraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    ExactFraction plus(ExactFraction o) {
        return new ExactFraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    ExactFraction times(ExactFraction o) {
        return new ExactFraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    ExactFraction dividedBy(ExactFraction o) {
        BigInteger n = numerator.multiply(o.denominator);
        BigInteger d = denominator.multiply(o.numerator);
        return d.signum() < 0 ? new ExactFraction(n.negate(), d.negate()) : new ExactFraction(n, d);
    }

    /** @return the fraction rounded HALF_EVEN to the decimals, with exactly that scale */
    BigDecimal round(int decimals) {
        BigInteger scaled = numerator.multiply(BigInteger.TEN.pow(decimals));
        BigInteger[] qr = scaled.divideAndRemainder(denominator);
        BigInteger q = qr[0];
        BigInteger twice = qr[1].abs().shiftLeft(1);
        int half = twice.compareTo(denominator);
        if (half > 0 || half == 0 && q.testBit(0)) {
            q = q.add(BigInteger.valueOf(scaled.signum()));
        }
        return new BigDecimal(q, decimals);
    }
}
