package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.util.Currency;

import dev.partnering.incentive.CostOutcome;
import dev.partnering.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Cost outcomes in one currency: mostly a baseline and an actual cost from 0 to 2,000,000 (either
 * may be the larger: savings or an overrun), sometimes savings from −1,000,000 to 1,000,000 given
 * directly; amounts at the currency's minor unit, shrinking toward a baseline of 100,000 and an
 * equal actual cost.
 */
public final class Costs {

    private Costs() {
    }

    /**
     * @param currency  the currency, not null
     * @return cost outcomes, never null
     */
    public static Arbitrary<CostOutcome> of(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        BigDecimal readable = BigDecimal.valueOf(100_000);
        Arbitrary<BigDecimal> cost = Decimals.between(BigDecimal.ZERO, BigDecimal.valueOf(2_000_000), digits, readable);
        Arbitrary<CostOutcome> pair = Combinators.combine(cost, cost)
                .as((b, a) -> CostOutcome.of(Money.of(b, currency), Money.of(a, currency)));
        Arbitrary<CostOutcome> savings = Decimals.between(BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000), digits,
                BigDecimal.ZERO).map(s -> CostOutcome.savings(Money.of(s, currency)));
        return Arbitraries.frequencyOf(Tuple.of(4, pair), Tuple.of(1, savings));
    }
}
