package dev.partnering.incentive;

import dev.partnering.internal.Violations;
import dev.partnering.internal.Limits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.internal.Decimals;

/**
 * A band of a service-credit table: when the achieved value is worse than {@code threshold}
 * (below it for a higher-is-better KPI, above it for a lower-is-better one), the credit is
 * {@code creditPercent} of the period's charge.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param threshold  the value the achieved value must not fall behind
 * @param creditPercent  the credit in percent of the period's charge, 0 to 100
 * @since 0.1.0
 */
public record CreditBand(BigDecimal threshold, BigDecimal creditPercent) {

    /**
     * @param threshold  the value the achieved value must not fall behind
     * @param creditPercent  the credit in percent of the period's charge, 0 to 100
     * @throws ValidationException if the credit is outside 0 to 100
     */
    public CreditBand {
        Violations v = Violations.of("CreditBand");
        boolean t = v.required("threshold", threshold) && Limits.check(v, "threshold", threshold);
        if (v.required("creditPercent", creditPercent) && Limits.check(v, "creditPercent", creditPercent)) {
            BigDecimal c = creditPercent;
            v.require(c.signum() >= 0 && c.compareTo(BigDecimal.valueOf(100)) <= 0, "creditPercent", c,
                    () -> "credit band at " + (t ? Decimals.plain(threshold) : Limits.show(threshold)) + ": credit "
                            + Decimals.plain(c) + " % must be 0 to 100 %");
        }
        v.throwIfAny();
    }

    /**
     * @param threshold  the threshold, e.g. {@code 99.8}, not null
     * @param creditPercent  the credit in percent of the period's charge, e.g. {@code 2} for 2 %, not null
     * @return the band, never null
     * @throws ValidationException if a part is null, out of the SDK's decimal bounds, or the credit is outside 0 to 100
     */
    public static CreditBand of(BigDecimal threshold, BigDecimal creditPercent) {
        return new CreditBand(threshold, creditPercent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditBand b && threshold.compareTo(b.threshold) == 0 && creditPercent.compareTo(b.creditPercent) == 0;
    }

    @Override
    public int hashCode() {
        return threshold.stripTrailingZeros().hashCode() * 31 + creditPercent.stripTrailingZeros().hashCode();
    }
}
