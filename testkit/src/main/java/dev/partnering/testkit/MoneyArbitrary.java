package dev.partnering.testkit;

import java.math.BigDecimal;
import java.util.Currency;

import dev.partnering.money.Money;
import net.jqwik.api.Arbitrary;

/**
 * Generates {@link Money}: by default amounts from 0 to 1,000,000 rounded to the currency's minor
 * unit, in one of a few common currencies. Amounts shrink toward zero (or the bound nearest to it)
 * and the currency toward the first one given.
 * <p>
 * Every knob returns a new arbitrary; instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface MoneyArbitrary extends Arbitrary<Money> {

    /**
     * @param currency  the currency of every amount, not null
     * @return an arbitrary of amounts in that currency, never null
     */
    MoneyArbitrary in(Currency currency);

    /**
     * @param currencyCode  the ISO-4217 code of every amount's currency, e.g. {@code "SEK"}, not null
     * @return an arbitrary of amounts in that currency, never null
     * @throws dev.partnering.ValidationException if the code is not an ISO-4217 currency
     */
    MoneyArbitrary in(String currencyCode);

    /**
     * @param currencies  the currencies to choose from, at least one, each with a minor unit, not null
     * @return an arbitrary of amounts in any of them, shrinking toward the first, never null
     */
    MoneyArbitrary inAnyOf(Currency... currencies);

    /**
     * @param min  the smallest amount, inclusive, in major units, not null
     * @param max  the largest amount, inclusive, not below {@code min}, not null
     * @return an arbitrary of amounts in that range, never null
     */
    MoneyArbitrary between(BigDecimal min, BigDecimal max);

    /**
     * @param min  the smallest amount as a decimal string, e.g. {@code "-1000.00"}, not null
     * @param max  the largest amount as a decimal string, not null
     * @return an arbitrary of amounts in that range, never null
     */
    MoneyArbitrary between(String min, String max);

    /**
     * Generates amounts with a number of decimals drawn from a range rather than at the currency's
     * minor unit, e.g. {@code withScale(0, 4)} for exact intermediate amounts that still need rounding.
     *
     * @param minScale  the fewest decimals, at least 0
     * @param maxScale  the most decimals, at least {@code minScale}
     * @return an arbitrary of amounts at those scales, never null
     */
    MoneyArbitrary withScale(int minScale, int maxScale);
}
