package dev.partnering.incentive;

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
     * @throws ValidationException if the credit is outside 0 to 100
     */
    public CreditBand {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(creditPercent, "creditPercent");
        if (creditPercent.signum() < 0 || creditPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ValidationException("CreditBand", List.of(Violation.of("creditPercent", creditPercent.toPlainString(),
                    "credit band at " + Decimals.plain(threshold) + ": credit " + Decimals.plain(creditPercent)
                            + " % must be 0 to 100 %")));
        }
    }

    /**
     * @param threshold  the threshold, e.g. "99.8"
     * @param creditPercent  the credit in percent, e.g. "2"
     * @return the band, never null
     */
    public static CreditBand of(String threshold, String creditPercent) {
        return new CreditBand(new BigDecimal(threshold), new BigDecimal(creditPercent));
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
