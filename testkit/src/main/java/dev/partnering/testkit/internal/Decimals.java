package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Decimal arbitraries that shrink toward a readable value. */
final class Decimals {

    private Decimals() {
    }

    /**
     * @return decimals of exactly {@code scale} places from min to max, shrinking toward zero or
     *         the bound nearest to it
     */
    static Arbitrary<BigDecimal> between(BigDecimal min, BigDecimal max, int scale) {
        BigDecimal lo = min.setScale(scale, RoundingMode.CEILING);
        BigDecimal hi = max.setScale(scale, RoundingMode.FLOOR);
        requireRoom(lo, hi, min, max, scale);
        if (lo.compareTo(hi) == 0) {
            return Arbitraries.just(lo);
        }
        return Arbitraries.bigDecimals().between(lo, hi).ofScale(scale);
    }

    /** @return decimals of {@code scale} places from min to max, shrinking toward {@code target} (clamped) */
    static Arbitrary<BigDecimal> between(BigDecimal min, BigDecimal max, int scale, BigDecimal target) {
        BigDecimal lo = min.setScale(scale, RoundingMode.CEILING);
        BigDecimal hi = max.setScale(scale, RoundingMode.FLOOR);
        requireRoom(lo, hi, min, max, scale);
        if (lo.compareTo(hi) == 0) {
            return Arbitraries.just(lo);
        }
        BigDecimal t = target.setScale(scale, RoundingMode.HALF_EVEN).max(lo).min(hi);
        return Arbitraries.bigDecimals().between(lo, hi).ofScale(scale).shrinkTowards(t);
    }

    private static void requireRoom(BigDecimal lo, BigDecimal hi, BigDecimal min, BigDecimal max, int scale) {
        Checks.require(lo.compareTo(hi) <= 0, "no decimal with " + scale + " places lies between " + min.toPlainString()
                + " and " + max.toPlainString());
    }

    /** @return e.g. {@code 12.5} for 12.50, {@code 100} for 100.00 */
    static String plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
