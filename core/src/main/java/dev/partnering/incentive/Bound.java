package dev.partnering.incentive;

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
     * @param amount  the fixed amount, not negative, not null
     * @return the bound, never null
     */
    static Bound of(Money amount) {
        return new Fixed(amount);
    }

    /**
     * @param percent  the percentage of the reference fee, not negative, not null
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
     * @param amount  the amount, not negative
     */
    record Fixed(Money amount) implements Bound {
        /**
         * @param amount  the amount, not negative, not null
         * @throws ValidationException if negative
         */
        public Fixed {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new ValidationException("Bound", List.of(Violation.of("amount", amount,
                        "bound " + amount + " must not be negative")));
            }
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
     * @param percent  the percentage, not negative
     */
    record PercentOfFee(BigDecimal percent) implements Bound {
        /**
         * @param percent  the percentage, not negative, not null
         * @throws ValidationException if negative
         */
        public PercentOfFee {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0) {
                throw new ValidationException("Bound", List.of(Violation.of("percent", percent.toPlainString(),
                        "bound " + percent.toPlainString() + " % must not be negative")));
            }
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
