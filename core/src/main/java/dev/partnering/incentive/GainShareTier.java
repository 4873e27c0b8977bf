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
 * A band of savings with the supplier's share of it: from {@code from} up to the next tier's
 * start, the supplier gets {@code sharePercent} of each unit saved (marginal, like tax brackets).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param from  where the band starts, not negative, no more decimals than the currency's minor unit
 * @param sharePercent  the supplier's share of the band, 0 to 100
 * @since 0.1.0
 */
public record GainShareTier(Money from, BigDecimal sharePercent) {

    /**
     * @param from  where the band starts, not negative, no more decimals than the currency's minor unit
     * @param sharePercent  the supplier's share of the band, 0 to 100
     * @throws ValidationException if {@code from} is negative or the share outside 0 to 100
     */
    public GainShareTier {
        Violations v = Violations.of("GainShareTier");
        if (v.required("from", from) && Limits.check(v, "from", from.amount())) {
            Money f = from;
            v.require(!f.isNegative(), "from", f, () -> "gain-share tier from " + f + ": the start must not be negative");
            Limits.payable(v, "from", f.amount(), f.currency(), "gain-share tier start");
        }
        if (v.required("sharePercent", sharePercent) && Limits.check(v, "sharePercent", sharePercent)) {
            BigDecimal s = sharePercent;
            v.require(s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(100)) <= 0, "sharePercent", s,
                    () -> "gain-share tier share " + Decimals.plain(s) + " % must be 0 to 100 %");
        }
        v.throwIfAny();
    }

    /**
     * @param from  where the band starts, not null
     * @param sharePercent  the supplier's share in percent, not null
     * @return the tier, never null
     */
    public static GainShareTier of(Money from, BigDecimal sharePercent) {
        return new GainShareTier(from, sharePercent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GainShareTier t && from.equals(t.from) && sharePercent.compareTo(t.sharePercent) == 0;
    }

    @Override
    public int hashCode() {
        return from.hashCode() * 31 + sharePercent.stripTrailingZeros().hashCode();
    }
}
