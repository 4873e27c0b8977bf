package dev.partnering.agreement;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.internal.Limits;

/**
 * The fee the customer pays for one reporting period, e.g. 250,000.00 SEK for 2026-03.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PeriodFee {

    PeriodFee() {
    }

    /**
     * @param period  the period, not null
     * @param amount  the fee, not negative, not null
     * @return the fee, never null
     */
    public static PeriodFee of(ReportingPeriod period, Money amount) {
        return ImmutablePeriodFee.builder().period(period).amount(amount).build();
    }

    /** @return the period the fee is for, never null */
    public abstract ReportingPeriod period();

    /**
     * @return the fee, not negative, never null; an amount that is paid, so no more decimals than
     *         the currency's minor unit (100.001 SEK is refused)
     */
    public abstract Money amount();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("PeriodFee");
        attrs.required("period", period());
        if (attrs.required("amount", amount())) {
            Limits.check(attrs, "amount", amount().amount());
        }
        attrs.throwIfAny();
        Violations v = Violations.of("PeriodFee " + period());
        v.require(!amount().isNegative(), "amount", amount(), () -> "fee for " + period() + " must not be negative, was " + amount());
        dev.partnering.internal.Limits.payable(v, "amount", amount().amount(), amount().currency(), "fee for " + period());
        v.throwIfAny();
    }
}
