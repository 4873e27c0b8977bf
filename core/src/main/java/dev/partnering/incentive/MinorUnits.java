package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.Currency;

import dev.partnering.internal.FixedPoint;
import dev.partnering.money.Money;

/**
 * Amounts as counts of a currency's minor unit held in {@code long}s, the form the components' fast paths compute in
 * ({@link AtRiskPool}, {@link GainShare}, {@link RollingRoom}): one home for the conversions both ways. Not part of
 * the API. Stateless and thread-safe.
 */
final class MinorUnits {

    private MinorUnits() {
    }

    /**
     * @param units  a count of minor units
     * @param digits  the currency's minor digits
     * @param currency  the currency, not null
     * @return the amount at the currency's scale (as a rounded amount has it), never null
     */
    static Money money(long units, int digits, Currency currency) {
        return Money.of(BigDecimal.valueOf(units, digits), currency);
    }

    /**
     * @param money  an amount, not null
     * @param currency  the currency it must be in, not null
     * @param digits  the currency's minor digits
     * @return the amount in minor units of the currency
     * @throws ArithmeticException if it is in another currency, has more decimals than the minor unit or does not
     *         fit in a long
     */
    static long units(Money money, Currency currency, int digits) {
        BigDecimal amount = money.amount();
        int scale = amount.scale();
        if (!money.currency().equals(currency) || scale < 0 || scale > digits || amount.precision() > 18) {
            throw new ArithmeticException("not in minor units of " + currency);
        }
        return FixedPoint.rescale(FixedPoint.unscaled(amount), scale, digits);
    }

    /**
     * @return {@code (a × 10^-aScale) × (percent × 10^-percentScale) / 100} rounded once, HALF_EVEN, to
     *         {@code digits} decimals, as its unscaled value: what {@code Money.percent(..).rounded()} gives
     * @throws ArithmeticException if a product does not fit a long
     */
    static long timesPercent(long a, int aScale, long percent, int percentScale, int digits) {
        // the exact product has scale aScale + percentScale + 2 (a percentage is hundredths)
        return FixedPoint.rounded(Math.multiplyExact(a, percent), aScale + percentScale + 2, digits);
    }
}
