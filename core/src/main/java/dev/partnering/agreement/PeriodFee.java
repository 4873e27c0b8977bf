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
        // every violation at once: first the structure (every required attribute present, every decimal
        // within bounds), then each rule whose attributes are there to judge it
        Violations attrs = Violations.of("PeriodFee");
        boolean hasPeriod = attrs.required("period", period());
        boolean amountOk = attrs.required("amount", amount()) && Limits.check(attrs, "amount", amount().amount());
        boolean complete = attrs.isEmpty();
        if (complete && !amount().isNegative() && Limits.isPayable(amount().amount(), amount().currency())) {
            return; // the common case, without building any message
        }
        // the subject of a fee refused for its structure is "PeriodFee", as before
        Violations v = complete ? Violations.of("PeriodFee " + period()) : attrs;
        if (amountOk) {
            // an amount beyond the bounds is named for its bounds: its sign and its decimals are not judged
            String what = hasPeriod ? "fee for " + period() : "fee";
            v.require(!amount().isNegative(), "amount", amount(), () -> what + " must not be negative, was " + amount());
            Limits.payable(v, "amount", amount().amount(), amount().currency(), what);
        }
        v.throwIfAny();
    }
}
