package dev.partnering.incentive;

import dev.partnering.internal.Violations;
import dev.partnering.internal.Limits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.internal.Decimals;
import dev.partnering.money.Money;

/**
 * An amount given either as money or as a percentage of a reference fee (the period fee, or the
 * annual fee for yearly caps): "a cap of 10 % of the period fee", "a pain cap of 200,000 SEK".
 * A closed family; all implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Bound {

    /**
     * @param amount  the fixed amount, not negative, no more decimals than the currency's minor unit (it bounds a payment), not null
     * @return the bound, never null
     */
    static Bound of(Money amount) {
        return new Fixed(amount);
    }

    /**
     * @param percent  the percentage of the reference fee, 0 to 100, not null
     * @return the bound, never null
     */
    static Bound percentOfFee(BigDecimal percent) {
        return new PercentOfFee(percent);
    }

    /**
     * A percentage of the fee is a quantity that comes into being here: {@code fee × percent / 100},
     * rounded once, HALF_EVEN, to the minor unit; a fixed amount is returned as it is.
     *
     * @param fee  the reference fee, not null
     * @return the bound in money, never null
     */
    Money resolve(Money fee);

    /** @return e.g. {@code 10 % of the fee} or {@code 200000.00 SEK} */
    String describe();

    /**
     * A fixed amount.
     *
     * @param amount  the amount, not negative, in minor units of its currency
     */
    record Fixed(Money amount) implements Bound {
        /**
         * @param amount  the amount, not negative, not null
         * @throws ValidationException if null, negative, or with more decimals than the currency's minor unit
         */
        public Fixed {
            Violations v = Violations.of("Bound");
            if (v.required("amount", amount)) {
                Money a = amount;
                v.require(!a.isNegative(), "amount", a, () -> "bound " + a + " must not be negative");
                Limits.payable(v, "amount", a.amount(), a.currency(), "bound");
            }
            v.throwIfAny();
        }

        @Override
        public Money resolve(Money fee) {
            return amount;
        }

        @Override
        public String describe() {
            return amount.toString();
        }
    }

    /**
     * A percentage of the reference fee.
     *
     * @param percent  the percentage, 0 to 100
     */
    record PercentOfFee(BigDecimal percent) implements Bound {
        /**
         * @param percent  the percentage, 0 to 100, not null
         * @throws ValidationException if null, out of bounds, or outside 0 to 100 %
         */
        public PercentOfFee {
            Violations v = Violations.of("Bound");
            if (v.required("percent", percent) && Limits.check(v, "percent", percent)) {
                BigDecimal p = percent;
                v.require(p.signum() >= 0 && p.compareTo(Decimals.HUNDRED) <= 0, "percent", p,
                        () -> "bound " + p.toPlainString() + " % of the fee must be 0 to 100 %");
            }
            v.throwIfAny();
        }

        @Override
        public Money resolve(Money fee) {
            return fee.percent(percent).rounded();
        }

        @Override
        public String describe() {
            return Decimals.plain(percent) + " % of the fee";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PercentOfFee p && percent.compareTo(p.percent) == 0;
        }

        @Override
        public int hashCode() {
            return percent.stripTrailingZeros().hashCode();
        }
    }
}
