package dev.partnering.incentive;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;

import dev.partnering.internal.FixedPoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What the properties of the components' minor-unit paths draw from: currencies of 0, 2, 3 and 4 minor digits, and
 * unscaled figures at the edges of a {@code long} and beyond it, where a path in {@code long}s must fall back.
 */
final class MinorUnitArbitraries {

    private MinorUnitArbitraries() {
    }

    /** @return JPY, SEK, BHD and CLF: 0, 2, 3 and 4 minor digits */
    static Arbitrary<Currency> currencies() {
        return Arbitraries.of("JPY", "SEK", "BHD", "CLF").map(Currency::getInstance);
    }

    /** @return {@code Long.MAX_VALUE / 10^k} for k from 0 to 18, off by −1, 0 or 1 (never beyond {@code Long.MAX_VALUE}) */
    static Arbitrary<Long> longEdges() {
        return Combinators.combine(Arbitraries.integers().between(0, 18), Arbitraries.of(-1L, 0L, 1L))
                .as((k, d) -> k == 0 && d == 1 ? Long.MAX_VALUE : Long.MAX_VALUE / FixedPoint.pow10(k) + d);
    }

    /** @return an unscaled figure beyond a long: from {@code Long.MAX_VALUE} to 2^8 times it */
    static Arbitrary<BigInteger> beyondALong() {
        BigInteger beyond = BigInteger.valueOf(Long.MAX_VALUE);
        return Arbitraries.bigIntegers().between(beyond, beyond.shiftLeft(8));
    }

    /**
     * @param smallNegatives  true to draw small negative fees too (down to −1,000,000 units)
     * @return fees: mostly contract-sized unscaled values, any long, the edges of a long and beyond it, at scales
     *         0 to 4 (mostly) or −2 to 6
     */
    static Arbitrary<BigDecimal> fees(boolean smallNegatives) {
        Arbitrary<BigInteger> contract = Arbitraries.longs().between(0, 1_000_000_000_000L).map(BigInteger::valueOf);
        Arbitrary<BigInteger> any = Arbitraries.longs().between(0, Long.MAX_VALUE).map(BigInteger::valueOf);
        Arbitrary<BigInteger> edges = longEdges().map(BigInteger::valueOf);
        Arbitrary<BigInteger> unscaled = smallNegatives
                ? Arbitraries.frequencyOf(Tuple.of(6, contract),
                        Tuple.of(1, Arbitraries.longs().between(-1_000_000, 0).map(BigInteger::valueOf)),
                        Tuple.of(1, any), Tuple.of(2, edges), Tuple.of(1, beyondALong()))
                : Arbitraries.frequencyOf(Tuple.of(6, contract), Tuple.of(1, any), Tuple.of(2, edges),
                        Tuple.of(1, beyondALong()));
        Arbitrary<Integer> scales = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 4)),
                Tuple.of(1, Arbitraries.integers().between(-2, 6)));
        return Combinators.combine(unscaled, scales).as(BigDecimal::new);
    }
}
