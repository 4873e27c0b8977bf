package dev.partnering.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import dev.partnering.ThoroughTries;
import dev.partnering.internal.FixedPoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Money's {@code long} paths are never a wrong value: {@link Money#allocate} in {@code long}s gives
 * exactly the parts of the {@link BigInteger} largest-remainder method (same amounts, same scale,
 * same order) or refuses (null) when a figure would not fit; {@link Money#minorUnits()} and
 * {@link Money#isRounded()} equal their definitions; a sum, difference or negation that hands back an
 * operand (a zero added) is the exact one, scale included. Amounts at 0 to 20 decimals, unscaled values at
 * the edges {@code Long.MAX_VALUE / 10^k} and beyond a {@code long}, ratios at scales −3 to 6, up to
 * 40 of them, in currencies of 0, 2 and 3 minor digits.
 */
@AddLifecycleHook(ThoroughTries.class)
class MoneyFastPathProperties {

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("JPY", "SEK", "BHD").map(Currency::getInstance);
    }

    /** Unscaled values: small, any long, at the edges {@code Long.MAX_VALUE / 10^k} (±1), and past a long. */
    @Provide
    Arbitrary<BigInteger> unscaled() {
        Arbitrary<Long> edges = Combinators.combine(Arbitraries.integers().between(0, 18), Arbitraries.of(-1L, 0L, 1L))
                .as((k, d) -> k == 0 && d == 1 ? Long.MAX_VALUE : Long.MAX_VALUE / FixedPoint.pow10(k) + d);
        BigInteger beyond = BigInteger.valueOf(Long.MAX_VALUE);
        return Arbitraries.oneOf(Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000_000, 1_000_000_000),
                Arbitraries.longs(), edges, edges.map(x -> -x)).map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(beyond.negate().shiftLeft(20), beyond.shiftLeft(20)));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(unscaled(), Arbitraries.integers().between(0, 20)).as(BigDecimal::new);
    }

    /** A ratio: small or near the edge of a long, at scales −3 to 6, trailing zeros kept. */
    @Provide
    Arbitrary<BigDecimal> ratios() {
        Arbitrary<Long> unscaled = Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000),
                Arbitraries.longs().between(0, 1_000_000_000_000L), Arbitraries.longs().between(0, Long.MAX_VALUE));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 6)).as(BigDecimal::valueOf)
                .filter(dev.partnering.internal.Limits::within);
    }

    @Property
    void allocationInLongsIsTheExactAllocationOrRefused(@ForAll("amounts") BigDecimal amount,
            @ForAll("currencies") Currency currency, @ForAll @Size(min = 1, max = 40) List<@net.jqwik.api.From("ratios") BigDecimal> ratios) {
        Assume.that(ratios.stream().anyMatch(r -> r.signum() > 0));
        Money money = new MoneyAccess(amount, currency).money();
        List<Money> exact = money.allocateExactly(ratios);
        List<Money> fast = money.allocateInLongs(ratios);
        Statistics.label("outcome").collect(fast == null ? "refused" : "given");
        Statistics.label("outcome").coverage(c -> {
            c.check("given").percentage(p -> p > 20);
            c.check("refused").percentage(p -> p > 5);
        });
        if (fast != null) {
            assertSameParts(exact, fast);
        }
        assertSameParts(exact, money.allocate(ratios));
    }

    /**
     * Contract-sized amounts split among a few parties always take the long path: an amount under a
     * billion is at most 10^12 minor units (three minor digits), a weight at most 10^6 at the common
     * scale, their product under 10^18 &lt; {@code Long.MAX_VALUE}.
     */
    @Property
    void contractSizedAllocationsAreNeverRefused(@ForAll @LongRange(min = -999_999_999, max = 999_999_999) long unscaled,
            @ForAll @IntRange(max = 6) int scale, @ForAll("currencies") Currency currency,
            @ForAll @Size(min = 1, max = 32) List<@IntRange(max = 1_000_000) Integer> weights,
            @ForAll @IntRange(max = 4) int weightScale) {
        Assume.that(weights.stream().anyMatch(w -> w > 0));
        List<BigDecimal> ratios = new ArrayList<>();
        weights.forEach(w -> ratios.add(BigDecimal.valueOf(w, weightScale)));
        Money money = Money.of(BigDecimal.valueOf(unscaled, scale), currency);
        List<Money> fast = money.allocateInLongs(ratios);
        assertNotNull(fast, () -> money + " by " + ratios);
        assertSameParts(money.allocateExactly(ratios), fast);
    }

    @Property
    void minorUnitsAndIsRoundedAreTheirDefinitions(@ForAll("amounts") BigDecimal amount, @ForAll("currencies") Currency currency) {
        Money money = new MoneyAccess(amount, currency).money();
        int digits = currency.getDefaultFractionDigits();
        assertEquals(money.rounded().amount().movePointRight(digits).toBigIntegerExact(), money.minorUnits());
        assertEquals(amount.stripTrailingZeros().scale() <= digits, money.isRounded());
    }

    /** Adding or subtracting a zero, or negating one, may hand back an operand: still the exact sum, scale included. */
    @Property
    void sumsDifferencesAndNegationsAreTheBigDecimalOnes(@ForAll("amountsAndZeros") BigDecimal a,
            @ForAll("amountsAndZeros") BigDecimal b, @ForAll("currencies") Currency currency) {
        Money x = new MoneyAccess(a, currency).money();
        Money y = new MoneyAccess(b, currency).money();
        assertEquals(a.add(b), x.plus(y).amount());
        assertEquals(a.subtract(b), x.minus(y).amount());
        assertEquals(a.negate(), x.negated().amount());
        assertEquals(a.add(b).toPlainString(), x.plus(y).amount().toPlainString());
    }

    /** Rounding an amount already at the minor unit hands it back: the same as setScale, scale included. */
    @Property
    void roundingIsSetScale(@ForAll("amounts") BigDecimal a, @ForAll("currencies") Currency currency,
            @ForAll java.math.RoundingMode mode) {
        Money x = new MoneyAccess(a, currency).money();
        BigDecimal expected;
        try {
            expected = a.setScale(currency.getDefaultFractionDigits(), mode);
        } catch (ArithmeticException unnecessary) {
            assertThrows(ArithmeticException.class, () -> x.rounded(mode));
            return;
        }
        assertEquals(expected, x.rounded(mode).amount());
        assertEquals(a.setScale(currency.getDefaultFractionDigits(), java.math.RoundingMode.HALF_EVEN), x.rounded().amount());
    }

    @Provide
    Arbitrary<BigDecimal> amountsAndZeros() {
        return Arbitraries.oneOf(amounts(), Arbitraries.integers().between(-3, 6).map(s -> BigDecimal.valueOf(0, s)));
    }

    private static void assertSameParts(List<Money> expected, List<Money> actual) {
        assertEquals(expected, actual);
        for (int i = 0; i < expected.size(); i++) {
            // the same amount written the same way: equal unscaled values at the same scale
            assertEquals(expected.get(i).amount(), actual.get(i).amount());
            assertEquals(expected.get(i).toString(), actual.get(i).toString());
        }
    }

    /** An amount of any size, as arithmetic makes them (a product, a sum), not only as {@link Money#of} accepts. */
    private record MoneyAccess(BigDecimal amount, Currency currency) {
        Money money() {
            return Money.of(BigDecimal.ONE, currency).multipliedBy(amount);
        }
    }
}
