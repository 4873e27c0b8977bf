package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import dev.partnering.money.Money;
import dev.partnering.testkit.MoneyArbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link MoneyArbitrary} behind {@code PartneringArbitraries.money()}. */
public final class DefaultMoneyArbitrary extends ArbitraryDecorator<Money> implements MoneyArbitrary {

    /** The currencies of the default arbitrary, the first one shrunk toward. */
    public static final List<Currency> COMMON_CURRENCIES = List.of("EUR", "SEK", "USD", "GBP", "NOK", "DKK", "CHF", "JPY")
            .stream().map(Currency::getInstance).toList();

    private List<Currency> currencies = COMMON_CURRENCIES;
    private BigDecimal min = BigDecimal.ZERO;
    private BigDecimal max = BigDecimal.valueOf(1_000_000);
    private int minScale = -1;
    private int maxScale = -1;

    @Override
    protected Arbitrary<Money> arbitrary() {
        if (currencies.size() == 1) {
            Currency c = currencies.get(0);
            return amounts(c).map(a -> Money.of(a, c));
        }
        return Arbitraries.of(currencies).flatMap(c -> amounts(c).map(a -> Money.of(a, c)));
    }

    private Arbitrary<BigDecimal> amounts(Currency currency) {
        if (minScale < 0) {
            return Decimals.between(min, max, currency.getDefaultFractionDigits());
        }
        return Arbitraries.integers().between(minScale, maxScale).flatMap(s -> Decimals.between(min, max, s));
    }

    @Override
    public MoneyArbitrary in(Currency currency) {
        return inAnyOf(currency);
    }

    @Override
    public MoneyArbitrary in(String currencyCode) {
        return in(Money.currency(currencyCode));
    }

    @Override
    public MoneyArbitrary inAnyOf(Currency... currencies) {
        List<Currency> list = List.of(currencies);
        Checks.require(!list.isEmpty(), "money().inAnyOf() needs at least one currency");
        list.forEach(c -> Money.zero(c)); // refuses a currency without a minor unit, naming it
        DefaultMoneyArbitrary clone = typedClone();
        clone.currencies = list;
        return clone;
    }

    @Override
    public MoneyArbitrary between(BigDecimal min, BigDecimal max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Checks.require(min.compareTo(max) <= 0, "money().between(" + min.toPlainString() + ", " + max.toPlainString()
                + "): the minimum must not exceed the maximum");
        DefaultMoneyArbitrary clone = typedClone();
        clone.min = min;
        clone.max = max;
        return clone;
    }

    @Override
    public MoneyArbitrary between(String min, String max) {
        return between(new BigDecimal(min), new BigDecimal(max));
    }

    @Override
    public MoneyArbitrary withScale(int minScale, int maxScale) {
        Checks.require(minScale >= 0 && maxScale >= minScale, "money().withScale(" + minScale + ", " + maxScale
                + "): the scales must be at least 0 and the maximum not below the minimum");
        DefaultMoneyArbitrary clone = typedClone();
        clone.minScale = minScale;
        clone.maxScale = maxScale;
        return clone;
    }
}
