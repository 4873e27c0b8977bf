package dev.partnering.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import dev.partnering.testkit.PartneringArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of {@link Money}, over amounts in currencies with 0, 2 and 3 decimals. */
class MoneyProperties {

    @Property
    void allocatedPartsAddUpToRoundedWhole(@ForAll("money") Money whole, @ForAll("ratios") List<BigDecimal> ratios) {
        List<Money> parts = whole.allocate(ratios);
        assertEquals(ratios.size(), parts.size());
        Money sum = parts.stream().reduce(Money.zero(whole.currency()), Money::plus);
        assertEquals(whole.rounded(), sum);
        for (Money part : parts) {
            assertTrue(part.isRounded(), part::toString);
            assertTrue(part.isZero() || part.amount().signum() == whole.rounded().amount().signum(), part::toString);
        }
    }

    @Property
    void allocationIsProportionalWithinOneMinorUnit(@ForAll("money") Money whole, @ForAll("ratios") List<BigDecimal> ratios) {
        // exact share_i = W × r_i / Σr (in minor units); |part_i − share_i| < 1  <=>  |part_i × Σr − W × r_i| < Σr
        BigDecimal total = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal units = new BigDecimal(whole.minorUnits());
        List<Money> parts = whole.allocate(ratios);
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal part = new BigDecimal(parts.get(i).minorUnits());
            BigDecimal deviation = part.multiply(total).subtract(units.multiply(ratios.get(i))).abs();
            assertTrue(deviation.compareTo(total) < 0,
                    () -> "part " + parts + " deviates by a minor unit or more from " + whole + " × " + ratios);
        }
    }

    @Property
    void zeroRatiosGetZero(@ForAll("money") Money whole, @ForAll("ratios") List<BigDecimal> ratios) {
        List<Money> parts = whole.allocate(ratios);
        for (int i = 0; i < ratios.size(); i++) {
            if (ratios.get(i).signum() == 0) {
                assertTrue(parts.get(i).isZero());
            }
        }
    }

    @Property
    void allocationOfANegatedAmountIsTheNegatedAllocation(@ForAll("money") Money whole, @ForAll("ratios") List<BigDecimal> ratios) {
        List<Money> negated = whole.negated().allocate(ratios);
        List<Money> parts = whole.allocate(ratios);
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(parts.get(i).negated(), negated.get(i));
        }
    }

    @Property
    void splitPartsDifferByAtMostOneMinorUnit(@ForAll("money") Money whole, @ForAll @IntRange(min = 1, max = 50) int n) {
        List<Money> parts = whole.split(n);
        assertEquals(n, parts.size());
        assertEquals(whole.rounded(), parts.stream().reduce(Money.zero(whole.currency()), Money::plus));
        BigInteger previous = null;
        for (Money part : parts) {
            BigInteger units = part.minorUnits().abs();
            if (previous != null) {
                // the earlier parts get the extra units: non-increasing in absolute value, by at most one unit
                assertTrue(units.compareTo(previous) <= 0, parts::toString);
            }
            previous = units;
        }
        BigInteger first = parts.get(0).minorUnits().abs();
        BigInteger last = parts.get(n - 1).minorUnits().abs();
        assertTrue(first.subtract(last).compareTo(BigInteger.ONE) <= 0, parts::toString);
    }

    @Property
    void plusMinusRoundTrip(@ForAll("money") Money a, @ForAll("amounts") BigDecimal b) {
        Money other = Money.of(b, a.currency());
        assertEquals(a, a.plus(other).minus(other));
        assertEquals(a, a.minus(other).plus(other));
        assertEquals(a.plus(other), other.plus(a));
    }

    @Property
    void roundingIsIdempotentAndAtTheMinorUnit(@ForAll("money") Money m) {
        Money once = m.rounded();
        assertEquals(once, once.rounded());
        assertTrue(once.isRounded());
        assertEquals(m.currency().getDefaultFractionDigits(), once.amount().scale());
        // rounding moves the amount by at most half a minor unit
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(m.currency().getDefaultFractionDigits()).divide(BigDecimal.valueOf(2));
        assertTrue(once.minus(m).amount().abs().compareTo(halfUnit) <= 0);
    }

    @Property
    void minorUnitsRoundTrip(@ForAll("money") Money m) {
        assertEquals(m.rounded(), Money.ofMinor(m.minorUnits(), m.currency()));
    }

    @Property
    void equalityIgnoresScale(@ForAll("money") Money m, @ForAll @IntRange(min = 0, max = 5) int extraZeros) {
        Money rescaled = Money.of(m.amount().setScale(m.amount().scale() + extraZeros), m.currency());
        assertEquals(m, rescaled);
        assertEquals(m.hashCode(), rescaled.hashCode());
        assertEquals(0, m.compareTo(rescaled));
    }

    /** Amounts from -1,000,000,000 to 1,000,000,000 with 0 to 4 decimals, in currencies with 0, 2 and 3 decimals. */
    @Provide
    Arbitrary<Money> money() {
        return PartneringArbitraries.money().inAnyOf(Money.currency("SEK"), Money.currency("EUR"), Money.currency("JPY"),
                Money.currency("BHD")).between("-1000000000", "1000000000").withScale(0, 4);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return money().map(Money::amount);
    }

    @Provide
    Arbitrary<List<BigDecimal>> ratios() {
        Arbitrary<BigDecimal> ratio = Arbitraries.oneOf(
                Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3),
                Arbitraries.integers().between(1, 5).map(BigDecimal::valueOf));
        return ratio.list().ofMinSize(1).ofMaxSize(12).filter(rs -> rs.stream().anyMatch(r -> r.signum() > 0));
    }
}
