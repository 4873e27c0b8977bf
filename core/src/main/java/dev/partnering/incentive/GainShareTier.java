package dev.partnering.incentive;

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
 * @param from  where the band starts, not negative
 * @param sharePercent  the supplier's share of the band, 0 to 100
 * @since 0.1.0
 */
public record GainShareTier(Money from, BigDecimal sharePercent) {

    /**
     * @throws ValidationException if {@code from} is negative or the share outside 0 to 100
     */
    public GainShareTier {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(sharePercent, "sharePercent");
        if (from.isNegative() || sharePercent.signum() < 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ValidationException("GainShareTier", List.of(Violation.of("sharePercent",
                    sharePercent.toPlainString(), "gain-share tier from " + from + " with share "
                            + Decimals.plain(sharePercent) + " %: the start must not be negative and the share must be 0 to 100 %")));
        }
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
