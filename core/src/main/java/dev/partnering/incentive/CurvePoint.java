package dev.partnering.incentive;

import dev.partnering.internal.Violations;
import dev.partnering.internal.Limits;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point of a {@link BonusMalusCurve}: at scorecard score {@code score} the payout is
 * {@code value} (a percentage of the period fee, or an amount, per the curve's unit).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param score  the scorecard score
 * @param value  the payout at that score
 * @since 0.1.0
 */
public record CurvePoint(BigDecimal score, BigDecimal value) {

    /**
     * @param score  the scorecard score
     * @param value  the payout at that score
     * @throws dev.partnering.ValidationException if a part is null or out of the SDK's decimal bounds
     */
    public CurvePoint {
        Violations v = Violations.of("CurvePoint");
        if (v.required("score", score)) {
            Limits.check(v, "score", score);
        }
        if (v.required("value", value)) {
            Limits.check(v, "value", value);
        }
        v.throwIfAny();
    }

    /**
     * @param score  the score, e.g. {@code 0.8}, not null
     * @param value  the payout, e.g. {@code -5}, not null
     * @return the point, never null
     * @throws dev.partnering.ValidationException if a part is null or out of the SDK's decimal bounds
     */
    public static CurvePoint of(BigDecimal score, BigDecimal value) {
        return new CurvePoint(score, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurvePoint p && score.compareTo(p.score) == 0 && value.compareTo(p.value) == 0;
    }

    @Override
    public int hashCode() {
        return score.stripTrailingZeros().hashCode() * 31 + value.stripTrailingZeros().hashCode();
    }
}
